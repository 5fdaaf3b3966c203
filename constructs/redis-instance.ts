import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { RedisInstance as GoogleRedisInstance } from "../.gen/providers/google/redis-instance";
import { KmsCryptoKeyIamMember } from "../.gen/providers/google/kms-crypto-key-iam-member";
import { KMS_KEY } from "../lib/gcp/gke";
import { PropChecker } from "./validation";
import { checkRedis, RedisTier, RedisVersion } from "../lib/gcp/redis";

export type { RedisTier } from "../lib/gcp/redis";

export interface RedisInstanceProps {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  /** VPC the instance peers with, `projects/<host>/global/networks/<name>`. */
  readonly authorizedNetwork: string;
  /** @default 1 */
  readonly memorySizeGb?: number;
  /** @default "STANDARD_HA" */
  readonly tier?: RedisTier;
  /** @default "REDIS_7_2" */
  readonly redisVersion?: RedisVersion;
  /** Production-like environments need STANDARD_HA unless `haWaiverReason` says why not. @default false */
  readonly productionLike?: boolean;
  /** Why a production-like instance may run as BASIC (a visible, reviewed opt-out). */
  readonly haWaiverReason?: string;
  /** Weekly maintenance: day and UTC hour. @default SUNDAY 03:00 */
  readonly maintenance?: {
    readonly day: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
    readonly hour: number;
  };
  /**
   * Cloud KMS key (CMEK) in the instance's region for data at rest; the project's Memorystore
   * service agent (service-<projectNumber>@cloud-redis.iam.gserviceaccount.com,
   * cloud.google.com/memorystore/docs/redis/cmek) gets roles/cloudkms.cryptoKeyEncrypterDecrypter
   * on it first. Needs `projectNumber`. @default Google-managed encryption
   */
  readonly kmsKey?: string;
  /** Number of `projectId` (a token of the project resource is fine); needed with `kmsKey`. */
  readonly projectNumber?: string;
  readonly labels?: Record<string, string>;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Memorystore for Redis reached over private service access, with AUTH and in-transit
 * TLS on, and protected from accidental destruction.
 */
export class RedisInstance extends Construct {
  public readonly instance: GoogleRedisInstance;
  public readonly host: string;
  public readonly port: number;

  constructor(scope: Construct, id: string, props: RedisInstanceProps) {
    super(scope, id);
    const tier = props.tier ?? "STANDARD_HA";
    const c = new PropChecker("RedisInstance", this.node.path);
    checkRedis(
      {
        tier,
        memorySizeGb: props.memorySizeGb ?? 1,
        version: props.redisVersion,
        kmsKey: props.kmsKey,
        region: props.region,
      },
      c.check,
    );
    c.gcpName(props.name, "name", 40)
      .intRange(props.maintenance?.hour, "maintenance.hour", 0, 23)
      .require(
        !(props.productionLike && tier !== "STANDARD_HA" && !props.haWaiverReason),
        "tier",
        `is ${tier} in a production-like environment: use STANDARD_HA, or set haWaiverReason to record why a single node is acceptable`,
      )
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
      memorySizeGb: props.memorySizeGb ?? 1,
      redisVersion: props.redisVersion ?? "REDIS_7_2",
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
  }
}
