import { SqlInstance, SqlInstanceProps } from "../../constructs/sql-instance";
import { sqlIamUser, sqlTierProblem } from "../../lib/gcp/sql";
import { onlyResource, resourcesOf, synthConstruct } from "../helpers";
import { RULES } from "../../lib/policy/rules";

const EMAIL = "wi-payments@acme-payments-prd.iam.gserviceaccount.com";

const sqlProps: SqlInstanceProps = {
  projectId: "acme-payments-prd",
  region: "europe-west1",
  name: "payments-prd",
  engine: "postgres",
  privateNetwork: "projects/acme-gke-prd/global/networks/vpc-prd",
  databases: ["payments"],
  iamServiceAccounts: [EMAIL],
};

describe("SqlInstance (PostgreSQL)", () => {
  const { json } = synthConstruct((s) => new SqlInstance(s, "sql", sqlProps));
  const instance = onlyResource(json, "google_sql_database_instance");
  const settings = instance.settings;

  it("has a private IP on the Shared VPC and no public IP", () => {
    expect(settings.ip_configuration).toEqual({
      ipv4_enabled: false,
      private_network: "projects/acme-gke-prd/global/networks/vpc-prd",
      ssl_mode: "ENCRYPTED_ONLY",
    });
  });

  it("is protected from deletion by Terraform, by the API and by prevent_destroy", () => {
    expect(instance.deletion_protection).toBe(true);
    expect(settings.deletion_protection_enabled).toBe(true);
    expect(instance.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ["settings[0].disk_size"] });
  });

  it("runs regional HA with backups, point-in-time recovery, Query Insights and a maintenance window", () => {
    expect(settings.availability_type).toBe("REGIONAL");
    expect(settings.backup_configuration).toMatchObject({
      enabled: true,
      point_in_time_recovery_enabled: true,
      transaction_log_retention_days: 7,
    });
    expect(settings.backup_configuration.binary_log_enabled).toBeUndefined();
    expect(settings.insights_config.query_insights_enabled).toBe(true);
    expect(settings.maintenance_window).toEqual({ day: 7, hour: 3, update_track: "stable" });
  });

  it("sets the edition explicitly and the version to the newest in regular support", () => {
    expect(instance.database_version).toBe("POSTGRES_18");
    expect(settings.edition).toBe("ENTERPRISE");
    expect(settings.tier).toBe("db-custom-1-3840");
  });

  it("turns IAM database authentication on and adds the workload as an IAM user without a password", () => {
    expect(settings.database_flags[0]).toEqual({ name: "cloudsql.iam_authentication", value: "on" });
    const user = onlyResource(json, "google_sql_user");
    expect(user).toMatchObject({ name: "wi-payments@acme-payments-prd.iam", type: "CLOUD_IAM_SERVICE_ACCOUNT" });
    expect(user.password).toBeUndefined();
    expect(
      resourcesOf(json, "google_project_iam_member")
        .map((m) => `${m.role} ${m.member}`)
        .sort(),
    ).toEqual([`roles/cloudsql.client serviceAccount:${EMAIL}`, `roles/cloudsql.instanceUser serviceAccount:${EMAIL}`]);
  });

  it("logs connections, disconnections, checkpoints, lock waits, errors and pgAudit's DDL and role changes, no statement text", () => {
    const flags = Object.fromEntries(
      settings.database_flags.map((f: { name: string; value: string }) => [f.name, f.value]),
    );
    expect(flags).toMatchObject({
      log_connections: "on",
      log_disconnections: "on",
      log_checkpoints: "on",
      log_lock_waits: "on",
      log_min_error_statement: "error",
      "cloudsql.enable_pgaudit": "on",
      "pgaudit.log": "ddl,role",
    });
    expect(Object.keys(flags)).not.toContain("log_min_duration_statement");
    expect(Object.keys(flags)).not.toContain("log_statement");
  });

  it("lets a service change a logging value without sending a flag twice", () => {
    const { json: changed } = synthConstruct(
      (s) => new SqlInstance(s, "sql", { ...sqlProps, flags: { "pgaudit.log": "ddl,role,write" } }),
    );
    const flags = onlyResource(changed, "google_sql_database_instance").settings.database_flags as {
      name: string;
      value: string;
    }[];
    expect(flags.filter((f) => f.name === "pgaudit.log")).toEqual([{ name: "pgaudit.log", value: "ddl,role,write" }]);
    expect(new Set(flags.map((f) => f.name)).size).toBe(flags.length);
  });

  it("creates the databases", () => {
    expect(onlyResource(json, "google_sql_database")).toMatchObject({ name: "payments", project: "acme-payments-prd" });
  });
});

