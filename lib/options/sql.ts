import { z } from "zod";
import {
  DEFAULT_SQL_VERSION,
  SQL_DATABASE_NAME,
  SQL_EDITIONS,
  SQL_ENCRYPTED_SSL_MODES,
  SQL_VERSIONS,
  sqlDiskProblem,
  sqlFlagProblems,
  sqlTierProblem,
  sqlVersionProblem,
} from "../gcp/sql";

// One definition of Cloud SQL options (`sql` of a service file): the zod fragment, its type and its defaults.

/** Cloud SQL per service; checks that need the environment (HA, shared-core in production) live in validate.ts. */
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Defaults of config and of the SqlInstance construct. */
export const SQL_DEFAULTS = {
  edition: "ENTERPRISE",
  /** Per edition: the smallest dedicated type. */
  tier: { ENTERPRISE: "db-custom-1-3840", ENTERPRISE_PLUS: "db-perf-optimized-N-2" },
  diskSizeGb: 10,
  diskAutoresizeLimitGb: 0,
  /** The construct's safe default; config's depends on the environment (sqlAvailability in lib/config/effective.ts). */
  availability: "REGIONAL",
  sslMode: "ENCRYPTED_ONLY",
  /** Sunday 03:00 UTC (day 1 = Monday). */
  maintenance: { day: 7, hour: 3 },
  backup: { startTime: "02:00", retainedBackups: 14, logRetentionDays: 7 },
  deletionProtection: true,
} as const;
const hh = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

export const sqlSchema = z
  .object({
    engine: z.enum(["postgres", "mysql"]).describe("Database engine."),
    version: z
      .string()
      .optional()
      .describe(
        `Major version in regular support: ${SQL_VERSIONS.join(", ")}. Default: ${DEFAULT_SQL_VERSION.postgres} or ${DEFAULT_SQL_VERSION.mysql}.`,
      ),
    edition: z
      .enum(SQL_EDITIONS)
      .default(SQL_DEFAULTS.edition)
      .describe("Cloud SQL edition; ENTERPRISE_PLUS takes db-perf-optimized-N-<vCPUs> tiers."),
    tier: z
      .string()
      .optional()
      .describe(
        `Machine type: db-custom-<vCPUs>-<MB> (1 or even vCPUs, 0.9-6.5 GB each), db-perf-optimized-N-<vCPUs>, db-f1-micro. Default: ${SQL_DEFAULTS.tier.ENTERPRISE}.`,
      ),
    diskSizeGb: z
      .number()
      .default(SQL_DEFAULTS.diskSizeGb)
      .describe("Data disk in GB, 10-65536; it grows automatically."),
    diskAutoresizeLimitGb: z
      .number()
      .int()
      .min(0)
      .default(SQL_DEFAULTS.diskAutoresizeLimitGb)
      .describe("Ceiling for automatic disk growth in GB; 0 = no limit."),
    availability: z
      .enum(["REGIONAL", "ZONAL"])
      .optional()
      .describe(
        "Default: REGIONAL (HA) in production-like environments, ZONAL elsewhere. ZONAL in production needs a waiver of SQL005.",
      ),
    sslMode: z
      .enum(SQL_ENCRYPTED_SSL_MODES)
      .default(SQL_DEFAULTS.sslMode)
      .describe("Connections must be encrypted; TRUSTED_CLIENT_CERTIFICATE_REQUIRED also demands client certificates."),
    databases: z
      .array(
        z.string().regex(SQL_DATABASE_NAME, 'must be 1-63 lowercase letters, digits or "_", starting with a letter'),
      )
      .min(1)
      .optional()
      .describe("Databases to create. Default: one named after the service."),
    flags: z
      .record(z.string())
      .default({})
      .describe(
        "Database flags (name: value) over the kit's logging defaults (connections, disconnections, checkpoints, lock waits, errors, pgAudit / MySQL audit; SQL008); the IAM authentication flag is set by the kit. Statement text in logs fails in production (SQL009).",
      ),
    maintenance: z
      .object({
        day: z.number().int().min(1).max(7).describe("Day of the week, 1 = Monday."),
        hour: z.number().int().min(0).max(23).describe("Start hour, UTC."),
      })
      .strict()
      .optional()
      .describe(
        `Weekly one-hour maintenance window. Default: ${DAYS[SQL_DEFAULTS.maintenance.day - 1]} ${hh(SQL_DEFAULTS.maintenance.hour)} UTC.`,
      ),
    backup: z
      .object({
        startTime: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM in UTC, e.g. "02:00"')
          .optional()
          .describe(`Daily backup start, HH:MM UTC. Default: ${SQL_DEFAULTS.backup.startTime}.`),
        retainedBackups: z
          .number()
          .int()
          .min(1)
          .max(365)
          .optional()
          .describe(`Automated backups kept. Default: ${SQL_DEFAULTS.backup.retainedBackups}.`),
        logRetentionDays: z
          .number()
          .int()
          .min(1)
          .max(35)
          .optional()
          .describe(
            `Days of transaction logs for point-in-time recovery: 1-7 (35 for PostgreSQL Enterprise Plus). Default: ${SQL_DEFAULTS.backup.logRetentionDays}.`,
          ),
      })
      .strict()
      .optional()
      .describe("Automated backups; point-in-time recovery is always on."),
    deletionProtection: z
      .boolean()
      .default(SQL_DEFAULTS.deletionProtection)
      .describe("Deletion protection (Terraform and API); turning it off in production needs a waiver of SQL004."),
    builtInUsers: z
      .array(
        z
          .string()
          .regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be 1-32 lowercase letters, digits or "_", starting with a letter'),
      )
      .default([])
      .describe(
        "Password users: only with a waiver of SQL006. Each password comes from the Terraform variable <instance>_<user>_password, never stored in state.",
      ),
  })
  .strict()
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string | undefined) =>
      message && ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if (s.version !== undefined) issue(["version"], sqlVersionProblem(s.version, s.engine));
    if (s.tier !== undefined) issue(["tier"], sqlTierProblem(s.tier, s.edition));
    issue(["diskSizeGb"], sqlDiskProblem(s.diskSizeGb, s.diskAutoresizeLimitGb));
    for (const { flag, problem } of sqlFlagProblems(s.engine, s.flags)) issue(["flags", flag], problem);
    const maxLog = s.engine === "postgres" && s.edition === "ENTERPRISE_PLUS" ? 35 : 7;
    if ((s.backup?.logRetentionDays ?? 0) > maxLog)
      issue(["backup", "logRetentionDays"], `must be at most ${maxLog} for ${s.engine} ${s.edition}`);
  });

/** As written in config (defaults not yet applied). */
export type SqlOptions = z.input<typeof sqlSchema>;
/** After validation, defaults applied. */
export type SqlConfig = z.output<typeof sqlSchema>;
