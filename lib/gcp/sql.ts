/**
 * Cloud SQL facts shared by the SqlInstance construct and config validation. Each fact
 * names where it comes from; re-check them when Google changes the service.
 */

export type SqlEngine = "postgres" | "mysql";

/**
 * Major versions and the day their regular support ends (extended support, charged extra,
 * starts then). Sources: cloud.google.com/sql/docs/postgres/db-versions and
 * cloud.google.com/sql/docs/mysql/db-versions (read 2026-11-24).
 */
export const SQL_VERSION_SUPPORT: Readonly<
  Record<string, { readonly engine: SqlEngine; readonly regularSupportEnds?: string }>
> = {
  POSTGRES_9_6: { engine: "postgres", regularSupportEnds: "2025-02-01" },
  POSTGRES_10: { engine: "postgres", regularSupportEnds: "2025-02-01" },
  POSTGRES_11: { engine: "postgres", regularSupportEnds: "2025-02-01" },
  POSTGRES_12: { engine: "postgres", regularSupportEnds: "2025-02-01" },
  POSTGRES_13: { engine: "postgres", regularSupportEnds: "2026-02-01" },
  POSTGRES_14: { engine: "postgres", regularSupportEnds: "2027-02-01" },
  POSTGRES_15: { engine: "postgres", regularSupportEnds: "2028-02-01" },
  POSTGRES_16: { engine: "postgres", regularSupportEnds: "2029-02-01" },
  POSTGRES_17: { engine: "postgres", regularSupportEnds: "2030-02-01" },
  // PostgreSQL 18: community GA 2025-09-25 (postgresql.org); POSTGRES_18 is a database_version the
  // provider documents (terraform-provider-google v7.45.0 website/docs/r/sql_database_instance,
  // sent unvalidated by v6.50.0). Regular support ends on the 1 February after the community's
  // end of life, five years after GA (the rule every row above follows; db-versions page).
  POSTGRES_18: { engine: "postgres", regularSupportEnds: "2031-02-01" },
  MYSQL_5_6: { engine: "mysql", regularSupportEnds: "2025-02-01" },
  MYSQL_5_7: { engine: "mysql", regularSupportEnds: "2025-02-01" },
  MYSQL_8_0: { engine: "mysql", regularSupportEnds: "2026-07-01" },
  MYSQL_8_4: { engine: "mysql" },
};

/** Versions a service may choose: those still in regular support on 2026-11-24. */
export const SQL_VERSIONS = [
  "POSTGRES_14",
  "POSTGRES_15",
  "POSTGRES_16",
  "POSTGRES_17",
  "POSTGRES_18",
  "MYSQL_8_4",
] as const;
export type SqlVersion = (typeof SQL_VERSIONS)[number];

export const DEFAULT_SQL_VERSION: Readonly<Record<SqlEngine, SqlVersion>> = {
  postgres: "POSTGRES_18",
  mysql: "MYSQL_8_4",
};

/** Why a version is refused, or undefined when it may be used. */
export function sqlVersionProblem(version: string, engine: SqlEngine): string | undefined {
  const known = SQL_VERSION_SUPPORT[version];
  const newest = DEFAULT_SQL_VERSION[engine];
  if (known && known.engine !== engine) return `"${version}" is not a ${engine} version; use ${newest}`;
  if ((SQL_VERSIONS as readonly string[]).includes(version)) return undefined;
  if (known)
    return `"${version}" left regular support on ${known.regularSupportEnds} (extended support is charged and gets no new features); use ${newest}`;
  return `"${version}" is not a Cloud SQL version the kit supports; use one of ${SQL_VERSIONS.filter((v) => SQL_VERSION_SUPPORT[v].engine === engine).join(", ")}`;
}

/** Editions (provider v6.50.0 resource_sql_database_instance.go, settings.edition). */
export const SQL_EDITIONS = ["ENTERPRISE", "ENTERPRISE_PLUS"] as const;
export type SqlEdition = (typeof SQL_EDITIONS)[number];

/** ssl_mode values that refuse unencrypted connections (provider v6.50.0, ip_configuration.ssl_mode). */
export const SQL_ENCRYPTED_SSL_MODES = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"] as const;
export type SqlSslMode = (typeof SQL_ENCRYPTED_SSL_MODES)[number];

/**
 * Machine types. Sources: cloud.google.com/sql/docs/postgres/instance-settings ("Cores: 1 to
 * 96, either 1 or an even number"; "Memory: 0.9 to 6.5 GB per vCPU, a multiple of 256 MB and
 * at least 3.75 GB") and .../machine-series-overview (Enterprise Plus: db-perf-optimized-N-*;
 * shared-core types only in Enterprise, without SLA).
 */
export const SQL_TIER_RULES = {
  sharedCore: ["db-f1-micro", "db-g1-small"],
  customMaxVcpus: 96,
  memoryStepMb: 256,
  memoryMinMb: 3840,
  memoryPerVcpuMinMb: 0.9 * 1024,
  memoryPerVcpuMaxMb: 6.5 * 1024,
  perfOptimizedVcpus: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128],
} as const;