describe("SqlInstance (MySQL)", () => {
  const { json } = synthConstruct((s) => new SqlInstance(s, "sql", { ...sqlProps, engine: "mysql" }));
  const settings = onlyResource(json, "google_sql_database_instance").settings;

  it("uses the binary log for point-in-time recovery (the provider refuses the PostgreSQL flag on MySQL)", () => {
    expect(settings.backup_configuration.binary_log_enabled).toBe(true);
    expect(settings.backup_configuration.point_in_time_recovery_enabled).toBeUndefined();
  });

  it("uses MySQL's IAM flag and user naming", () => {
    expect(onlyResource(json, "google_sql_database_instance").database_version).toBe("MYSQL_8_4");
    expect(settings.database_flags).toEqual([
      { name: "cloudsql_iam_authentication", value: "on" },
      { name: "cloudsql_mysql_audit", value: "ON" },
      { name: "local_infile", value: "off" },
      { name: "skip_show_database", value: "on" },
    ]);
    expect(onlyResource(json, "google_sql_user").name).toBe(EMAIL);
    expect(sqlIamUser("mysql", EMAIL).loginName).toBe("wi-payments");
  });
});

describe("SqlInstance built-in users", () => {
  it("are synthesized as Google accepts them: whether they are allowed is the rule pack's decision (SQL006)", () => {
    const { json } = synthConstruct((s) => new SqlInstance(s, "sql", { ...sqlProps, builtInUsers: ["legacy"] }));
    const user = resourcesOf(json, "google_sql_user").find((u) => u.type === "BUILT_IN")!;
    expect(RULES.find((r) => r.id === "SQL006")!.check(user, { productionLike: false })).toBe(false);
  });

  it("take their password from a sensitive variable into a write-only argument, never state", () => {
    const { json } = synthConstruct(
      (s) =>
        new SqlInstance(s, "sql", {
          ...sqlProps,
          builtInUsers: ["legacy"],
        }),
    );
    const user = resourcesOf(json, "google_sql_user").find((u) => u.type === "BUILT_IN")!;
    expect(user.password).toBeUndefined();
    expect(user.password_wo).toBe("${var.payments_prd_legacy_password}");
    expect(json.variable.payments_prd_legacy_password.sensitive).toBe(true);
    expect(onlyResource(json, "google_sql_database_instance").settings.password_validation_policy).toMatchObject({
      enable_password_policy: true,
      min_length: 16,
    });
  });
});

