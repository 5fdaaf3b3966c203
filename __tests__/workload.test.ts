import * as fs from "fs";
import * as path from "path";
import { runSynth } from "../synth/cli";
import { captureConsole, editYaml, KitSubset, REPO_ROOT, resourcesOf, tempKit } from "./helpers";

/**
 * The workload path (issue 25) on the all-options fixture, through `npm run synth` as users
 * run it: what production gets by default, and each weakening refused or waived.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
const PROD_ENV = "config/environments/full.yaml"; // listed in the fixture's productionEnvironments
const SERVICE = "services/everything.yaml";
const { errors } = captureConsole();
/** The production environment and the service with every option: the stacks the cases below read. */
const PRODUCTION_ONLY: KitSubset = { environments: ["full"], services: ["everything"] };

/** Synthesizes a copy of the fixture (by default just PRODUCTION_ONLY) after `edit`; the exit code and, on success, a stack reader. */
function synth(
  edit: (root: string) => void = () => undefined,
  only: KitSubset | "whole estate" = PRODUCTION_ONLY,
): { code: number; stack: (name: string) => Json } {
  const root = tempKit(FIXTURE, only === "whole estate" ? undefined : only);
  edit(root);
  const out = path.join(root, "out");
  const code = runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: out });
  const stack = (name: string) => JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8"));
  return { code, stack };
}

const fails = (edit: (root: string) => void, finding: string, only?: KitSubset | "whole estate") => {
  expect(synth(edit, only).code).toBe(1);
  expect(errors.join("\n")).toContain(finding);
};

describe("production defaults on the synthesized JSON", () => {
  let full: Json = {};
  let svc: Json = {};
  beforeAll(() => {
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const { code, stack } = synth();
    spy.mockRestore();
    expect(code).toBe(0);
    [full, svc] = [stack("full"), stack("svc-everything-full")];
  });

  it("logs the control plane (API server, scheduler, controller manager)", () => {
    const cluster = resourcesOf(full, "google_container_cluster")[0];
    expect(cluster.logging_config.enable_components).toEqual(
      expect.arrayContaining(["APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"]),
    );
  });

  it("encrypts Redis with the environment's key, after granting the Memorystore agent", () => {
    const redis = resourcesOf(svc, "google_redis_instance")[0];
    expect(redis.customer_managed_key).toBe(
      "projects/acmeall-security/locations/europe-west1/keyRings/redis/cryptoKeys/everything",
    );
    const grant = resourcesOf(svc, "google_kms_crypto_key_iam_member").find((g) =>
      /cloud-redis\.iam\.gserviceaccount\.com$/.test(g.member),
    );
    expect(grant).toMatchObject({ role: "roles/cloudkms.cryptoKeyEncrypterDecrypter" });
    expect(grant?.member).toMatch(/^serviceAccount:service-\$\{google_project\..*\.number\}@cloud-redis/);
    expect(redis.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/redis-agent-key/)]));
  });

  it("logs PostgreSQL connections, lock waits, errors and pgAudit", () => {
    const flags = Object.fromEntries(
      resourcesOf(svc, "google_sql_database_instance")[0].settings.database_flags.map((f: Json) => [f.name, f.value]),
    );
    expect(flags).toMatchObject({ log_connections: "on", log_lock_waits: "on", "cloudsql.enable_pgaudit": "on" });
  });
});

describe("weakening refused in production, through npm run synth", () => {
  it("control-plane logs switched off", () =>
    fails(
      (r) =>
        editYaml(r, PROD_ENV, (d) => {
          d.cluster.observability.loggingComponents = ["SYSTEM_COMPONENTS", "WORKLOADS"];
        }),
      "full: full/cluster/cluster [GKE030]",
    ));

  it("backups without a customer-managed key (an error now, not a warning)", () =>
    fails(
      (r) =>
        editYaml(r, PROD_ENV, (d) => {
          delete d.cluster.backup.encryptionKey;
        }),
      "[BKP001]",
    ));

  it("statement text in the database logs once its waiver goes", () =>
    fails(
      (r) =>
        editYaml(r, SERVICE, (d) => {
          d.waivers = d.waivers.filter((w: Json) => w.rule !== "SQL009");
        }),
      "svc-everything-full: svc-everything-full/sql/instance [SQL009]",
    ));

  it("a database logging flag switched off", () =>
    fails(
      (r) =>
        editYaml(r, SERVICE, (d) => {
          d.sql.flags.log_connections = "off";
        }),
      "[SQL008]",
    ));

  it("bucket soft delete switched off", () =>
    fails(
      (r) =>
        editYaml(r, SERVICE, (d) => {
          d.buckets[0].softDeleteDays = 0;
        }),
      "[GCS005]",
    ));

  it("an allow rule for every address that skips the per-client rate limit", () =>
    fails(
      (r) =>
        editYaml(r, SERVICE, (d) => {
          d.armor.allowCidrs = ["0.0.0.0/1", "128.0.0.0/1"];
        }),
      "[ARM007]",
    ));

  it("a host under another service's wildcard on the shared Gateway", () =>
    fails(
      (r) =>
        editYaml(r, "services/minimal.yaml", (d) => {
          d.environments = ["alt", "full"];
          d.route = { type: "gateway", hostnames: { full: ["pay.shop.example.com"] } };
        }),
      'services/minimal.yaml: route.hostnames.full[0]: "pay.shop.example.com" falls under "*.shop.example.com" of services/everything.yaml in full',
      "whole estate",
    ));
});
