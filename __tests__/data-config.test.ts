import { configProblems, editYaml, tempKit } from "./helpers";

// Cloud SQL and bucket settings in service files: each case breaks one thing and expects
// the message naming the file, the field and the fix.
const PAYMENTS = "services/payments.yaml";
const CATALOG = "services/catalog.yaml";
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: Array<[string, string, (d: Doc) => void, RegExp]> = [
  [
    "an odd vCPU tier",
    PAYMENTS,
    (d) => {
      d.sql.tier = "db-custom-3-7680";
    },
    /^services\/payments\.yaml: sql\.tier: "db-custom-3-7680" has 3 vCPUs; use 1 or an even number up to 96$/m,
  ],
  [
    "too much memory for the vCPUs",
    PAYMENTS,
    (d) => {
      d.sql.tier = "db-custom-2-16384";
    },
    /payments\.yaml: sql\.tier: "db-custom-2-16384" has 16384 MB for 2 vCPU\(s\); use 3840 to 13312 MB/,
  ],
  [
    "a shared-core tier in production",
    PAYMENTS,
    (d) => {
      d.sql.tier = "db-g1-small";
    },
    /payments\.yaml: sql\.tier: "db-g1-small" is a shared-core type with no SLA, not allowed in production-like environment "stg"; use a dedicated type .* \{ rule: SQL010/,
  ],
  [
    "a disk below the minimum",
    PAYMENTS,
    (d) => {
      d.sql.diskSizeGb = 8;
    },
    /payments\.yaml: sql\.diskSizeGb: diskSizeGb 8 must be a whole number from 10 to 65536/,
  ],
  [
    "an autoresize limit below the disk",
    PAYMENTS,
    (d) => {
      d.sql.diskAutoresizeLimitGb = 15;
    },
    /payments\.yaml: sql\.diskSizeGb: diskAutoresizeLimitGb 15 is below diskSizeGb 20; raise it or use 0 for no limit/,
  ],
  [
    "a version in extended support",
    PAYMENTS,
    (d) => {
      d.sql.version = "POSTGRES_12";
    },
    /payments\.yaml: sql\.version: "POSTGRES_12" left regular support on 2025-02-01 .*; use POSTGRES_18/,
  ],
  [
    "an unknown version",
    PAYMENTS,
    (d) => {
      d.sql.version = "POSTGRES_99";
    },
    /payments\.yaml: sql\.version: "POSTGRES_99" is not a Cloud SQL version the kit supports; use one of POSTGRES_14, POSTGRES_15, POSTGRES_16, POSTGRES_17/,
  ],
  [
    "a MySQL version for PostgreSQL",
    PAYMENTS,
    (d) => {
      d.sql.version = "MYSQL_8_4";
    },
    /payments\.yaml: sql\.version: "MYSQL_8_4" is not a postgres version; use POSTGRES_18/,
  ],
  [
    "an engine the kit does not offer",
    PAYMENTS,
    (d) => {
      d.sql.engine = "sqlserver";
    },
    /payments\.yaml: sql\.engine: "sqlserver" is not allowed; use one of postgres, mysql/,
  ],
  [
    "turning IAM authentication off",
    PAYMENTS,
    (d) => {
      d.sql.flags = { ...d.sql.flags, "cloudsql.iam_authentication": "off" };
    },
    /payments\.yaml: sql\.flags\.cloudsql\.iam_authentication: is set by the kit/,
  ],
  [
    "a PostgreSQL flag on MySQL",
    PAYMENTS,
    (d) => {
      d.sql.engine = "mysql";
      d.sql.flags = { "pgaudit.log": "all" };
    },
    /payments\.yaml: sql\.flags\.pgaudit\.log: is not a MySQL flag \(MySQL flags use underscores/,
  ],
  [
    "a flag name that is no flag",
    PAYMENTS,
    (d) => {
      d.sql.flags = { "Max-Connections": "100" };
    },
    /payments\.yaml: sql\.flags\.Max-Connections: is not a database flag name/,
  ],
  [
    "ZONAL in production without a waiver",
    PAYMENTS,
    (d) => {
      d.sql.availability = "ZONAL";
    },
    /payments\.yaml: sql\.availability: ZONAL is not allowed in production-like environment "stg"; use REGIONAL or add a waiver \{ rule: SQL005/,
  ],
  [
    "a password user without a waiver",
    PAYMENTS,
    (d) => {
      d.sql.builtInUsers = ["legacy"];
    },
    /payments\.yaml: sql\.builtInUsers: password users need a waiver \{ rule: SQL006, reason: \.\.\. \}/,
  ],
  [
    "log retention over 7 days on Enterprise",
    PAYMENTS,
    (d) => {
      d.sql.backup = { logRetentionDays: 14 };
    },
    /payments\.yaml: sql\.backup\.logRetentionDays: must be at most 7 for postgres ENTERPRISE/,
  ],
  [
    "a bucket outside the region",
    CATALOG,
    (d) => {
      d.buckets[0].location = "US";
    },
    /catalog\.yaml: buckets\[0\]\.location: "US" does not contain the environment's region europe-west1; use one of EUROPE-WEST1, EU \(environment "dev"\)/,
  ],
  [
    "two buckets with one name",
    CATALOG,
    (d) => {
      d.buckets[1].name = "images";
    },
    /catalog\.yaml: buckets\[1\]\.name: "images" is used by another bucket of this service/,
  ],
  [
    "a bucket name with goog",
    CATALOG,
    (d) => {
      d.buckets[0].name = "googlebits";
    },
    /catalog\.yaml: buckets\[0\]\.name: must not contain "goog"/,
  ],
  [
    "a soft delete of 100 days",
    CATALOG,
    (d) => {
      d.buckets[0].softDeleteDays = 100;
    },
    /catalog\.yaml: buckets\[0\]\.softDeleteDays: must be 0 \(off\) or 7-90 days/,
  ],
  [
    "a lifecycle rule without a condition",
    CATALOG,
    (d) => {
      d.buckets[1].lifecycle.push({ action: "Delete" });
    },
    /catalog\.yaml: buckets\[1\]\.lifecycle\[2\]: needs a condition/,
  ],
  [
    "a CMEK key in another location",
    CATALOG,
    (d) => {
      d.buckets[0].kmsKey = "projects/acme-security/locations/europe-west4/keyRings/data/cryptoKeys/catalog";
    },
    /catalog\.yaml: buckets\[0\]\.kmsKey: is in location "europe-west4" but a bucket in europe-west1 takes a key in KMS location "europe-west1"/,
  ],
];

describe("Cloud SQL and bucket configuration", () => {
  it.each(cases)("reports %s", (_, file, edit, expected) => {
    const root = tempKit();
    editYaml(root, file, edit);
    expect(configProblems(root).join("\n")).toMatch(expected);
  });

  it("accepts ZONAL and a password user in production when waived, with reasons", () => {
    const root = tempKit();
    editYaml(root, PAYMENTS, (d) => {
      d.sql.availability = "ZONAL";
      d.sql.builtInUsers = ["legacy"];
      d.waivers = [
        { rule: "SQL005", reason: "Batch ledger tolerates a zone outage" },
        { rule: "SQL006", reason: "Vendor reporting tool cannot log in with IAM" },
      ];
    });
    expect(configProblems(root)).toEqual([]);
  });
});
