import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import {
  StorageBucket as GoogleStorageBucket,
  StorageBucketLifecycleRule,
} from "../.gen/providers/google/storage-bucket";
import { StorageBucketIamMember } from "../.gen/providers/google/storage-bucket-iam-member";
import { DataGoogleStorageProjectServiceAccount } from "../.gen/providers/google/data-google-storage-project-service-account";
import { KmsCryptoKeyIamMember } from "../.gen/providers/google/kms-crypto-key-iam-member";
import { PropChecker } from "./validation";
import { KMS_KEY } from "../lib/gcp/gke";
import {
  BUCKET_ACCESS_ROLES,
  BucketAccess,
  bucketNameProblem,
  SOFT_DELETE_DAYS,
  StorageClass,
} from "../lib/gcp/storage";
import { BUCKET_DEFAULTS, LifecycleRuleOptions } from "../lib/options/bucket";

/** A lifecycle rule as config writes it (lib/options/bucket.ts). */
export type BucketLifecycleRule = LifecycleRuleOptions;

export interface StorageBucketProps {
  readonly projectId: string;
  /** Globally unique name (naming.bucket). */
  readonly name: string;
  /** A region, dual-region or multi-region, e.g. "europe-west1" or "EU". */
  readonly location: string;
  /** @default "STANDARD" */
  readonly storageClass?: StorageClass;
  /** Object versioning: an overwrite or delete keeps the old version. @default true */
  readonly versioning?: boolean;
  /** Days a deleted object stays restorable: 0 (off) or 7-90. @default 7 */
  readonly softDeleteDays?: number;
  /** Noncurrent versions are deleted this many days after they were replaced (bounds the cost of versioning). @default 30 */
  readonly noncurrentVersionDays?: number;
  /** More lifecycle rules, after the noncurrent-version rule. @default none */
  readonly lifecycle?: readonly BucketLifecycleRule[];
  /**
   * Cloud KMS key for objects written without one (CMEK), in the bucket's location. The
   * project's Cloud Storage service agent is granted roles/cloudkms.cryptoKeyEncrypterDecrypter
   * on it, so the deployer needs permission to set the key's IAM policy. @default Google-managed keys
   */
  readonly kmsKey?: string;
  /** Workload service accounts (plain emails or references) and the object access each gets on this bucket only. @default none */
  readonly grants?: ReadonlyArray<{ readonly member: string; readonly access: BucketAccess }>;
  readonly labels?: Record<string, string>;
  readonly dependsOn?: ITerraformDependable[];
}

/** Checks the props once, naming the construct path, the prop and the fix. */
function checkProps(path: string, props: StorageBucketProps): void {
  const softDeleteDays = props.softDeleteDays ?? BUCKET_DEFAULTS.softDeleteDays;
  const check = new PropChecker("StorageBucket", path)
    .problem("name", bucketNameProblem(props.name))
    .require(
      softDeleteDays === 0 ||
        (Number.isInteger(softDeleteDays) &&
          softDeleteDays >= SOFT_DELETE_DAYS.min &&
          softDeleteDays <= SOFT_DELETE_DAYS.max),
      "softDeleteDays",
      `must be 0 (off) or ${SOFT_DELETE_DAYS.min}-${SOFT_DELETE_DAYS.max}, got ${softDeleteDays}`,
    )
    .intRange(props.noncurrentVersionDays, "noncurrentVersionDays", 1, 3650)
    .require(
      props.kmsKey === undefined || KMS_KEY.test(props.kmsKey),
      "kmsKey",
      `"${props.kmsKey}" must look like projects/<p>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>`,
    );
  (props.lifecycle ?? []).forEach((r, i) => {
    check
      .require(
        (r.action === "SetStorageClass") === (r.storageClass !== undefined),
        `lifecycle[${i}].storageClass`,
        "is required with SetStorageClass and only there",
      )
      .require(
        r.ageDays !== undefined ||
          r.numNewerVersions !== undefined ||
          r.withState !== undefined ||
          (r.matchesPrefix?.length ?? 0) > 0,
        `lifecycle[${i}]`,
        "needs a condition (ageDays, numNewerVersions, withState or matchesPrefix); without one it matches every object",
      );
  });
  check.done();
}