const CUSTOM_TIER = /^db-custom-(\d+)-(\d+)$/;
const PERF_TIER = /^db-perf-optimized-N-(\d+)$/;

/** A shared-core machine type: no SLA (whether production may use one is guardrail SQL010's decision). */
export const isSharedCoreTier = (tier: string): boolean =>
  (SQL_TIER_RULES.sharedCore as readonly string[]).includes(tier);

/** Why Cloud SQL would refuse `tier` in `edition`, or undefined when it takes it. */
export function sqlTierProblem(tier: string, edition: SqlEdition): string | undefined {
  const r = SQL_TIER_RULES;
  if (isSharedCoreTier(tier)) {
    return edition === "ENTERPRISE"
      ? undefined
      : `"${tier}" is a shared-core type, available only in edition ENTERPRISE`;
  }
  const perf = PERF_TIER.exec(tier);
  if (perf) {
    if (edition !== "ENTERPRISE_PLUS")
      return `"${tier}" is an Enterprise Plus type; set edition: ENTERPRISE_PLUS or use db-custom-<vCPUs>-<MB>`;
    const n = Number(perf[1]);
    return (r.perfOptimizedVcpus as readonly number[]).includes(n)
      ? undefined
      : `"${tier}" has ${n} vCPUs; Enterprise Plus offers ${r.perfOptimizedVcpus.join(", ")}`;
  }
  const custom = CUSTOM_TIER.exec(tier);
  if (!custom)
    return `"${tier}" is not a Cloud SQL machine type; use db-custom-<vCPUs>-<memory MB> (e.g. db-custom-2-7680), db-perf-optimized-N-<vCPUs> or db-f1-micro`;
  if (edition !== "ENTERPRISE")
    return `"${tier}" is an Enterprise type; Enterprise Plus needs db-perf-optimized-N-<vCPUs>`;
  const [vcpus, mb] = [Number(custom[1]), Number(custom[2])];
  if (!(vcpus === 1 || (vcpus % 2 === 0 && vcpus >= 2 && vcpus <= r.customMaxVcpus))) {
    return `"${tier}" has ${vcpus} vCPUs; use 1 or an even number up to ${r.customMaxVcpus}`;
  }
  if (mb % r.memoryStepMb !== 0)
    return `"${tier}" has ${mb} MB of memory; it must be a multiple of ${r.memoryStepMb} MB`;
  const min = Math.max(r.memoryMinMb, Math.ceil((vcpus * r.memoryPerVcpuMinMb) / r.memoryStepMb) * r.memoryStepMb);
  const max = Math.floor((vcpus * r.memoryPerVcpuMaxMb) / r.memoryStepMb) * r.memoryStepMb;
  if (mb < min || mb > max)
    return `"${tier}" has ${mb} MB for ${vcpus} vCPU(s); use ${min} to ${max} MB (0.9-6.5 GB per vCPU, at least 3840 MB)`;
  return undefined;
}

/** Data disk (instance-settings: "Storage capacity"; provider: minimum 10 GB for PD_SSD). */
export const SQL_DISK = { minGb: 10, maxGb: 65536 } as const;

/** Why a disk size and autoresize limit (0 = none) do not fit, or undefined. */
export function sqlDiskProblem(sizeGb: number, autoresizeLimitGb: number): string | undefined {
  if (!Number.isInteger(sizeGb) || sizeGb < SQL_DISK.minGb || sizeGb > SQL_DISK.maxGb)
    return `diskSizeGb ${sizeGb} must be a whole number from ${SQL_DISK.minGb} to ${SQL_DISK.maxGb}`;
  if (autoresizeLimitGb !== 0 && autoresizeLimitGb < sizeGb)
    return `diskAutoresizeLimitGb ${autoresizeLimitGb} is below diskSizeGb ${sizeGb}; raise it or use 0 for no limit`;
  if (autoresizeLimitGb > SQL_DISK.maxGb)
    return `diskAutoresizeLimitGb ${autoresizeLimitGb} exceeds the ${SQL_DISK.maxGb} GB maximum`;
  return undefined;
}

/**
 * The flag that turns on IAM database authentication, per engine (provider v6.50.0
 * website/docs/r/sql_user.html.markdown examples; cloud.google.com/sql/docs/{postgres,mysql}/iam-authentication).
 */
export const SQL_IAM_AUTH_FLAG: Readonly<Record<SqlEngine, string>> = {
  postgres: "cloudsql.iam_authentication",
  mysql: "cloudsql_iam_authentication",
};

/**
 * Logging flags on by default: what a security team expects in the database's logs without
 * statement text (data). Names and values from cloud.google.com/sql/docs/postgres/flags and
 * .../mysql/flags (supported flags), .../postgres/pg-audit (cloudsql.enable_pgaudit, pgaudit.log;
 * run CREATE EXTENSION pgaudit in each database) and .../mysql/db-audit (cloudsql_mysql_audit);
 * the CIS Google Cloud benchmark, section 6, names the same flags. A service file may override
 * a value (pgaudit.log, say); guardrail SQL008 judges the result.
 */
