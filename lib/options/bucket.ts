import { z } from "zod";
import { KMS_KEY } from "../gcp/gke";
import { SOFT_DELETE_DAYS, STORAGE_CLASSES, bucketNameProblem } from "../gcp/storage";

// One definition of Cloud Storage bucket options (`buckets[]` of a service file): the zod fragment, its type and its defaults.

export const lifecycleRuleSchema = z
  .object({
    action: z
      .enum(["Delete", "SetStorageClass", "AbortIncompleteMultipartUpload"])
      .describe("What happens to matching objects."),
    storageClass: z.enum(STORAGE_CLASSES).optional().describe("Target class; with SetStorageClass only."),
    ageDays: z.number().int().min(0).optional().describe("Matches objects at least this many days old."),
    numNewerVersions: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Matches versions with at least this many newer versions."),
    withState: z
      .enum(["LIVE", "ARCHIVED", "ANY"])
      .optional()
      .describe("Matches live objects, noncurrent versions or both."),
    matchesPrefix: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Matches object names starting with one of these."),
  })
  .strict()
  .refine((r) => (r.action === "SetStorageClass") === (r.storageClass !== undefined), {
    message: "is required with SetStorageClass and only there",
    path: ["storageClass"],
  })
  .refine(
    (r) =>
      r.ageDays !== undefined ||
      r.numNewerVersions !== undefined ||
      r.withState !== undefined ||
      r.matchesPrefix !== undefined,
    {
      message:
        "needs a condition (ageDays, numNewerVersions, withState or matchesPrefix); without one it matches every object",
    },
  );

/** A Cloud Storage bucket per service; its full name is <project-id>-<name>. */
/** Defaults of config and of the StorageBucket construct. */
export const BUCKET_DEFAULTS = {
  access: "readWrite",
  storageClass: "STANDARD",
  versioning: true,
  softDeleteDays: 7,
  noncurrentVersionDays: 30,
} as const;

export const bucketSchema = z
  .object({
    name: z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9_-]{0,30}[a-z0-9])?$/,
        'must be 1-32 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit (the project ID is put in front)',
      )
      .refine((n) => bucketNameProblem(`x-${n}`) === undefined, 'must not contain "goog" (Cloud Storage refuses it)')
      .describe("Short name; the bucket is <project-id>-<name>."),
    access: z
      .enum(["readWrite", "readOnly"])
      .default(BUCKET_DEFAULTS.access)
      .describe(
        "The workload's object role on this bucket: readWrite = roles/storage.objectUser, readOnly = roles/storage.objectViewer.",
      ),
    location: z
      .string()
      .optional()
      .describe("The environment's region (default) or a multi-/dual-region containing it, e.g. EU."),
    storageClass: z
      .enum(STORAGE_CLASSES)
      .default(BUCKET_DEFAULTS.storageClass)
      .describe("Default storage class of new objects."),
    versioning: z
      .boolean()
      .default(BUCKET_DEFAULTS.versioning)
      .describe("Keep old versions on overwrite and delete; off in production needs a waiver of GCS003."),
    softDeleteDays: z
      .number()
      .int()
      .refine(
        (d) => d === 0 || (d >= SOFT_DELETE_DAYS.min && d <= SOFT_DELETE_DAYS.max),
        `must be 0 (off) or ${SOFT_DELETE_DAYS.min}-${SOFT_DELETE_DAYS.max} days`,
      )
      .default(BUCKET_DEFAULTS.softDeleteDays)
      .describe("Days deleted objects stay restorable: 0 (off) or 7-90."),
    noncurrentVersionDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(BUCKET_DEFAULTS.noncurrentVersionDays)
      .describe("Noncurrent versions are deleted this many days after being replaced."),
    lifecycle: z
      .array(lifecycleRuleSchema)
      .max(50)
      .default([])
      .describe("More lifecycle rules, e.g. move to NEARLINE after 30 days."),
    kmsKey: z
      .string()
      .regex(KMS_KEY, "must look like projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>")
      .optional()
      .describe("Cloud KMS key (CMEK) in the bucket's location; default: Google-managed keys."),
  })
  .strict();

/** As written in config (defaults not yet applied). */
export type BucketOptions = z.input<typeof bucketSchema>;
/** After validation, defaults applied. */
export type BucketConfig = z.output<typeof bucketSchema>;
/** As written in config (defaults not yet applied). */
export type LifecycleRuleOptions = z.input<typeof lifecycleRuleSchema>;
/** After validation, defaults applied. */
export type LifecycleRuleConfig = z.output<typeof lifecycleRuleSchema>;
