import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { GkeBackupBackupPlan } from "../.gen/providers/google/gke-backup-backup-plan";
import { KMS_KEY } from "../lib/gcp/gke";
import { PropChecker } from "./validation";
import { checkBackupPlan } from "../lib/gcp/backup";
import { renamed } from "../lib/check";
import { BACKUP_DEFAULTS } from "../lib/options/backup";

export interface BackupPlanProps {
  readonly projectId: string;
  readonly name: string;
  /** Cluster ID, `projects/<p>/locations/<region>/clusters/<name>`; it needs the backup agent addon. */
  readonly clusterId: string;
  readonly region: string;
  /** Cron in UTC. @default "0 2 * * *" (daily at 02:00) */
  readonly cronSchedule?: string;
  /** @default 30 */
  readonly retainDays?: number;
  /** Days a backup cannot be deleted, against accidents and ransomware. @default 7 */
  readonly deleteLockDays?: number;
  /** Namespaces to back up. @default all namespaces */
  readonly namespaces?: readonly string[];
  /** Persistent volume data too. @default true */
  readonly includeVolumeData?: boolean;
  /** Kubernetes Secrets too (they are encrypted in the backup). @default true */
  readonly includeSecrets?: boolean;
  /**
   * Cloud KMS key (CMEK) for the backups' Kubernetes resources, Secrets included; the Backup
   * for GKE service agent needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it.
   * @default Google-managed encryption
   */
  readonly encryptionKey?: string;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

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
        schedule: props.cronSchedule ?? BACKUP_DEFAULTS.schedule,
        retainDays: retain,
        deleteLockDays: lock,
        namespaces: props.namespaces,
      },
      renamed(c.check, { schedule: "cronSchedule" }),
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
      backupSchedule: { cronSchedule: props.cronSchedule ?? BACKUP_DEFAULTS.schedule },
      backupConfig: {
        includeVolumeData: props.includeVolumeData ?? BACKUP_DEFAULTS.includeVolumeData,
        includeSecrets: props.includeSecrets ?? BACKUP_DEFAULTS.includeSecrets,
        encryptionKey: props.encryptionKey ? { gcpKmsEncryptionKey: props.encryptionKey } : undefined,
        ...(props.namespaces ? { selectedNamespaces: { namespaces: [...props.namespaces] } } : { allNamespaces: true }),
      },
    });
  }
}