/** The noncurrent-version rule (with versioning), then the caller's rules. */
function lifecycleOf(props: StorageBucketProps, versioning: boolean): StorageBucketLifecycleRule[] {
  return [
    ...(versioning
      ? [
          {
            action: { type: "Delete" },
            condition: {
              daysSinceNoncurrentTime: props.noncurrentVersionDays ?? BUCKET_DEFAULTS.noncurrentVersionDays,
              withState: "ARCHIVED",
            },
          },
        ]
      : []),
    ...(props.lifecycle ?? []).map((r) => ({
      action: { type: r.action, storageClass: r.storageClass },
      condition: {
        age: r.ageDays,
        // Zero is a meaningful age; the provider drops it unless told to send it.
        ...(r.ageDays === 0 ? { sendAgeIfZero: true } : {}),
        numNewerVersions: r.numNewerVersions,
        withState: r.withState,
        matchesPrefix: r.matchesPrefix ? [...r.matchesPrefix] : undefined,
      },
    })),
  ];
}

/**
 * A private bucket: uniform bucket-level access, public access prevention enforced,
 * versioning and soft delete on, objects never force-destroyed with the bucket.
 */
export class StorageBucket extends Construct {
  public readonly bucket: GoogleStorageBucket;

  constructor(scope: Construct, id: string, props: StorageBucketProps) {
    super(scope, id);
    checkProps(this.node.path, props);
    const versioning = props.versioning ?? BUCKET_DEFAULTS.versioning;
    const lifecycle = lifecycleOf(props, versioning);
    // The bucket can only be created once its project's storage agent may use the key.
    const keyGrant = props.kmsKey ? this.grantStorageAgent(props.projectId, props.kmsKey, props.dependsOn) : undefined;
    this.bucket = new GoogleStorageBucket(this, "bucket", {
      project: props.projectId,
      name: props.name,
      location: props.location.toUpperCase(),
      storageClass: props.storageClass ?? BUCKET_DEFAULTS.storageClass,
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      versioning: { enabled: versioning },
      softDeletePolicy: { retentionDurationSeconds: (props.softDeleteDays ?? BUCKET_DEFAULTS.softDeleteDays) * 86400 },
      lifecycleRule: lifecycle.length > 0 ? lifecycle : undefined,
      encryption: props.kmsKey ? { defaultKmsKeyName: props.kmsKey } : undefined,
      forceDestroy: false,
      labels: props.labels,
      dependsOn: keyGrant ? [...(props.dependsOn ?? []), keyGrant] : props.dependsOn,
    });
    for (const r of props.grants ?? []) {
      // Bucket-level grant: the workload reaches this bucket, not every bucket of the project.
      const who = r.member
        .replace(/^[a-zA-Z]+:/, "")
        .split("@")[0]
        .replace(/[^a-zA-Z0-9-]+/g, "-");
      new StorageBucketIamMember(this, `${r.access}-${who}`, {
        bucket: this.bucket.name,
        role: BUCKET_ACCESS_ROLES[r.access],
        member: r.member,
      });
    }
  }

  /** The project's Cloud Storage service agent may encrypt and decrypt with `kmsKey`. */
  private grantStorageAgent(projectId: string, kmsKey: string, dependsOn?: ITerraformDependable[]) {
    // Depending on the project's APIs defers the read to apply time for a project created in the same run.
    const agent = new DataGoogleStorageProjectServiceAccount(this, "storage-agent", { project: projectId, dependsOn });
    return new KmsCryptoKeyIamMember(this, "storage-agent-key", {
      cryptoKeyId: kmsKey,
      role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
      member: agent.member,
    });
  }
}
