/**
 * Cloud Audit Logs facts the kit relies on.
 *
 * - Data Access audit logs are off by default (BigQuery aside) and have three types:
 *   ADMIN_READ (reads of metadata or configuration), DATA_READ and DATA_WRITE (reads and
 *   writes of user data). Admin Activity logs are always on and cannot be configured.
 *   https://cloud.google.com/logging/docs/audit/configure-data-access ;
 *   https://cloud.google.com/storage/docs/audit-logging ; https://cloud.google.com/sql/docs/audit-logging
 * - google_project_iam_audit_config (provider release-8.0.0,
 *   google/tpgiamresource/resource_iam_audit_config.go): `service` (or allServices), one
 *   `audit_log_config` per log type, "Must be one of DATA_READ, DATA_WRITE, or ADMIN_READ",
 *   with `exempted_members` (user:, serviceAccount:, group:, domain:).
 */
export const DATA_ACCESS_LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"] as const;
export type DataAccessLogType = (typeof DATA_ACCESS_LOG_TYPES)[number];

/**
 * The API a service project enables -> the service name its audit logs carry (and the audit
 * config names). Cloud SQL is administered through sqladmin.googleapis.com but audits as
 * cloudsql.googleapis.com (https://cloud.google.com/sql/docs/audit-logging, "Service name");
 * the others audit under their API's name (https://cloud.google.com/storage/docs/audit-logging,
 * https://cloud.google.com/secret-manager/docs/audit-logging,
 * https://cloud.google.com/kms/docs/audit-logging). These are the services whose data the kit's
 * workloads hold: databases, objects, secrets and keys.
 */
export const AUDITED_APIS: Readonly<Record<string, string>> = {
  "sqladmin.googleapis.com": "cloudsql.googleapis.com",
  "storage.googleapis.com": "storage.googleapis.com",
  "secretmanager.googleapis.com": "secretmanager.googleapis.com",
  "cloudkms.googleapis.com": "cloudkms.googleapis.com",
};

/** The audit service names for a project's enabled APIs, in a stable order. */
export function auditedServices(apis: readonly string[]): string[] {
  return [...new Set(apis.flatMap((a) => (a in AUDITED_APIS ? [AUDITED_APIS[a]] : [])))].sort();
}

/**
 * Bucket access: Data Access audit logs, not usage logs. Google: "In most cases, Cloud Audit
 * Logs is the recommended method for generating logs that track API operations performed in
 * Cloud Storage" (continuous, within seconds, same format as every other service); usage
 * logs are for access through allUsers/allAuthenticatedUsers, Object Lifecycle Management and
 * Autoclass changes, latency and request sizes
 * (https://cloud.google.com/storage/docs/access-logs, "Should you use usage logs or Cloud
 * Audit Logs?"). The kit's buckets enforce public access prevention, so the first case cannot
 * occur; lifecycle deletions are the kit's own rules, in config.
 */
export const BUCKET_ACCESS_LOGGING = "data-access-audit-logs" as const;
