import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runSynth } from "../synth/cli";
import { runBootstrapSynth, BOOTSTRAP_STACK } from "../bootstrap/main";
import { loadConfig } from "../lib/config/load";
import { RULES, RuleContext } from "../lib/policy/rules";
import { AUDITED_APIS, DATA_ACCESS_LOG_TYPES } from "../lib/gcp/audit";
import { admittedBy, registryTarget } from "../lib/gcp/artifact-registry";
import { SQL_AUTH_PROXY_IMAGE } from "../lib/gcp/sql";
import { captureConsole, editYaml, FIXTURE_ROOT, Json, KitSubset, REPO_ROOT, resourcesOf, tempKit } from "./helpers";

/**
 * Audit logs and the images the kit references (issue 25), on the synthesized JSON and through
 * `npm run synth` as users run it: Data Access audit logs where data lives, the kit's sidecar
 * admitted and pullable, trusted registries readable by the nodes and scanned, and the
 * production weakenings (scanning off, private Google API DNS off) refused.
 */

const ALL_OPTIONS = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
const PROD_ENV = "config/environments/full.yaml";
const { errors } = captureConsole();
const kit = loadConfig(FIXTURE_ROOT);
/** The all-options fixture's production environment and its service with Cloud SQL: all the cases below need. */
const PRODUCTION: KitSubset = { environments: ["full"], services: ["everything"] };

function synth(from: string, edit: (root: string) => void = () => undefined, only?: KitSubset) {
  const root = tempKit(from, only);
  edit(root);
  const out = path.join(root, "out");
  const code = runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: out });
  const stack = (name: string): Json =>
    JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8"));
  return { code, stack };
}
const fails = (from: string, edit: (root: string) => void, finding: string, only?: KitSubset) => {
  expect(synth(from, edit, only).code).toBe(1);
  expect(errors.join("\n")).toContain(finding);
};

describe("on the shipped estate's synthesized JSON", () => {
  let stack: (name: string) => Json = () => ({});
  beforeAll(() => {
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const result = synth(FIXTURE_ROOT);
    spy.mockRestore();
    expect(result.code).toBe(0);
    stack = result.stack;
  });

  it("audits every data service a service project enables, with every Data Access log type", () => {
    for (const svc of kit.services) {
      for (const env of svc.environments) {
        const json = stack(`svc-${svc.name}-${env}`);
        const enabled = resourcesOf(json, "google_project_service").map((s) => s.service);
        const audited = resourcesOf(json, "google_project_iam_audit_config");
        const expected = [...new Set(enabled.filter((a) => a in AUDITED_APIS).map((a) => AUDITED_APIS[a]))].sort();
        expect(audited.map((a) => a.service).sort()).toEqual(expected);
        // Secret Manager is on in every service project, so there is always at least one.
        expect(expected).toContain("secretmanager.googleapis.com");
        for (const a of audited) {
          expect(a.audit_log_config.map((l: Json) => l.log_type)).toEqual([...DATA_ACCESS_LOG_TYPES]);
          expect(a.project).toMatch(/^\$\{google_project\./);
        }
      }
    }
  });

  it("admits the Cloud SQL Auth Proxy the hand-off names, where a service uses Cloud SQL", () => {
    for (const env of kit.environments.filter((e) => e.cluster.binaryAuthorization !== false)) {
      const usesSql = kit.services.some((s) => s.sql && s.environments.includes(env.name));
      const policy = resourcesOf(stack(env.name), "google_binary_authorization_policy")[0];
      const patterns: string[] = policy.admission_whitelist_patterns.map((p: Json) => p.name_pattern);
      expect(patterns.some((p) => admittedBy(p, SQL_AUTH_PROXY_IMAGE))).toBe(usesSql);
    }
  });
});

describe("the bootstrap: state buckets audited, trusted registries readable and scanned", () => {
  let gcp: Json = {};
  beforeAll(() => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bootstrap-out-"));
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(runBootstrapSynth({ KIT_ROOT: FIXTURE_ROOT, CDKTF_OUTDIR: outdir })).toBe(0);
    spy.mockRestore();
    gcp = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", BOOTSTRAP_STACK, "cdk.tf.json"), "utf8"));
  });

  it("logs who reads or writes the state buckets", () => {
    const [audit] = resourcesOf(gcp, "google_project_iam_audit_config");
    const bucketProject = resourcesOf(gcp, "google_storage_bucket")[0].project;
    expect(audit).toMatchObject({ service: "storage.googleapis.com", project: bucketProject });
    expect(audit.audit_log_config.map((l: Json) => l.log_type)).toEqual([...DATA_ACCESS_LOG_TYPES]);
  });

  it("lets every environment's node service account read every trusted registry, and scans them", () => {
    const reads = [
      ...resourcesOf(gcp, "google_project_iam_member"),
      ...resourcesOf(gcp, "google_artifact_registry_repository_iam_member"),
    ].filter((g) => g.role === "roles/artifactregistry.reader");
    for (const registry of kit.platform.trustedImageRegistries) {
      const target = registryTarget(registry)!;
      const onIt = reads.filter((g) => g.project === target.project);
      expect(onIt.map((g) => g.member).sort()).toEqual(
        kit.environments.map((e) => `\${google_service_account.${e.name}-node-sa.member}`).sort(),
      );
      const scanning = resourcesOf(gcp, "google_project_service").filter((s) => s.project === target.project);
      expect(scanning.map((s) => s.service)).toEqual(["containerscanning.googleapis.com"]);
    }
  });
});

