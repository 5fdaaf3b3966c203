import { cronMinInterval } from "../lib/gcp/backup";
import { machineTypeProblem } from "../lib/gcp/machine-types";
import { configProblems, editYaml, tempKit } from "./helpers";

const DEV = "config/environments/dev.yaml";
const PRD = "config/environments/prd.yaml";
const PAYMENTS = "services/payments.yaml";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const exclusion = (name: string, start: string, end: string, scope = "NO_UPGRADES") => ({
  name,
  startTime: `${start}T00:00:00Z`,
  endTime: `${end}T00:00:00Z`,
  scope,
});

/**
 * Values the kit's schema would let through but the Google APIs reject. Each case breaks
 * one value and expects the file, the field and a fix.
 */
const corpus: Array<[string, string, (d: Doc) => void, RegExp]> = [
  [
    "an Armor rate-based ban count above the API's 10,000",
    PRD,
    (d) => {
      d.armor.rateLimit = { count: 20_000, intervalSec: 60, banDurationSec: 600 };
    },
    /^config\/environments\/prd\.yaml: armor\.rateLimit\.count: must be a whole number from 1 to 10,000 for a rate-based ban \(banDurationSec set\) rule, got 20000; lower it or lengthen intervalSec$/m,
  ],
  [
    "an Armor ban duration the API does not offer",
    PRD,
    (d) => {
      d.armor.rateLimit.banDurationSec = 86_400;
    },
    /^config\/environments\/prd\.yaml: armor\.rateLimit\.banDurationSec: must be one of 10, 30, 60, .*, 3600 seconds, got 86400$/m,
  ],
  [
    "an Armor CIDR with an octet above 255",
    PAYMENTS,
    (d) => {
      d.armor.denyCidrs = ["10.0.0.0/8", "203.0.113.300/32"];
    },
    /^services\/payments\.yaml: armor\.denyCidrs\[1\]: "203\.0\.113\.300\/32" has an octet above 255$/m,
  ],
  [
    "a WAF rule set listed twice",
    PAYMENTS,
    (d) => {
      d.armor.wafRules = ["sqli-v33-stable", "xss-v33-stable", "lfi-v33-stable", "cve-canary", "sqli-v33-stable"].map(
        (ruleSet) => ({ ruleSet }),
      );
    },
    /^services\/payments\.yaml: armor\.wafRules\[4\]\.ruleSet: "sqli-v33-stable" is listed twice; keep one entry per rule set$/m,
  ],
  [
    "a backup kept longer than 360 x its daily schedule",
    PRD,
    (d) => {
      d.cluster.backup.retainDays = 365;
    },
    /^config\/environments\/prd\.yaml: cluster\.backup\.retainDays: \(365\) is more than 360 x the schedule's shortest interval \(1440 min\), i\.e\. 360 days; Backup for GKE rejects it: lower retainDays or run the schedule less often$/m,
  ],
  [
    "an hourly backup kept 30 days",
    PRD,
    (d) => {
      d.cluster.backup.schedule = "0 * * * *";
    },
    /prd\.yaml: cluster\.backup\.retainDays: \(30\) is more than 360 x the schedule's shortest interval \(60 min\), i\.e\. 15 days/,
  ],
  [
    "a cron field out of range",
    PRD,
    (d) => {
      d.cluster.backup.schedule = "0 25 * * *";
    },
    /^config\/environments\/prd\.yaml: cluster\.backup\.schedule: "0 25 \* \* \*": hour "25" is outside 0-23$/m,
  ],
  [
    "a NO_UPGRADES exclusion longer than 30 days",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions = [exclusion("long-freeze", "2026-12-01", "2027-01-15")];
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions\[0\]\.endTime: makes a 45-day NO_UPGRADES exclusion; GKE allows at most 30 days: shorten it, or use scope NO_MINOR_UPGRADES/m,
  ],
  [
    "a NO_MINOR_UPGRADES exclusion past any end of support",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions = [exclusion("forever", "2027-01-01", "2028-06-01", "NO_MINOR_UPGRADES")];
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions\[0\]\.endTime: makes a 517-day NO_MINOR_UPGRADES exclusion; GKE ends these at the end of support of the cluster's minor version, at most 434 days away \(longer on the EXTENDED channel\): shorten it$/m,
  ],
  [
    "a NO_UPGRADES exclusion until the end of support",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions = [
        { name: "hold", startTime: "2027-01-01T00:00:00Z", endTime: "END_OF_SUPPORT" },
      ];
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions\[0\]\.endTime: END_OF_SUPPORT needs scope NO_MINOR_UPGRADES or NO_MINOR_OR_NODE_UPGRADES/m,
  ],
  [
    "chained NO_UPGRADES exclusions",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions = [
        exclusion("a", "2026-12-01", "2026-12-20"),
        exclusion("b", "2026-12-21", "2027-01-05"),
      ];
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions\[1\]\.startTime: starts 24 h after "a" ends; NO_UPGRADES exclusions must leave at least 48 h/m,
  ],
  [
    "more than three NO_UPGRADES exclusions",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions = ["01", "03", "05", "07"].map((m) =>
        exclusion(`f${m}`, `2027-${m}-01`, `2027-${m}-05`),
      );
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions: has 4 NO_UPGRADES exclusions; GKE allows at most 3/m,
  ],
  [
    "two exclusions with one name",
    PRD,
    (d) => {
      d.cluster.maintenanceExclusions.push({
        ...d.cluster.maintenanceExclusions[0],
        startTime: "2027-06-01T00:00:00Z",
        endTime: "2027-06-05T00:00:00Z",
      });
    },
    /^config\/environments\/prd\.yaml: cluster\.maintenanceExclusions\[1\]\.name: "year-end-freeze" is used by another exclusion; names must be unique$/m,
  ],
  [
    "a maintenance window shorter than 4 hours",
    DEV,
    (d) => {
      d.cluster.maintenanceWindow = {
        startTime: "2026-01-06T01:00:00Z",
        endTime: "2026-01-06T04:00:00Z",
        recurrence: "FREQ=DAILY",
      };
    },
    /^config\/environments\/dev\.yaml: cluster\.maintenanceWindow: is 3 h long; GKE counts only windows of at least 4 contiguous hours: lengthen it to 4 h or more$/m,
  ],
  [
    "a Google Groups for RBAC group not named gke-security-groups",
    PRD,
    (d) => {
      d.cluster.rbacSecurityGroup = "gke-admins@example.com";
    },
    /^config\/environments\/prd\.yaml: cluster\.rbacSecurityGroup: "gke-admins@example\.com" is not named as GKE requires: gke-security-groups@<your domain>/m,
  ],
  [
    "a Secrets KMS key outside the cluster's region",
    PRD,
    (d) => {
      d.cluster.secretsEncryptionKey =
        "projects/acme-security-prd/locations/us-central1/keyRings/gke/cryptoKeys/prd-secrets";
    },
    /^config\/environments\/prd\.yaml: cluster\.secretsEncryptionKey: is a key in "us-central1"; GKE needs the key in the cluster's region europe-west1: create a key ring there$/m,
  ],
  [
    "a global Secrets KMS key",
    PRD,
    (d) => {
      d.cluster.secretsEncryptionKey =
        "projects/acme-security-prd/locations/global/keyRings/gke/cryptoKeys/prd-secrets";
    },
    /prd\.yaml: cluster\.secretsEncryptionKey: is a key in "global"; GKE needs the key in the cluster's region europe-west1/,
  ],
  [
    "a budget in another currency than the billing account's",
    PAYMENTS,
    (d) => {
      d.budget.currency = "USD";
    },
    /^services\/payments\.yaml: budget\.currency: is USD, but the billing account's currency is EUR \(billingCurrency in config\/platform\.yaml\) and the Budget API accepts no other: remove currency here$/m,
  ],
  [
    "an N2 shape that does not exist",
    PRD,
    (d) => {
      d.cluster.nodePools[1].machineType = "n2-highmem-6";
    },
    /^config\/environments\/prd\.yaml: cluster\.nodePools\[1\]\.machineType: "n2-highmem-6" does not exist; n2-highmem comes in 2, 4, 8, 16, 32, 48, 64, 80, 96, 128$/m,
  ],
  [
    "an E2 custom type with an odd vCPU count",
    PRD,
    (d) => {
      d.cluster.nodePools[0].machineType = "e2-custom-3-6144";
    },
    /prd\.yaml: cluster\.nodePools\[0\]\.machineType: "e2-custom-3-6144": a e2 custom type takes an even number from 2 to 32 vCPUs, not 3/,
  ],
  [
    "an E2 custom type with too much memory per vCPU",
    PRD,
    (d) => {
      d.cluster.nodePools[0].machineType = "e2-custom-4-40960";
    },
    /prd\.yaml: cluster\.nodePools\[0\]\.machineType: "e2-custom-4-40960": 4 e2 vCPUs take 2-32 GB of memory \(0\.5-8 GB per vCPU, at most 128 GB\), not 40 GB/,
  ],
  [
    "a machine family that does not exist",
    PRD,
    (d) => {
      d.cluster.nodePools[0].machineType = "x9-standard-4";
    },
    /prd\.yaml: cluster\.nodePools\[0\]\.machineType: "x9-standard-4" is not a machine type of a known family .*add the family to lib\/gcp\/machine-types\.ts/,
  ],
  [
    "a Hyperdisk-only machine on a Persistent Disk",
    PRD,
    (d) => {
      d.cluster.nodePools[0].machineType = "n4-standard-8";
    },
    /^config\/environments\/prd\.yaml: cluster\.nodePools\[0\]\.diskType: pd-balanced cannot be the boot disk of n4 machines \(n4-standard-8\); n4 boots from Hyperdisk only/m,
  ],
  [
    "a node pool soak longer than 7 days",
    PRD,
    (d) => {
      d.cluster.nodePools[0].upgrade.nodePoolSoakDuration = "864000s";
    },
    /^config\/environments\/prd\.yaml: cluster\.nodePools\[0\]\.upgrade\.nodePoolSoakDuration: \(864000s\) is longer than GKE's 7 days \(604800s\); shorten it$/m,
  ],
  [
    "a taint value Kubernetes rejects",
    PRD,
    (d) => {
      d.cluster.nodePools[1].taints[0].value = "high memory";
    },
    /^config\/environments\/prd\.yaml: cluster\.nodePools\[1\]\.taints\[0\]\.value: "high memory" is not a valid Kubernetes taint value/m,
  ],
  [
    "kube-state metrics without Managed Prometheus (dev's default)",
    DEV,
    (d) => {
      d.cluster.observability = { monitoringComponents: ["SYSTEM_COMPONENTS", "POD"] };
    },
    /^config\/environments\/dev\.yaml: cluster\.observability\.monitoringComponents: POD are kube state metrics, collected by Managed Prometheus: set managedPrometheus: true or drop them$/m,
  ],
  [
    "a Redis version the kit does not offer",
    PAYMENTS,
    (d) => {
      d.redis.version = "REDIS_5_0";
    },
    /^services\/payments\.yaml: redis\.version: "REDIS_5_0" is not allowed; use one of REDIS_6_X, REDIS_7_0, REDIS_7_2/m,
  ],
  [
    "a Redis instance above 300 GB",
    PAYMENTS,
    (d) => {
      d.redis.memorySizeGb = 301;
    },
    /^services\/payments\.yaml: redis\.memorySizeGb: must be at most 300$/m,
  ],
  [
    "more labels than a resource can carry",
    DEV,
    (d) => {
      d.labels = Object.fromEntries(Array.from({ length: 59 }, (_, i) => [`k${i}`, "v"]));
    },
    /^config\/environments\/dev\.yaml: labels: with config\/platform\.yaml's labels and the 5 the kit sets \(environment, managed-by, service, team, cost-center\), resources would carry 65 labels; Google Cloud allows 64: remove some$/m,
  ],
  [
    "a platform without its billing currency",
    "config/platform.yaml",
    (d) => {
      delete d.billingCurrency;
    },
    /^config\/platform\.yaml: billingCurrency: is required/m,
  ],
];

