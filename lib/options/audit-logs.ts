import { z } from "zod";
import { DATA_ACCESS_LOG_TYPES } from "../gcp/audit";

// One definition of the audit-log options (`auditLogs` of config/platform.yaml): the zod
// fragment, its type and its defaults. constructs/audit-logs.ts takes AuditLogExemption.

const member = z
  .string()
  .regex(
    /^(user|serviceAccount|group):[^@\s]+@[^@\s]+\.[^@\s]+$|^domain:[a-z0-9.-]+\.[a-z]{2,}$/,
    "must be user:, serviceAccount:, group:<email> or domain:<domain>",
  );

export const auditLogsSchema = z
  .object({
    exemptions: z
      .array(
        z
          .object({
            member: member.describe(
              "Identity whose calls are not logged, e.g. serviceAccount:etl@p.iam.gserviceaccount.com.",
            ),
            logTypes: z
              .array(z.enum(DATA_ACCESS_LOG_TYPES))
              .min(1)
              .describe("The Data Access log types not written for it (ADMIN_READ, DATA_READ, DATA_WRITE)."),
            reason: z
              .string()
              .trim()
              .min(10, "must say why this identity's calls need not be logged (at least 10 characters)")
              .describe("Why its calls need no audit trail (e.g. a high-volume batch reader of public data)."),
          })
          .strict(),
      )
      .default([])
      .describe(
        "Identities exempted from Data Access audit logs in every project the kit audits (service projects, the state buckets' project), each with a reason.",
      ),
  })
  .strict()
  .default({})
  .describe(
    "Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for Cloud SQL, Cloud Storage, Secret Manager and Cloud KMS where a project uses them; Google leaves them off by default.",
  );
export type AuditLogsConfig = z.infer<typeof auditLogsSchema>;
export type AuditLogExemption = AuditLogsConfig["exemptions"][number];