export const SQL_LOG_FLAGS: Readonly<Record<SqlEngine, Readonly<Record<string, string>>>> = {
  postgres: {
    log_connections: "on",
    log_disconnections: "on",
    log_checkpoints: "on",
    log_lock_waits: "on",
    log_min_error_statement: "error",
    log_min_messages: "warning",
    log_temp_files: "0",
    "cloudsql.enable_pgaudit": "on",
    // Schema changes and role/privilege changes: who changed what, without every read and write.
    "pgaudit.log": "ddl,role",
  },
  mysql: {
    cloudsql_mysql_audit: "ON",
    local_infile: "off",
    skip_show_database: "on",
  },
};

/** Flags whose values SQL008 requires (a service may change the others, e.g. pgaudit.log). */
export const SQL_REQUIRED_LOG_FLAGS: Readonly<Record<SqlEngine, Readonly<Record<string, readonly string[]>>>> = {
  postgres: {
    log_connections: ["on"],
    log_disconnections: ["on"],
    log_checkpoints: ["on"],
    log_lock_waits: ["on"],
    log_min_error_statement: ["debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning", "error"],
    "cloudsql.enable_pgaudit": ["on"],
  },
  mysql: { cloudsql_mysql_audit: ["ON", "on"], local_infile: ["off"] },
};

/**
 * Flag values that write statement text (and so the data in it) to the logs; SQL009 refuses
 * them in production-like environments (PostgreSQL runtime-config-logging; MySQL general and
 * slow query logs). A flag absent or at its off value writes none.
 */
export const SQL_STATEMENT_TEXT_FLAGS: Readonly<Record<string, (value: string) => boolean>> = {
  log_min_duration_statement: (v) => v !== "-1",
  log_min_duration_sample: (v) => v !== "-1",
  log_statement: (v) => v === "mod" || v === "all",
  "pgaudit.log_parameter": (v) => v === "on",
  general_log: (v) => /^on$/i.test(v),
  slow_query_log: (v) => /^on$/i.test(v),
};

/** The engine of a Cloud SQL database_version. */
export const sqlEngineOf = (version: string): SqlEngine | undefined =>
  version.startsWith("POSTGRES_") ? "postgres" : version.startsWith("MYSQL_") ? "mysql" : undefined;

/** Flags the kit sets itself and a service file may not override. */
const KIT_FLAGS = Object.values(SQL_IAM_AUTH_FLAG);

/** Problems with user-given database flags (names, engine, flags the kit owns). */
export function sqlFlagProblems(
  engine: SqlEngine,
  flags: Readonly<Record<string, string>>,
): Array<{ flag: string; problem: string }> {
  const out: Array<{ flag: string; problem: string }> = [];
  for (const name of Object.keys(flags)) {
    if (KIT_FLAGS.includes(name)) {
      out.push({ flag: name, problem: `is set by the kit (IAM database authentication is always on); remove it` });
    } else if (engine === "mysql" && name.includes(".")) {
      out.push({ flag: name, problem: `is not a MySQL flag (MySQL flags use underscores, e.g. long_query_time)` });
    } else if (!/^[a-z][a-z0-9_.]{0,62}$/.test(name)) {
      out.push({
        flag: name,
        problem: `is not a database flag name (lowercase letters, digits, "_" and "."; e.g. log_min_duration_statement)`,
      });
    }
  }
  return out;
}

/**
 * Database user for a service account under IAM database authentication. PostgreSQL takes
 * the email without ".gserviceaccount.com" (username length limit); MySQL takes the email and
 * keeps the part before "@" (provider v6.50.0 resource_sql_user.go, diffSuppressIamUserName).
 */
export function sqlIamUser(
  engine: SqlEngine,
  email: string,
): { readonly resourceName: string; readonly loginName: string } {
  if (engine === "postgres") {
    const name = email.replace(/\.gserviceaccount\.com$/, "");
    return { resourceName: name, loginName: name };
  }
  return { resourceName: email, loginName: email.split("@")[0] };
}

/** What a workload needs to log in with IAM through the Auth Proxy or a connector. */
export const SQL_CLIENT_ROLES = ["roles/cloudsql.client", "roles/cloudsql.instanceUser"] as const;

/** Default port per engine, for the Auth Proxy listener. */
export const SQL_PORT: Readonly<Record<SqlEngine, number>> = { postgres: 5432, mysql: 3306 };

/**
 * Cloud SQL Auth Proxy image (GoogleCloudPlatform/cloud-sql-proxy, release 2.21.0, PR #2533,
 * 2026-01-16). Flags --auto-iam-authn and --private-ip from the proxy's README.
 */
export const SQL_AUTH_PROXY_IMAGE = "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.21.0";

/** Backup and log retention bounds (provider v6.50.0 descriptions: 1-7 days, 35 for PostgreSQL Enterprise Plus). */
export const SQL_BACKUP = {
  retainedBackupsMax: 365,
  logRetentionMaxDays: 7,
  logRetentionMaxDaysPostgresPlus: 35,
} as const;

/** Database names: identifiers both engines accept without quoting. */
export const SQL_DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;