describe("values the API would reject are config errors", () => {
  it.each(corpus)("reports %s", (_name, file, edit, expected) => {
    const root = tempKit();
    editYaml(root, file, edit);
    expect(configProblems(root).join("\n")).toMatch(expected);
  });

  it("accepts the shipped configuration (the limits do not reject what works)", () => {
    expect(configProblems(tempKit()).join("\n")).toBe("");
  });
});

describe("rule data", () => {
  it("computes a cron schedule's shortest interval, leap days and month ends included", () => {
    expect(cronMinInterval("0 2 * * *")).toBe(1440);
    expect(cronMinInterval("*/15 * * * *")).toBe(15);
    expect(cronMinInterval("0 1,13 * * *")).toBe(720);
    expect(cronMinInterval("0 2 * * MON,WED")).toBe(2 * 1440);
    expect(cronMinInterval("0 2 5/10 * *")).toBe(8 * 1440); // 25 Feb to 5 Mar
    expect(cronMinInterval("0 0 30 2 *")).toBe('"0 0 30 2 *" never runs');
    expect(cronMinInterval("0 2 * *")).toMatch(/must have 5 fields/);
  });

  it("knows which machine types exist", () => {
    for (const ok of [
      "e2-standard-4",
      "e2-medium",
      "n2-highmem-16",
      "n2d-standard-224",
      "c3-standard-22-lssd",
      "custom-2-4096",
      "n2-custom-36-73728",
      "a2-highgpu-1g",
    ]) {
      expect([ok, machineTypeProblem(ok)]).toEqual([ok, undefined]);
    }
    expect(machineTypeProblem("n2-custom-34-69632")).toMatch(
      /an even number up to 32, then a multiple of 4 up to 128 vCPUs, not 34/,
    );
    expect(machineTypeProblem("e2-custom-2-1000")).toMatch(/multiple of 256 MiB/);
    expect(machineTypeProblem("c2-highmem-4")).toMatch(/c2 has no "highmem" shape/);
  });
});
