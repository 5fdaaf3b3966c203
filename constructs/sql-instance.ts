import { Construct } from "constructs";
import { ITerraformDependable, TerraformOutput, TerraformVariable } from "cdktf";
import { SqlDatabaseInstance } from "../.gen/providers/google/sql-database-instance";
import { SqlDatabase } from "../.gen/providers/google/sql-database";
import { SqlUser } from "../.gen/providers/google/sql-user";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { PropChecker } from "./validation";
import {
  DEFAULT_SQL_VERSION,
  SQL_BACKUP,
  SQL_CLIENT_ROLES,
  SQL_DATABASE_NAME,
  SQL_IAM_AUTH_FLAG,
  SQL_LOG_FLAGS,
  sqlDiskProblem,
  sqlFlagProblems,
  sqlIamUser,
  sqlTierProblem,
  sqlVersionProblem,
} from "../lib/gcp/sql";
import { SQL_DEFAULTS, SqlOptions } from "../lib/options/sql";

/** Where the instance lives and who logs in: decided by the stack, not by the service's config. */
export interface SqlPlacement {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  /** VPC the instance gets its private IP in, `projects/<host>/global/networks/<name>` (private service access must exist there). */
  readonly privateNetwork: string;
  /** Service accounts (plain emails) that log in with IAM: each gets a database user and the client roles. @default none */
  readonly iamServiceAccounts?: readonly string[];
  readonly labels?: Record<string, string>;
  /** Resources to create first: API enablement, the Shared VPC attachment, the service accounts. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * An instance's options are its config (lib/options/sql.ts: meaning and defaults there). Built-in
 * users take their password from a sensitive Terraform variable into a write-only argument, so it
 * is never in state; whether they are allowed is the rule pack's decision (SQL006).
 */
export type SqlInstanceProps = SqlPlacement & SqlOptions;

/** The instance's settings with every default applied (SQL_DEFAULTS). */
function settled(props: SqlInstanceProps) {
  const edition = props.edition ?? SQL_DEFAULTS.edition;
  return {
    edition,
    version: props.version ?? DEFAULT_SQL_VERSION[props.engine],
    tier: props.tier ?? SQL_DEFAULTS.tier[edition],
    availability: props.availability ?? SQL_DEFAULTS.availability,
    diskSizeGb: props.diskSizeGb ?? SQL_DEFAULTS.diskSizeGb,
    autoresizeLimit: props.diskAutoresizeLimitGb ?? SQL_DEFAULTS.diskAutoresizeLimitGb,
    maintenance: props.maintenance ?? SQL_DEFAULTS.maintenance,
    backup: { ...SQL_DEFAULTS.backup, ...props.backup },
    builtIn: props.builtInUsers ?? [],
    protect: props.deletionProtection ?? SQL_DEFAULTS.deletionProtection,
  };
}

/** What the Cloud SQL API would reject, each problem named by its prop. */
function checkProps(path: string, props: SqlInstanceProps, s: ReturnType<typeof settled>): void {
  const maxLogDays =
    props.engine === "postgres" && s.edition === "ENTERPRISE_PLUS"
      ? SQL_BACKUP.logRetentionMaxDaysPostgresPlus
      : SQL_BACKUP.logRetentionMaxDays;
  const check = new PropChecker("SqlInstance", path)
    .gcpName(props.name, "name", 63)
    .require(
      /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/global\/networks\/[a-z]([-a-z0-9]*[a-z0-9])?$/.test(
        props.privateNetwork,
      ),
      "privateNetwork",
      `"${props.privateNetwork}" must look like projects/<host-project>/global/networks/<vpc>`,
    )
    .problem("version", sqlVersionProblem(s.version, props.engine))
    .problem("tier", sqlTierProblem(s.tier, s.edition))
    .problem("diskSizeGb", sqlDiskProblem(s.diskSizeGb, s.autoresizeLimit))
    .intRange(s.maintenance.day, "maintenance.day", 1, 7)
    .intRange(s.maintenance.hour, "maintenance.hour", 0, 23)
    .require(
      /^([01]\d|2[0-3]):[0-5]\d$/.test(s.backup.startTime),
      "backup.startTime",
      `"${s.backup.startTime}" must be HH:MM in UTC`,
    )
    .intRange(s.backup.retainedBackups, "backup.retainedBackups", 1, SQL_BACKUP.retainedBackupsMax)
    .intRange(s.backup.logRetentionDays, "backup.logRetentionDays", 1, maxLogDays);
  s.builtIn.forEach((u, i) =>
    check.require(
      /^[a-z][a-z0-9_]{0,31}$/.test(u),
      `builtInUsers[${i}]`,
      `"${u}" must be 1-32 lowercase letters, digits or "_", starting with a letter`,
    ),
  );
  (props.databases ?? []).forEach((d, i) =>
    check.require(
      SQL_DATABASE_NAME.test(d),
      `databases[${i}]`,
      `"${d}" must be 1-63 lowercase letters, digits or "_", starting with a letter`,
    ),
  );
  for (const { flag, problem } of sqlFlagProblems(props.engine, props.flags ?? {}))
    check.require(false, `flags.${flag}`, problem);
  check.done();
}

/**
 * Cloud SQL (PostgreSQL or MySQL) on a private IP only, with encrypted connections, IAM
 * database authentication, backups with point-in-time recovery, Query Insights, a
 * maintenance window and deletion protection.
 */
export class SqlInstance extends Construct {
  public readonly instance: SqlDatabaseInstance;
  /** `<project>:<region>:<name>`, what the Auth Proxy and connectors take. */
  public readonly connectionName: string;

