import { Construct } from "constructs";
import { ITerraformDependable, TerraformVariable } from "cdktf";
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
  SqlEdition,
  SqlEngine,
  SqlSslMode,
  SqlVersion,
} from "../lib/gcp/sql";

export interface SqlInstanceProps {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  readonly engine: SqlEngine;
  /** VPC the instance gets its private IP in, `projects/<host>/global/networks/<name>` (private service access must exist there). */
  readonly privateNetwork: string;
  /** @default the newest version in regular support (POSTGRES_18, MYSQL_8_4) */
  readonly version?: SqlVersion;
  /** Always sent: the provider leaves it to the API otherwise (Optional + Computed), and the tier must match it. @default "ENTERPRISE" */
  readonly edition?: SqlEdition;
  /** @default "db-custom-1-3840" (ENTERPRISE) or "db-perf-optimized-N-2" (ENTERPRISE_PLUS) */
  readonly tier?: string;
  /** @default 10 */
  readonly diskSizeGb?: number;
  /** Ceiling for automatic disk growth; 0 means none. @default 0 */
  readonly diskAutoresizeLimitGb?: number;
  /** @default "REGIONAL" */
  readonly availability?: "REGIONAL" | "ZONAL";
  /** Production-like instances must be REGIONAL unless `haWaiverReason` says why not. @default false */
  readonly productionLike?: boolean;
  readonly haWaiverReason?: string;
  /** @default "ENCRYPTED_ONLY" */
  readonly sslMode?: SqlSslMode;
  /** Databases to create. @default none */
  readonly databases?: readonly string[];
  /** Extra database flags, over the logging defaults (SQL_LOG_FLAGS); the IAM authentication flag is always set. @default none */
  readonly flags?: Readonly<Record<string, string>>;
  /** Weekly one-hour window: day 1 (Monday) to 7, UTC hour. @default { day: 7, hour: 3 } */
  readonly maintenance?: { readonly day: number; readonly hour: number };
  /** @default { startTime: "02:00", retainedBackups: 14, logRetentionDays: 7 } */
  readonly backup?: {
    readonly startTime?: string;
    readonly retainedBackups?: number;
    readonly logRetentionDays?: number;
  };
  /** Terraform-side and API-side deletion protection, plus prevent_destroy. @default true */
  readonly deletionProtection?: boolean;
  /** Service accounts (plain emails) that log in with IAM: each gets a database user and the client roles. @default none */
  readonly iamServiceAccounts?: readonly string[];
  /**
   * Built-in users with passwords: only with `builtInUserWaiverReason`. The password comes
   * from a sensitive Terraform variable into a write-only argument, so it is never in state.
   * @default none
   */
  readonly builtInUsers?: readonly string[];
  readonly builtInUserWaiverReason?: string;
  readonly labels?: Record<string, string>;
  /** Resources to create first: API enablement, the Shared VPC attachment, the service accounts. */
  readonly dependsOn?: ITerraformDependable[];
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
    const edition = props.edition ?? "ENTERPRISE";
    const version = props.version ?? DEFAULT_SQL_VERSION[props.engine];
    const tier = props.tier ?? (edition === "ENTERPRISE" ? "db-custom-1-3840" : "db-perf-optimized-N-2");
    const availability = props.availability ?? "REGIONAL";
    const diskSizeGb = props.diskSizeGb ?? 10;
    const autoresizeLimit = props.diskAutoresizeLimitGb ?? 0;
    const maintenance = props.maintenance ?? { day: 7, hour: 3 };
    const backup = { startTime: "02:00", retainedBackups: 14, logRetentionDays: 7, ...props.backup };
    const maxLogDays =
      props.engine === "postgres" && edition === "ENTERPRISE_PLUS"
        ? SQL_BACKUP.logRetentionMaxDaysPostgresPlus
        : SQL_BACKUP.logRetentionMaxDays;
    const builtIn = props.builtInUsers ?? [];
    const check = new PropChecker("SqlInstance", this.node.path)
      .gcpName(props.name, "name", 63)
      .require(
        /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/global\/networks\/[a-z]([-a-z0-9]*[a-z0-9])?$/.test(
          props.privateNetwork,
        ),
        "privateNetwork",
        `"${props.privateNetwork}" must look like projects/<host-project>/global/networks/<vpc>`,
      )
      .problem("version", sqlVersionProblem(version, props.engine))
      .problem("tier", sqlTierProblem(tier, edition, props.productionLike ?? false))
      .problem("diskSizeGb", sqlDiskProblem(diskSizeGb, autoresizeLimit))
      .require(
        !(props.productionLike && availability !== "REGIONAL" && !props.haWaiverReason),
        "availability",
        "is ZONAL in a production-like environment: use REGIONAL, or set haWaiverReason to record why one zone is acceptable",
      )
      .intRange(maintenance.day, "maintenance.day", 1, 7)
      .intRange(maintenance.hour, "maintenance.hour", 0, 23)
      .require(
        /^([01]\d|2[0-3]):[0-5]\d$/.test(backup.startTime),
        "backup.startTime",
        `"${backup.startTime}" must be HH:MM in UTC`,
      )
      .intRange(backup.retainedBackups, "backup.retainedBackups", 1, SQL_BACKUP.retainedBackupsMax)
      .intRange(backup.logRetentionDays, "backup.logRetentionDays", 1, maxLogDays)
      .require(
        builtIn.length === 0 || !!props.builtInUserWaiverReason,
        "builtInUsers",
        "need builtInUserWaiverReason: passwords are the exception, IAM database authentication the rule",
      );
    builtIn.forEach((u, i) =>
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

    const postgres = props.engine === "postgres";
    const protect = props.deletionProtection ?? true;
    this.instance = new SqlDatabaseInstance(this, "instance", {
      project: props.projectId,
      region: props.region,
      name: props.name,
      databaseVersion: version,
      deletionProtection: protect,
      settings: {
        tier,
        edition,
        availabilityType: availability,
        diskType: "PD_SSD",
        diskSize: diskSizeGb,
        diskAutoresize: true,
        diskAutoresizeLimit: autoresizeLimit,
        deletionProtectionEnabled: protect,
        ipConfiguration: {
          // Private IP only; the host project's private service access range gives the address.
          ipv4Enabled: false,
          privateNetwork: props.privateNetwork,
          sslMode: props.sslMode ?? "ENCRYPTED_ONLY",
        },
        backupConfiguration: {
          enabled: true,
          startTime: backup.startTime,
          // PostgreSQL keeps WAL for point-in-time recovery; MySQL needs the binary log (the provider rejects PITR on MySQL).
          ...(postgres ? { pointInTimeRecoveryEnabled: true } : { binaryLogEnabled: true }),
          transactionLogRetentionDays: backup.logRetentionDays,
          backupRetentionSettings: { retainedBackups: backup.retainedBackups, retentionUnit: "COUNT" },
        },
        maintenanceWindow: { day: maintenance.day, hour: maintenance.hour, updateTrack: "stable" },
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
        ...(builtIn.length > 0
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
      lifecycle: { preventDestroy: protect, ignoreChanges: ["settings[0].disk_size"] },
    });
    this.connectionName = `${props.projectId}:${props.region}:${props.name}`;

    for (const db of props.databases ?? []) {
      new SqlDatabase(this, `db-${db}`, { project: props.projectId, instance: this.instance.name, name: db });
    }
    for (const email of props.iamServiceAccounts ?? []) {
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
    for (const user of builtIn) {
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
}
