import { configWarnings } from "../lib/config/estate-checks";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { ConfigError } from "../lib/config/errors";
import { loadConfig } from "../lib/config/load";
import { configProblems, editYaml, tempKit, FIXTURE_ROOT } from "./helpers";

// Mistakes an adopter makes that validation reports with the file, the field and the fix.
// Each case breaks a copy of the fixture estate; its twin shows the check passes when fixed.

const DEV = "config/environments/dev.yaml";
const STG = "config/environments/stg.yaml";
const PRD = "config/environments/prd.yaml";
const PAYMENTS = "services/payments.yaml";
const CATALOG = "services/catalog.yaml";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsAfter(...edits: [string, (d: Json) => void][]): string[] {
  const root = tempKit();
  for (const [file, edit] of edits) editYaml(root, file, edit);
  return configProblems(root);
}

describe("validation an adopter can trust", () => {
  it("refuses two environments sharing a folder, unless the later one waives it", () => {
    let folder = "";
    const share = (d: Json) => (d.folderId = folder);
    const root = tempKit();
    editYaml(root, DEV, (d) => (folder = d.folderId));
    expect(problemsAfter([STG, share])).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${STG}: folderId: "${folder}" is also the folder of dev \\(${DEV}\\): .* give stg a folder of its own, or waive it with sharedFolder: \\{ reason: \\.\\.\\. \\}$`,
        ),
      ),
    ]);
    expect(
      problemsAfter([
        STG,
        (d) => ((d.folderId = folder), (d.sharedFolder = { reason: "One folder for the test estate" })),
      ]),
    ).toEqual([]);
  });

  it("refuses a pods range or node subnet too small for the pools at their largest in all their zones", () => {
    const problems = problemsAfter([
      DEV,
      (d) => {
        d.network.subnetCidr = "10.10.0.0/24";
        d.network.podsCidr = "10.12.0.0/16";
        d.cluster.nodePools = [{ name: "general", machineType: "e2-standard-4", minNodes: 1, maxNodes: 100 }];
      },
    ]);
    expect(problems).toEqual([
      `${DEV}: network.podsCidr: 10.12.0.0/16 holds 256 nodes (each node takes a /24 of it for up to 110 pods), but the node pools can grow to 300 nodes (general: 100 per zone x 3 zones; minNodes and maxNodes count per zone in a regional cluster); use a /15 or larger, or lower maxNodes`,
      `${DEV}: network.subnetCidr: 10.10.0.0/24 holds 252 nodes (each node takes one address, Google keeps 4), but the node pools can grow to 300 nodes (general: 100 per zone x 3 zones; minNodes and maxNodes count per zone in a regional cluster); use a /23 or larger, or lower maxNodes`,
    ]);
    // Pinned to one zone, the same pool fits.
    expect(
      problemsAfter([
        DEV,
        (d) => {
          d.network.podsCidr = "10.12.0.0/16";
          d.cluster.nodePools = [
            { name: "general", machineType: "e2-standard-4", minNodes: 1, maxNodes: 100, zones: ["europe-west1-b"] },
          ];
        },
      ]),
    ).toEqual([]);
  });

  it("refuses a Backup for GKE key in another region than the cluster", () => {
    const problems = problemsAfter([
      PRD,
      (d) =>
        (d.cluster.backup.encryptionKey = d.cluster.backup.encryptionKey.replace(
          /locations\/[^/]+/,
          "locations/europe-west4",
        )),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^config\/environments\/prd\.yaml: cluster\.backup\.encryptionKey: is in location "europe-west4" but the cluster is in europe-west1: .* use a key ring in europe-west1$/,
      ),
    ]);
  });

  it("warns of a backup block that is ignored because backups are off", () => {
    const root = tempKit();
    editYaml(root, DEV, (d) => (d.cluster.backup = { schedule: "0 3 * * *" }));
    editYaml(root, PRD, (d) => (d.cluster.backup.enabled = false));
    expect(configProblems(root)).toEqual([]);
    expect(configWarnings(loadConfig(root).environments).map((w) => `${w.file}: ${w.field}: ${w.message}`)).toEqual([
      `${DEV}: cluster.backup: is ignored: backups are off in dev (on by default only in production-like environments); set cluster.backup.enabled: true, or remove the block`,
      `${PRD}: cluster.backup: is ignored: backups are off in prd (enabled: false); set cluster.backup.enabled: true, or remove the block`,
    ]);
    editYaml(root, DEV, (d) => (d.cluster.backup.enabled = true));
    expect(configWarnings(loadConfig(root).environments).map((w) => w.file)).toEqual([PRD]);
  });

  it("refuses an invalid address in a NetworkPolicy egress rule", () => {
    const problems = problemsAfter([
      PAYMENTS,
      (d) =>
        (d.networkAccess = {
          egress: [
            { cidr: "300.1.2.3/32", ports: [443] },
            { cidr: "10.0.0.1/8", ports: [5432] },
          ],
        }),
    ]);
    expect(problems).toEqual([
      `${PAYMENTS}: networkAccess.egress[0].cidr: "300.1.2.3/32" has an octet above 255; write the destination's network`,
      `${PAYMENTS}: networkAccess.egress[1].cidr: "10.0.0.1/8" has host bits set; the network address is 10.0.0.0/8; write the destination's network`,
    ]);
  });

  it("refuses a database listed twice, naming the file", () => {
    expect(problemsAfter([PAYMENTS, (d) => (d.sql.databases = ["ledger", "payments", "ledger"])])).toEqual([
      `${PAYMENTS}: sql.databases[2]: "ledger" is listed twice; list each database once`,
    ]);
  });

  it("refuses a Cloud SQL backup count the transaction-log retention cannot hold", () => {
    expect(problemsAfter([PAYMENTS, (d) => (d.sql.backup = { retainedBackups: 7, logRetentionDays: 7 })])).toEqual([
      `${PAYMENTS}: sql.backup.retainedBackups: 7 retained backups cannot hold 7 days of transaction logs: Cloud SQL needs more backups than log days (point-in-time recovery starts from a backup); set retainedBackups above 7 or logRetentionDays below 7`,
    ]);
    expect(problemsAfter([PAYMENTS, (d) => (d.sql.backup = { retainedBackups: 8, logRetentionDays: 7 })])).toEqual([]);
  });

  it("accepts an EU bucket with a key in KMS location europe, and refuses one in a region", () => {
    const key = (location: string) => `projects/acme-kms/locations/${location}/keyRings/data/cryptoKeys/exports`;
    const withKey = (location: string) => (d: Json) => {
      const bucket = d.buckets.find((b: Json) => b.location === "EU");
      bucket.kmsKey = key(location);
    };
    expect(problemsAfter([CATALOG, withKey("europe")])).toEqual([]);
    expect(problemsAfter([CATALOG, withKey("europe-west1")])).toEqual(
      loadConfig(FIXTURE_ROOT)
        .services.find((s) => s.name === "catalog")!
        .environments.map(
          (env) =>
            `services/catalog.yaml: buckets[1].kmsKey: is in location "europe-west1" but a bucket in EU takes a key in KMS location "europe" (environment "${env}"); use a key ring there`,
        ),
    );
  });

  it("checks the state buckets' key location the same way (config/bootstrap.yaml)", () => {
    const root = tempKit();
    const bootstrapProblems = (location: string) => {
      editYaml(root, "config/bootstrap.yaml", (d) => {
        d.stateBucketLocation = "EU";
        d.state.kmsKeyName = `projects/acme-kms/locations/${location}/keyRings/ci/cryptoKeys/state`;
      });
      try {
        loadBootstrapConfig(root, loadConfig(root).environments);
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
      }
    };
    expect(bootstrapProblems("europe")).toEqual([]);
    expect(bootstrapProblems("europe-west1")).toEqual([
      'config/bootstrap.yaml: state.kmsKeyName: is in location "europe-west1" but state buckets in EU take a key in KMS location "europe"; use a key ring there',
    ]);
  });
});