describe("the kit's images are checked at synth time, through npm run synth", () => {
  it("refuses a proxy mirror Binary Authorization does not admit and the nodes cannot pull, naming the file, field and fix", () => {
    fails(
      ALL_OPTIONS,
      (r) =>
        editYaml(r, "config/platform.yaml", (d) => {
          d.images = { sqlAuthProxy: "europe-docker.pkg.dev/acmeall-other/mirror/cloud-sql-proxy:2.21.0" };
        }),
      "config/platform.yaml: images.sqlAuthProxy: the Cloud SQL Auth Proxy image europe-docker.pkg.dev/acmeall-other/mirror/cloud-sql-proxy:2.21.0 is not admitted by full's Binary Authorization policy",
      PRODUCTION,
    );
    expect(errors.join("\n")).toContain("cannot be pulled by full's nodes");
    expect(errors.join("\n")).toContain("set images.sqlAuthProxy to the mirror");
  });

  it("accepts a mirror under a trusted registry (break case of the one above)", () => {
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const result = synth(
      ALL_OPTIONS,
      (r) =>
        editYaml(r, "config/platform.yaml", (d) => {
          d.images = { sqlAuthProxy: `${d.trustedImageRegistries[0]}/mirror/cloud-sql-proxy:2.21.0` };
        }),
      PRODUCTION,
    );
    spy.mockRestore();
    expect(errors).toEqual([]);
    expect(result.code).toBe(0);
    // The kit's own pattern is not added for a mirror: the trusted registry admits it.
    const policy = resourcesOf(result.stack("full"), "google_binary_authorization_policy")[0];
    expect(policy.admission_whitelist_patterns.map((p: Json) => p.name_pattern)).not.toContain(
      "gcr.io/cloud-sql-connectors/cloud-sql-proxy*",
    );
  });
});

describe("weakening refused in production, through npm run synth", () => {
  it("image scanning switched off", () =>
    fails(
      ALL_OPTIONS,
      (r) =>
        editYaml(r, PROD_ENV, (d) => {
          d.imageScanning.enabled = false;
        }),
      "full: full/cluster/cluster [IMG001]",
      PRODUCTION,
    ));

  it("private Google API DNS switched off", () =>
    fails(
      ALL_OPTIONS,
      (r) =>
        editYaml(r, PROD_ENV, (d) => {
          d.network.privateGoogleApisDns = false;
        }),
      "full: full/cluster/cluster [NET005]",
      PRODUCTION,
    ));

  it("either one is accepted with a waiver that says why", () => {
    const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const { code } = synth(
      ALL_OPTIONS,
      (r) =>
        editYaml(r, PROD_ENV, (d) => {
          d.imageScanning.enabled = false;
          d.waivers = [...(d.waivers ?? []), { rule: "IMG001", reason: "Images are scanned by the vendor's pipeline" }];
        }),
      PRODUCTION,
    );
    spy.mockRestore();
    expect(code).toBe(0);
  });
});

describe("the audit rules on JSON (each shown able to fail)", () => {
  const rule = (id: string) => RULES.find((r) => r.id === id)!;
  const all = DATA_ACCESS_LOG_TYPES.map((log_type) => ({ log_type }));
  const project = "${google_project.project.project_id}";
  const withAudit = (service: string): RuleContext => ({
    productionLike: true,
    resources: (t) => (t === "google_project_iam_audit_config" ? [{ project, service, audit_log_config: all }] : []),
  });
  const sqlApi = { project, service: "sqladmin.googleapis.com" };

  it("AUD001: an audited API needs its audit config in production", () => {
    expect(rule("AUD001").check(sqlApi, withAudit("cloudsql.googleapis.com"))).toBe(true);
    expect(rule("AUD001").check(sqlApi, withAudit("storage.googleapis.com"))).toBe(false);
    expect(rule("AUD001").check(sqlApi, { ...withAudit("storage.googleapis.com"), productionLike: false })).toBe(true);
    expect(rule("AUD001").check({ project, service: "redis.googleapis.com" }, withAudit("x"))).toBe(true);
  });

  it("AUD002: every log type in production", () => {
    expect(rule("AUD002").check({ audit_log_config: all }, { productionLike: true })).toBe(true);
    expect(rule("AUD002").check({ audit_log_config: all.slice(1) }, { productionLike: true })).toBe(false);
  });

  it("judges nothing about absence without the stack (the plan guard's view)", () => {
    expect(rule("AUD001").check(sqlApi, { productionLike: true })).toBe(true);
    expect(rule("IMG001").check({}, { productionLike: true })).toBe(true);
  });
});
