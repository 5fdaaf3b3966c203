import { z } from "zod";
import { BACKUP_LIMITS } from "../gcp/backup";
import { KMS_KEY } from "../gcp/gke";

// One definition of Backup for GKE options (`cluster.backup` of an environment file): the zod fragment, its type and its defaults.

/** Defaults of config and of the BackupPlan construct. */
export const BACKUP_DEFAULTS = {
  schedule: "0 2 * * *",
  retainDays: 30,
  deleteLockDays: 7,
  includeVolumeData: true,
  includeSecrets: true,
} as const;

export const backupSchema = z
  .object({
    enabled: z.boolean().optional().describe("Default: on in production-like environments."),
    schedule: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, 'must be a 5-field cron expression like "0 2 * * *"')
      .default(BACKUP_DEFAULTS.schedule)
      .describe("Cron schedule in UTC."),
    retainDays: z
      .number()
      .int()
      .min(BACKUP_LIMITS.retainDays.min)
      .max(BACKUP_LIMITS.retainDays.max)
      .default(BACKUP_DEFAULTS.retainDays)
      .describe("Days each backup is kept (at most 360 x the schedule's shortest interval)."),
    deleteLockDays: z
      .number()
      .int()
      .min(BACKUP_LIMITS.deleteLockDays.min)
      .max(BACKUP_LIMITS.deleteLockDays.max)
      .default(BACKUP_DEFAULTS.deleteLockDays)
      .describe("Days during which a backup cannot be deleted (at most retainDays)."),
    namespaces: z
      .array(z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be a Kubernetes namespace name"))
      .min(1)
      .optional()
      .describe("Namespaces to back up; default: all."),
    includeVolumeData: z
      .boolean()
      .default(BACKUP_DEFAULTS.includeVolumeData)
      .describe("Back up persistent volume data, not only manifests."),
    includeSecrets: z
      .boolean()
      .default(BACKUP_DEFAULTS.includeSecrets)
      .describe("Include Kubernetes Secrets in backups."),
    encryptionKey: z
      .string()
      .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
      .optional()
      .describe(
        "Cloud KMS key (CMEK) for the backups' Kubernetes resources, Secrets included; default: Google-managed encryption.",
      ),
  })
  .strict()
  .refine((b) => b.deleteLockDays <= b.retainDays, {
    message: "must not exceed retainDays",
    path: ["deleteLockDays"],
  })
  .optional()
  .describe("Backup for GKE: a daily plan; on by default in production-like environments.");

/** As written in config (defaults not yet applied). */
export type ClusterBackupOptions = NonNullable<z.input<typeof backupSchema>>;
/** After validation, defaults applied. */
export type ClusterBackupConfig = NonNullable<z.output<typeof backupSchema>>;