  constructor(scope: Construct, id: string, props: SqlInstanceProps) {
    super(scope, id);
    const s = settled(props);
    checkProps(this.node.path, props, s);
    this.instance = this.database(props, s);
    this.connectionName = `${props.projectId}:${props.region}:${props.name}`;
    for (const db of props.databases ?? []) {
      new SqlDatabase(this, `db-${db}`, { project: props.projectId, instance: this.instance.name, name: db });
    }
    for (const email of props.iamServiceAccounts ?? []) this.iamUser(props, email);
    for (const user of s.builtIn) this.builtInUser(props, user);
    new TerraformOutput(scope, `${id}_connection_name`, {
      value: this.connectionName,
      description: "Cloud SQL instance connection name for the Auth Proxy",
    });
  }

  private database(props: SqlInstanceProps, s: ReturnType<typeof settled>): SqlDatabaseInstance {
    const postgres = props.engine === "postgres";
    return new SqlDatabaseInstance(this, "instance", {
      project: props.projectId,
      region: props.region,
      name: props.name,
      databaseVersion: s.version,
      deletionProtection: s.protect,
      settings: {
        tier: s.tier,
        edition: s.edition,
        availabilityType: s.availability,
        diskType: "PD_SSD",
        diskSize: s.diskSizeGb,
        diskAutoresize: true,
        diskAutoresizeLimit: s.autoresizeLimit,
        deletionProtectionEnabled: s.protect,
        ipConfiguration: {
          // Private IP only; the host project's private service access range gives the address.
          ipv4Enabled: false,
          privateNetwork: props.privateNetwork,
          sslMode: props.sslMode ?? SQL_DEFAULTS.sslMode,
        },
        backupConfiguration: {
          enabled: true,
          startTime: s.backup.startTime,
          // PostgreSQL keeps WAL for point-in-time recovery; MySQL needs the binary log (the provider rejects PITR on MySQL).
          ...(postgres ? { pointInTimeRecoveryEnabled: true } : { binaryLogEnabled: true }),
          transactionLogRetentionDays: s.backup.logRetentionDays,
          backupRetentionSettings: { retainedBackups: s.backup.retainedBackups, retentionUnit: "COUNT" },
        },
        maintenanceWindow: { day: s.maintenance.day, hour: s.maintenance.hour, updateTrack: "stable" },
        insightsConfig: {
          queryInsightsEnabled: true,
          queryStringLength: 1024,
          recordApplicationTags: true,
          recordClientAddress: false,
        },
        databaseFlags: [
          { name: SQL_IAM_AUTH_FLAG[props.engine], value: "on" },
          ...Object.entries({ ...SQL_LOG_FLAGS[props.engine], ...props.flags }).map(([name, value]) => ({
            name,
            value,
          })),
        ],
        ...(s.builtIn.length > 0
          ? {
              passwordValidationPolicy: {
                enablePasswordPolicy: true,
                minLength: 16,
                complexity: "COMPLEXITY_DEFAULT",
                disallowUsernameSubstring: true,
              },
            }
          : {}),
        userLabels: props.labels,
      },
      dependsOn: props.dependsOn,
      // The provider deletes MySQL's default passwordless root@% right after creation.
      // Autoresize grows the disk; without ignoring disk_size the next plan would shrink it
      // back, which the provider turns into a replacement (IsDiskShrinkage; provider docs).
      lifecycle: { preventDestroy: s.protect, ignoreChanges: ["settings[0].disk_size"] },
    });
  }

  /** An IAM database user for a service account, with the client roles it needs to connect. */
  private iamUser(props: SqlInstanceProps, email: string): void {
    const key = email.split("@")[0];
    new SqlUser(this, `iam-${key}`, {
      project: props.projectId,
      instance: this.instance.name,
      name: sqlIamUser(props.engine, email).resourceName,
      type: "CLOUD_IAM_SERVICE_ACCOUNT",
      dependsOn: props.dependsOn,
    });
    for (const role of SQL_CLIENT_ROLES) {
      new ProjectIamMember(this, `${key}-${role.replace(/[^a-zA-Z0-9]+/g, "-")}`, {
        project: props.projectId,
        role,
        member: `serviceAccount:${email}`,
        dependsOn: props.dependsOn,
      });
    }
  }

  /** A password user; the password comes from a sensitive variable into a write-only argument, never state. */
  private builtInUser(props: SqlInstanceProps, user: string): void {
    const password = new TerraformVariable(this, `${user}-password`, {
      type: "string",
      sensitive: true,
      description: `Password of built-in user ${user} on Cloud SQL instance ${props.name}; never stored in state`,
    });
    password.overrideLogicalId(`${props.name}_${user}_password`.replace(/-/g, "_"));
    new SqlUser(this, `user-${user}`, {
      project: props.projectId,
      instance: this.instance.name,
      name: user,
      type: "BUILT_IN",
      passwordWo: password.stringValue,
      passwordWoVersion: 1,
    });
  }
}
