import { Construct } from "constructs";
import { Fn, ITerraformDependable, TerraformOutput } from "cdktf";
import { RedisInstance as GoogleRedisInstance } from "../.gen/providers/google/redis-instance";
import { KmsCryptoKeyIamMember } from "../.gen/providers/google/kms-crypto-key-iam-member";
import { SecretManagerSecret } from "../.gen/providers/google/secret-manager-secret";
import { SecretManagerSecretVersion } from "../.gen/providers/google/secret-manager-secret-version";
import { SecretManagerSecretIamMember } from "../.gen/providers/google/secret-manager-secret-iam-member";
import { KMS_KEY } from "../lib/gcp/gke";
import { PropChecker } from "./validation";
import { checkRedis } from "../lib/gcp/redis";
import { REDIS_DEFAULTS, RedisOptions } from "../lib/options/redis";

export type { RedisTier } from "../lib/gcp/redis";

/** Where the instance lives and who reads it: decided by the stack, not by the service's config. */
export interface RedisPlacement {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  /** VPC the instance peers with, `projects/<host>/global/networks/<name>`. */
  readonly authorizedNetwork: string;
  /** Weekly maintenance: day and UTC hour. @default SUNDAY 03:00 */
  readonly maintenance?: {
    readonly day: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
    readonly hour: number;
  };
  /**
   * Cloud KMS key (CMEK) in the instance's region for data at rest (config: `kmsKeys[<env>]`);
   * the project's Memorystore service agent (service-<projectNumber>@cloud-redis.iam.gserviceaccount.com,
   * cloud.google.com/memorystore/docs/redis/cmek) gets roles/cloudkms.cryptoKeyEncrypterDecrypter
   * on it first. Needs `projectNumber`. @default Google-managed encryption
   */
  readonly kmsKey?: string;
  /** Number of `projectId` (a token of the project resource is fine); needed with `kmsKey`. */
  readonly projectNumber?: string;
  /** Connection details written to Secret Manager for one reader. @default none */
  readonly connectionSecret?: RedisConnectionSecret;
  readonly labels?: Record<string, string>;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/** A Secret Manager secret with host, port, AUTH string and CA, readable by `reader` only. */
export interface RedisConnectionSecret {
  /** Secret ID in the instance's project. */
  readonly secretId: string;
  /** The secret's resource name as the service team sees it: the stack output `<id>_secret`. */
  readonly resourceName: string;
  /** IAM member that may read it, e.g. serviceAccount:<workload>. */
  readonly reader: string;
  /** Resources to create the secret after (the Secret Manager API). */
  readonly dependsOn?: ITerraformDependable[];
}

/** A Redis instance's options are its config (lib/options/redis.ts: meaning and defaults there). */
export type RedisInstanceProps = RedisPlacement & Omit<RedisOptions, "kmsKeys">;

/**
 * Memorystore for Redis reached over private service access, with AUTH and in-transit
 * TLS on, protected from accidental destruction; optionally its connection secret.
 */
export class RedisInstance extends Construct {
  public readonly instance: GoogleRedisInstance;
  public readonly host: string;
  public readonly port: number;

