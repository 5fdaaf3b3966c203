import type { Rule } from "./rules";
import { first, isTrue, SQL, BUCKET, sqlSettings, membersOf, Json } from "./rule-helpers";
import { PRODUCTION_DECISIONS } from "./production";

/** Guardrails of data services: Memorystore for Redis, Cloud SQL, Cloud Storage. Same shape as RULES in rules.ts, which lists these in order. */
export const DATA_RULES: readonly Rule[] = [
  {
    id: "RED001",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis AUTH",
    rationale: "Without AUTH anything in the VPC can read and write the cache.",
    fix: "Set auth_enabled = true.",
    check: (c) => isTrue(c.auth_enabled),
  },
  {
    id: "RED002",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis in-transit encryption",
    rationale: "AUTH strings and data cross the network in clear text otherwise.",
    fix: "Set transit_encryption_mode = SERVER_AUTHENTICATION.",
    check: (c) => c.transit_encryption_mode === "SERVER_AUTHENTICATION",
  },
  {
    id: "RED003",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis over private service access",
    rationale: "Private service access keeps the instance on the shared VPC's private ranges.",
    fix: "Set connect_mode = PRIVATE_SERVICE_ACCESS.",
    check: (c) => c.connect_mode === "PRIVATE_SERVICE_ACCESS",
  },
  {
    id: "RED004",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis HA in production-like environments",
    rationale: "A BASIC instance loses all data and availability on a zone or node failure.",
    fix: "Set redis.tier: STANDARD_HA, or waive RED004 with a reason.",
    check: (c, ctx) => !ctx.productionLike || PRODUCTION_DECISIONS.RED004.complies(c.tier),
  },
  {
    id: "SQL001",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL on private IP only",
    rationale: "A public IP exposes the database's login to the internet; private service access keeps it on the VPC.",
    fix: "Set settings.ip_configuration.ipv4_enabled = false with private_network (SqlInstance does).",
    check: (c) => {
      const ip = first(sqlSettings(c).ip_configuration);
      return (
        ip?.ipv4_enabled === false && typeof ip.private_network === "string" && !(ip.authorized_networks?.length > 0)
      );
    },
  },
  {
    id: "SQL002",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL requires encrypted connections",
    rationale: "Without it clients may send credentials and data in clear text across the VPC.",
    fix: "Set settings.ip_configuration.ssl_mode = ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.",
    check: (c) =>
      ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"].includes(
        first(sqlSettings(c).ip_configuration)?.ssl_mode,
      ),
  },
  {
    id: "SQL003",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL backups and point-in-time recovery in production-like environments",
    rationale: "A dropped table or bad migration is only undone by restoring to the minute before it.",
    fix: "Enable backup_configuration with point_in_time_recovery_enabled (PostgreSQL) or binary_log_enabled (MySQL).",
    check: (c, ctx) => {
      const b = first(sqlSettings(c).backup_configuration);
      return (
        !ctx.productionLike ||
        (isTrue(b?.enabled) && (isTrue(b?.point_in_time_recovery_enabled) || isTrue(b?.binary_log_enabled)))
      );
    },
  },
  {
    id: "SQL004",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL deletion protection in production-like environments",
    rationale: "Deleting an instance deletes its data and, after a retention period, its backups.",
    fix: "Keep sql.deletionProtection: true (deletion_protection and settings.deletion_protection_enabled).",
    check: (c, ctx) =>
      !ctx.productionLike || (c.deletion_protection !== false && isTrue(sqlSettings(c).deletion_protection_enabled)),
  },
  {
    id: "SQL005",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL high availability in production-like environments",
    rationale: "A ZONAL instance is down for as long as its zone is.",
    fix: "Set sql.availability: REGIONAL, or waive SQL005 with a reason.",
    check: (c, ctx) => !ctx.productionLike || PRODUCTION_DECISIONS.SQL005.complies(sqlSettings(c).availability_type),
  },
  {
    id: "SQL006",
    severity: "error",
    resourceTypes: ["google_sql_user"],
    title: "Cloud SQL users authenticate with IAM",
    rationale: "Passwords leak, are shared and are not revoked when people leave; IAM logins are.",
    fix: "Use the workload's IAM database user (type CLOUD_IAM_SERVICE_ACCOUNT), or waive SQL006 with a reason.",
    check: (c) => /^CLOUD_IAM_/.test(c.type ?? ""),
  },
  {
    id: "SQL007",
    severity: "error",
    resourceTypes: SQL,
    title: "IAM database authentication enabled",
    rationale: "IAM users cannot log in unless the instance's IAM authentication flag is on.",
    fix: "Set database flag cloudsql.iam_authentication (PostgreSQL) or cloudsql_iam_authentication (MySQL) to on.",
    check: (c) =>
      (sqlSettings(c).database_flags ?? []).some(
        (f: Json) => /^cloudsql[._]iam_authentication$/.test(f.name) && f.value === "on",
      ),
  },
  {
    id: "SQL010",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL dedicated cores in production-like environments",
    rationale: "Shared-core machine types (db-f1-micro, db-g1-small) come without an SLA.",
    fix: "Set sql.tier to a dedicated type like db-custom-2-7680, or waive SQL010 with a reason.",
    check: (c, ctx) => !ctx.productionLike || PRODUCTION_DECISIONS.SQL010.complies(sqlSettings(c).tier ?? ""),
  },
  {
    id: "GCS001",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Bucket public access prevention",
    rationale: "One allUsers grant publishes every object; enforced prevention makes such grants fail.",
    fix: "Set public_access_prevention = enforced.",
    check: (c) => c.public_access_prevention === "enforced",
  },
  {
    id: "GCS002",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Uniform bucket-level access",
    rationale: "Per-object ACLs bypass IAM and cannot be reviewed in one place.",
    fix: "Set uniform_bucket_level_access = true.",
    check: (c) => isTrue(c.uniform_bucket_level_access),
  },
  {
    id: "GCS003",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Bucket versioning in production-like environments",
    rationale: "Without versions an overwrite or delete by a buggy release cannot be undone.",
    fix: "Keep versioning: true on the bucket, or waive GCS003 with a reason.",
    check: (c, ctx) => !ctx.productionLike || isTrue(first(c.versioning)?.enabled),
  },
  {
    id: "GCS004",
    severity: "error",
    resourceTypes: ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding"],
    title: "No public bucket grants",
    rationale: "allUsers and allAuthenticatedUsers make objects readable by anyone with a Google account or none.",
    fix: "Grant named service accounts or groups only.",
    check: (c) => !membersOf(c).some((m) => /^(allUsers|allAuthenticatedUsers)$/.test(m)),
  },
];
