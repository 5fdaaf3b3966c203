import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { GkeBackupBackupPlan } from "../.gen/providers/google/gke-backup-backup-plan";
import { KMS_KEY } from "../lib/gcp/gke";
import { PropChecker } from "./validation";
import { checkBackupPlan } from "../lib/gcp/backup";
import { BACKUP_DEFAULTS, ClusterBackupOptions } from "../lib/options/backup";

/** Which cluster the plan protects: decided by the stack, not by the environment's config. */
export interface BackupPlacement {
  readonly projectId: string;
  readonly name: string;
  /** Cluster ID, `projects/<p>/locations/<region>/clusters/<name>`; it needs the backup agent addon. */
  readonly clusterId: string;
  readonly region: string;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A plan's options are its config (`cluster.backup`, lib/options/backup.ts: meaning and defaults
 * there) but `enabled`, which decides whether the stack creates one. The encryption key's Backup
 * for GKE service agent needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it.
 */
export type BackupPlanProps = BackupPlacement & Omit<ClusterBackupOptions, "enabled">;

/** Backup for GKE plan: scheduled backups of cluster resources and volumes. */
export class BackupPlan extends Construct {
  public readonly plan: GkeBackupBackupPlan;

  constructor(scope: Construct, id: string, props: BackupPlanProps) {
    super(scope, id);
    const retain = props.retainDays ?? BACKUP_DEFAULTS.retainDays;
    const lock = props.deleteLockDays ?? BACKUP_DEFAULTS.deleteLockDays;
    const c = new PropChecker("BackupPlan", this.node.path).gcpName(props.name, "name", 63);
    checkBackupPlan(
      {
        schedule: props.schedule ?? BACKUP_DEFAULTS.schedule,
        retainDays: retain,
        deleteLockDays: lock,
        namespaces: props.namespaces,
      },
      c.check,
    );
    c.require(
      props.encryptionKey === undefined || KMS_KEY.test(props.encryptionKey),
      "encryptionKey",
      `"${props.encryptionKey}" must look like projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>`,
    );
    c.done();

    this.plan = new GkeBackupBackupPlan(this, "plan", {
      project: props.projectId,
      name: props.name,
      cluster: props.clusterId,
      location: props.region,
      dependsOn: props.dependsOn,
      retentionPolicy: { backupRetainDays: retain, backupDeleteLockDays: lock },
      backupSchedule: { cronSchedule: props.schedule ?? BACKUP_DEFAULTS.schedule },
      backupConfig: {
        includeVolumeData: props.includeVolumeData ?? BACKUP_DEFAULTS.includeVolumeData,
        includeSecrets: props.includeSecrets ?? BACKUP_DEFAULTS.includeSecrets,
        encryptionKey: props.encryptionKey ? { gcpKmsEncryptionKey: props.encryptionKey } : undefined,
        ...(props.namespaces ? { selectedNamespaces: { namespaces: [...props.namespaces] } } : { allNamespaces: true }),
      },
    });
  }
}