describe("SqlInstance prop validation", () => {
  const build = (props: Partial<SqlInstanceProps>) => () =>
    synthConstruct((s) => new SqlInstance(s, "sql", { ...sqlProps, ...props }));

  it.each<[string, Partial<SqlInstanceProps>, RegExp]>([
    [
      "an odd vCPU count",
      { tier: "db-custom-3-7680" },
      /prop "tier" "db-custom-3-7680" has 3 vCPUs; use 1 or an even number up to 96/,
    ],
    [
      "too little memory per vCPU",
      { tier: "db-custom-8-7168" },
      /prop "tier" "db-custom-8-7168" has 7168 MB for 8 vCPU\(s\); use 7424 to 53248 MB/,
    ],
    ["memory off the 256 MB grid", { tier: "db-custom-2-7000" }, /must be a multiple of 256 MB/],
    [
      "an Enterprise Plus type in Enterprise",
      { tier: "db-perf-optimized-N-4" },
      /is an Enterprise Plus type; set edition: ENTERPRISE_PLUS/,
    ],
    [
      "a custom type in Enterprise Plus",
      { edition: "ENTERPRISE_PLUS", tier: "db-custom-2-7680" },
      /Enterprise Plus needs db-perf-optimized-N-<vCPUs>/,
    ],
    ["a disk below 10 GB", { diskSizeGb: 5 }, /prop "diskSizeGb" diskSizeGb 5 must be a whole number from 10 to 65536/],
    [
      "an autoresize limit below the disk",
      { diskSizeGb: 100, diskAutoresizeLimitGb: 50 },
      /diskAutoresizeLimitGb 50 is below diskSizeGb 100/,
    ],
    [
      "a version out of regular support",
      { version: "POSTGRES_13" as never },
      /"POSTGRES_13" left regular support on 2026-02-01 .*use POSTGRES_18/,
    ],
    ["a MySQL version on PostgreSQL", { version: "MYSQL_8_4" }, /"MYSQL_8_4" is not a postgres version/],
    [
      "overriding the IAM flag",
      { flags: { "cloudsql.iam_authentication": "off" } },
      /prop "flags.cloudsql.iam_authentication" is set by the kit/,
    ],
    [
      "a PostgreSQL flag on MySQL",
      { engine: "mysql", version: "MYSQL_8_4", flags: { "cloudsql.logical_decoding": "on" } },
      /is not a MySQL flag/,
    ],
    [
      "a maintenance day 0",
      { maintenance: { day: 0, hour: 3 } },
      /prop "maintenance.day" must be a whole number from 1 to 7/,
    ],
    ["a bad database name", { databases: ["Payments-DB"] }, /prop "databases\[0\]" "Payments-DB"/],
  ])("refuses %s", (_, props, message) => {
    expect(build(props)).toThrow(message);
  });

  it("accepts what Google accepts, leaving production decisions to the rule pack (SQL005, SQL010)", () => {
    const { json } = synthConstruct(
      (s) => new SqlInstance(s, "sql", { ...sqlProps, availability: "ZONAL", tier: "db-f1-micro" }),
    );
    const instance = onlyResource(json, "google_sql_database_instance");
    const failed = (ctx: { productionLike: boolean }) =>
      RULES.filter((r) => r.resourceTypes.includes("google_sql_database_instance") && !r.check(instance, ctx)).map(
        (r) => r.id,
      );
    expect(failed({ productionLike: true })).toEqual(expect.arrayContaining(["SQL005", "SQL010"]));
    expect(failed({ productionLike: false })).not.toEqual(expect.arrayContaining(["SQL005"]));
    expect(failed({ productionLike: false })).not.toEqual(expect.arrayContaining(["SQL010"]));
  });

  it("reports every problem at once", () => {
    expect(build({ tier: "db-custom-3-7680", diskSizeGb: 5 })).toThrow(
      /has invalid props:\n {2}- prop "tier"[\s\S]*\n {2}- prop "diskSizeGb"/,
    );
  });
});

describe("Cloud SQL machine type rules", () => {
  it.each([
    ["db-custom-1-3840", undefined],
    ["db-custom-2-13312", undefined],
    ["db-custom-96-638976", undefined],
    ["db-custom-1-3584", /use 3840 to 6656 MB/],
    ["db-custom-2-13568", /use 3840 to 13312 MB/],
    ["db-custom-98-638976", /has 98 vCPUs/],
    ["n1-standard-2", /is not a Cloud SQL machine type/],
  ])("%s", (tier, problem) => {
    const found = sqlTierProblem(tier, "ENTERPRISE");
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