  constructor(scope: Construct, id: string, props: RedisInstanceProps) {
    super(scope, id);
    const tier = props.tier ?? REDIS_DEFAULTS.tier;
    const memorySizeGb = props.memorySizeGb ?? REDIS_DEFAULTS.memorySizeGb;
    const c = new PropChecker("RedisInstance", this.node.path);
    checkRedis({ tier, memorySizeGb, version: props.version, kmsKey: props.kmsKey, region: props.region }, c.check);
    c.gcpName(props.name, "name", 40)
      .intRange(props.maintenance?.hour, "maintenance.hour", 0, 23)
      .require(
        props.kmsKey === undefined || KMS_KEY.test(props.kmsKey),
        "kmsKey",
        `"${props.kmsKey}" must look like projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>`,
      )
      .require(
        props.kmsKey === undefined || props.projectNumber !== undefined,
        "projectNumber",
        "is needed with kmsKey",
      )
      .done();

    // The instance can only be created once its project's Memorystore agent may use the key.
    const keyGrant = props.kmsKey
      ? new KmsCryptoKeyIamMember(this, "redis-agent-key", {
          cryptoKeyId: props.kmsKey,
          role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
          member: `serviceAccount:service-${props.projectNumber}@cloud-redis.iam.gserviceaccount.com`,
          dependsOn: props.dependsOn,
        })
      : undefined;

    this.instance = new GoogleRedisInstance(this, "redis", {
      project: props.projectId,
      region: props.region,
      name: props.name,
      tier,
      memorySizeGb,
      redisVersion: props.version ?? REDIS_DEFAULTS.version,
      authorizedNetwork: props.authorizedNetwork,
      connectMode: "PRIVATE_SERVICE_ACCESS",
      authEnabled: true,
      transitEncryptionMode: "SERVER_AUTHENTICATION",
      maintenancePolicy: {
        weeklyMaintenanceWindow: [
          {
            day: props.maintenance?.day ?? "SUNDAY",
            startTime: { hours: props.maintenance?.hour ?? 3, minutes: 0, seconds: 0, nanos: 0 },
          },
        ],
      },
      customerManagedKey: props.kmsKey,
      labels: props.labels,
      dependsOn: [...(props.dependsOn ?? []), ...(keyGrant ? [keyGrant] : [])],
      // Provider 7.8+: the provider refuses to delete the instance while this is true (a second
      // guard beside prevent_destroy, which a config edit removes in the same change).
      deletionProtection: true,
      lifecycle: { preventDestroy: true },
      // Provider default 20 minutes; creating or resizing a STANDARD_HA instance and version
      // upgrades can take longer.
      timeouts: { create: "60m", update: "60m", delete: "30m" },
    });
    this.host = this.instance.host;
    this.port = this.instance.port;
    if (props.connectionSecret) this.shareConnection(scope, id, props.projectId, props.connectionSecret);
  }

  /**
   * Connection details, AUTH string and CA to Secret Manager, readable by the reader only.
   * The secret and the output sit beside the instance (in its scope, named after its id),
   * where they were before the construct owned them: their Terraform addresses stay the same.
   */
  private shareConnection(scope: Construct, id: string, project: string, s: RedisConnectionSecret): void {
    const secret = new SecretManagerSecret(scope, `${id}-secret`, {
      project,
      secretId: s.secretId,
      replication: { auto: {} },
      dependsOn: s.dependsOn,
    });
    const payload = Fn.jsonencode({
      host: this.host,
      port: this.port,
      auth: this.instance.authString,
      tls: true,
      ca: Fn.lookup(Fn.element(this.instance.serverCaCerts, 0), "cert", ""),
    });
    // Write-only: the payload is sent to Secret Manager and never stored in the stack's
    // state (Terraform >= 1.11). The version number is a 48-bit fingerprint of the payload,
    // so a new host, AUTH string or CA writes a new secret version.
    new SecretManagerSecretVersion(scope, `${id}-secret-version`, {
      secret: secret.id,
      secretDataWo: payload,
      // A number up to provider 7.x; 8.0 makes it a string and migrates the stored integer to
      // its decimal string, which is what Terraform makes of this number: no replacement then.
      secretDataWoVersion: Fn.parseint(Fn.substr(Fn.sha256(payload), 0, 12), 16),
      // The version is replaced on change: create the new one before the old one is destroyed.
      lifecycle: { createBeforeDestroy: true },
    });
    new SecretManagerSecretIamMember(scope, `${id}-secret-reader`, {
      project,
      secretId: secret.secretId,
      role: "roles/secretmanager.secretAccessor",
      member: s.reader,
    });
    new TerraformOutput(scope, `${id}_secret`, {
      value: s.resourceName,
      description: "Secret Manager secret with host, port, auth and CA",
    });
  }
}
