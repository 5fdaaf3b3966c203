import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { newService } from "../scripts/new-service";
import { synthesize } from "../synth/synth";
import { FIXTURE_ROOT, Json, KitSubset, tempKit } from "./helpers";
import { DEFAULT_WAF_RULES } from "../lib/gcp/armor";
import { loadConfig } from "../lib/config/load";
import { naming } from "../lib/naming";
import { configSyncFiles } from "../handoff/platform-baseline";
import { staleFolder } from "../scripts/generated-files";
import { regenerateCommittedEstate } from "../scripts/update-readme";

/** The estate's environments without its services: the scaffolded service's stacks are what the synthesizing cases read. */
const WITHOUT_SERVICES: KitSubset = { environments: ["dev", "stg", "prd"], services: [] };

const servicesIn = (root: string) => fs.readdirSync(path.join(root, "services")).sort();

describe("npm run new-service", () => {
  it("writes a valid definition that synthesizes into the service's stacks", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    const { code, out } = newService(
      [
        "orders",
        "--team",
        "shop",
        "--redis",
        "--redis-size",
        "2",
        "--armor",
        "--envs",
        "dev,prd",
        "--host",
        "prd=orders.example.com",
      ],
      root,
    );
    expect(code).toBe(0);
    expect(out).toContain("Created services/orders.yaml");
    expect(out).toContain(
      "prd: project acme-orders-prd, stack svc-orders-prd, service account wi-orders@acme-orders-prd.iam.gserviceaccount.com",
    );
    expect(out).toMatch(/Next steps:[\s\S]*Open a pull request/);

    const written = parse(fs.readFileSync(path.join(root, "services/orders.yaml"), "utf8"));
    expect(written).toMatchObject({
      name: "orders",
      team: "shop",
      teamGroup: "shop@example.com",
      environments: ["dev", "prd"],
      redis: { memorySizeGb: 2 },
      armor: { wafRules: DEFAULT_WAF_RULES.map((r) => ({ ruleSet: r.ruleSet })) },
    });

    const result = synthesize({ root, outdir: path.join(root, "out") });
    // A scaffolded service starts without guardrail findings.
    expect(result.findings.filter((f) => f.stack.startsWith("svc-orders-"))).toEqual([]);
    expect(result.stacks).toEqual(expect.arrayContaining(["svc-orders-dev", "svc-orders-prd"]));
    const prd = JSON.parse(fs.readFileSync(path.join(root, "out/stacks/svc-orders-prd/cdk.tf.json"), "utf8"));
    expect(Object.values(prd.resource.google_redis_instance)[0]).toMatchObject({
      tier: "STANDARD_HA",
      memory_size_gb: 2,
    });
  });

  it("gives the scaffolded service its delivery pipeline: a target per environment in promotion order, production approval on, the team's repository bound by IDs", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    const flags = ["--team", "shop", "--host", "stg=o.stg.example.com", "--host", "prd=o.example.com"];
    const repo = ["--repo", "acme/orders", "--repo-id", "700400", "--owner-id", "91234567"];
    const { code, out } = newService(["orders", ...flags, ...repo], root);
    expect(code).toBe(0);
    expect(out).toContain(
      "Delivery: Cloud Deploy pipeline orders in acme-orders-dev (europe-west1), stages dev -> stg (approval) -> prd (approval)",
    );
    expect(parse(fs.readFileSync(path.join(root, "services/orders.yaml"), "utf8")).delivery).toEqual({
      repository: { name: "acme/orders", id: "700400", ownerId: "91234567" },
    });
    const result = synthesize({ root, outdir: path.join(root, "out") });
    expect(result.findings.filter((f) => f.stack.startsWith("svc-orders-"))).toEqual([]);
    const dev = JSON.parse(fs.readFileSync(path.join(root, "out/stacks/svc-orders-dev/cdk.tf.json"), "utf8"));
    const targets = Object.values<Json>(dev.resource.google_clouddeploy_target);
    // An environment's target (a multi-target where it has several clusters) asks for approval where production-like.
    expect(
      targets
        .filter((t) => !t.labels["multi-target"])
        .map((t) => [t.name, t.require_approval])
        .sort(),
    ).toEqual([
      ["dev", false],
      ["prd", true],
      ["stg", true],
    ]);
    expect(fs.existsSync(path.join(root, "out/service-kits/orders/skaffold.yaml"))).toBe(true);
    // Partial repository flags, or a repository without a pipeline, are refused and write nothing.
    for (const bad of [
      ["--repo", "acme/x"],
      ["--no-delivery", ...repo],
    ]) {
      const r = newService(["other", ...flags, ...bad], root);
      expect(r.code).toBe(1);
      expect(fs.existsSync(path.join(root, "services/other.yaml"))).toBe(false);
    }
    const quiet = ["--team", "shop", "--host", "stg=q.stg.example.com", "--host", "prd=q.example.com", "--no-delivery"];
    expect(newService(["quiet", ...quiet], root).out).toContain("Delivery: none (--no-delivery)");
  });

  it("adds Cloud SQL and buckets with --sql and --bucket, secure from the first synthesis", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    const { code, out } = newService(
      [
        "ledger",
        "--team",
        "payments",
        "--sql",
        "postgres",
        "--bucket",
        "exports",
        "--bucket",
        "raw",
        "--envs",
        "dev,prd",
        "--host",
        "prd=ledger.example.com",
      ],
      root,
    );
    expect({ code, out }).toMatchObject({ code: 0 });
    expect(out).toContain(
      "Cloud SQL (postgres): instance ledger-dev, ledger-prd, database ledger, IAM login as the service account",
    );
    expect(out).toContain("Bucket raw: acme-ledger-dev-raw, acme-ledger-prd-raw");
    const written = parse(fs.readFileSync(path.join(root, "services/ledger.yaml"), "utf8"));
    expect(written).toMatchObject({ sql: { engine: "postgres" }, buckets: [{ name: "exports" }, { name: "raw" }] });

    const result = synthesize({ root, outdir: path.join(root, "out") });
    expect(result.findings.filter((f) => f.stack.startsWith("svc-ledger-"))).toEqual([]);
    const prd = JSON.parse(fs.readFileSync(path.join(root, "out/stacks/svc-ledger-prd/cdk.tf.json"), "utf8"));
    const sql = Object.values(prd.resource.google_sql_database_instance)[0] as Json;
    expect(sql.settings).toMatchObject({ availability_type: "REGIONAL", ip_configuration: { ipv4_enabled: false } });
    expect(
      Object.values(prd.resource.google_storage_bucket)
        .map((b) => (b as Json).name)
        .sort(),
    ).toEqual(["acme-ledger-prd-exports", "acme-ledger-prd-raw"]);
  });

  it("lets the team pick the route: --route gateway with host names per environment", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    const { code, out } = newService(
      [
        "search",
        "--team",
        "storefront",
        "--route",
        "gateway",
        "--host",
        "prd=search.example.com",
        "--host",
        "prd=www.search.example.com",
        "--envs",
        "dev,prd",
      ],
      root,
    );
    expect({ code, out }).toMatchObject({ code: 0 });
    expect(out).toContain(
      "Route: an HTTPRoute on each environment's shared Gateway (external in namespace platform-gateway)",
    );
    expect(parse(fs.readFileSync(path.join(root, "services/search.yaml"), "utf8")).route).toEqual({
      type: "gateway",
      hostnames: { prd: ["search.example.com", "www.search.example.com"] },
    });
    synthesize({ root, outdir: path.join(root, "out") });
    const overlay = fs.readFileSync(path.join(root, "out/service-kits/search/overlays/prd/patches.yaml"), "utf8");
    expect(overlay).toMatch(
      /kind: HTTPRoute[\s\S]*hostnames:\n\s+- search\.example\.com\n\s+- www\.search\.example\.com/,
    );
    // HTTPS in prd (the dev overlay, without host names, routes on the HTTP listener).
    expect(overlay).toMatch(/parentRefs:\n\s+- name: external\n\s+namespace: platform-gateway\n\s+sectionName: https/);
    // Without --route the service keeps its own Ingress.
    expect(newService(["plain", "--envs", "dev"], root).out).toContain("Route: an Ingress of its own");
  });

  it("refuses an unknown route, a malformed --host and a host in an environment the service is not in, writing nothing", () => {
    const root = tempKit();
    expect(newService(["search", "--route", "nodeport"], root).out).toContain(
      '--route takes ingress or gateway, got "nodeport"',
    );
    expect(newService(["search", "--host", "search.example.com"], root).out).toContain(
      '--host takes <env>=<host name>, e.g. prd=pay.example.com; got "search.example.com"',
    );
    const { code, out } = newService(
      ["search", "--route", "gateway", "--host", "qa=search.example.com", "--envs", "dev"],
      root,
    );
    expect(code).toBe(1);
    expect(out).toContain(
      'services/search.yaml: route.hostnames.qa: "qa" is not one of this service\'s environments (dev)',
    );
    expect(servicesIn(root)).not.toContain("search.yaml");
  });

  it("refuses a service without host names in production-like environments: they serve HTTPS only", () => {
    const root = tempKit();
    const { code, out } = newService(["search", "--envs", "dev,prd"], root);
    expect(code).toBe(1);
    expect(out).toContain(
      'services/search.yaml: route.hostnames.prd: production-like environment "prd" serves only HTTPS, which needs the service\'s host names',
    );
    expect(out).toContain("new-service: --host prd=<name>");
    expect(servicesIn(root)).not.toContain("search.yaml");
  });

  it("defaults to every environment and the service name as team", () => {
    const root = tempKit();
    const hosts = ["--host", "stg=search.stg.example.com", "--host", "prd=search.example.com"];
    expect(newService(["search", ...hosts], root).code).toBe(0);
    expect(parse(fs.readFileSync(path.join(root, "services/search.yaml"), "utf8"))).toMatchObject({
      team: "search",
      teamGroup: "search@example.com",
      environments: ["dev", "prd", "stg"],
    });
  });

  it("refuses to overwrite an existing service", () => {
    const root = tempKit();
    const before = fs.readFileSync(path.join(root, "services/payments.yaml"), "utf8");
    const { code, out } = newService(["payments"], root);
    expect(code).toBe(1);
    expect(out).toContain("services/payments.yaml already exists; edit it instead, or pick another name");
    expect(fs.readFileSync(path.join(root, "services/payments.yaml"), "utf8")).toBe(before);
  });

  it.each([
    [["Bad_Name"], /service name "Bad_Name" must be 1-20 lowercase letters/],
    [["ab"], /service name "ab" must be at least 3 characters/],
    [
      ["orders", "--envs", "dev,prod"],
      /services\/orders\.yaml: environments\[1\]: "prod" is not an environment.*Did you mean "prd"\?/,
    ],
    [["orders", "--group", "not-an-email"], /services\/orders\.yaml: teamGroup: must be an email address/],
    [["orders", "--redis-size", "4"], /--redis-size needs --redis/],
    [["orders", "--sql", "oracle"], /--sql takes postgres or mysql, got "oracle"/],
    [["orders", "--bucket", "Raw_Data"], /services\/orders\.yaml: buckets\[0\]\.name: must be 1-32 lowercase letters/],
    [["orders", "--bogus"], /Unknown option '--bogus'/],
    [[], /give the service name/],
  ])("fails clearly on %j and leaves nothing behind", (args, message) => {
    const root = tempKit();
    const before = servicesIn(root);
    const { code, out } = newService(args, root);
    expect(code).toBe(1);
    expect(out).toMatch(message);
    expect(servicesIn(root)).toEqual(before);
  });

  it("prints help", () => {
    const { code, out } = newService(["--help"], tempKit());
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run new-service -- <name> \[options\]/);
  });

  it("leaves a complete pull request: the service's Config Sync baseline is written with it, so npm test finds it up to date", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    regenerateCommittedEstate(root); // a repository whose derived files are committed up to date
    const stale = () => {
      const c = loadConfig(root);
      return staleFolder(root, naming.baselineRoot(), configSyncFiles(c.environments, c.services, c.platform));
    };
    expect(stale()).toEqual([]);
    const flags = ["--team", "shop", "--envs", "dev,prd", "--host", "prd=orders.example.com"];
    const { code, out } = newService(["orders", ...flags], root);
    expect(code).toBe(0);
    // What config-sync.test.ts checks for the repository's own estate in every pull request.
    expect(stale()).toEqual([]);
    const derived = ["config-sync/dev/orders.yaml", "config-sync/prd/orders.yaml"];
    expect(out).toContain(`Updated ${derived.join(", ")} (derived from the estate`);
    expect(out).toContain(`git add services/orders.yaml ${derived.join(" ")} &&`);
    // Break case: the service file alone (what the command used to leave) fails that check.
    for (const f of derived) fs.rmSync(path.join(root, f));
    expect(stale()).toEqual(derived);
  });

  it("writes nothing when the estate's bootstrap config is broken (the derived files could not be made)", () => {
    const root = tempKit(FIXTURE_ROOT, WITHOUT_SERVICES);
    fs.writeFileSync(path.join(root, "config/bootstrap.yaml"), "ciProject: [not, a, project]\n");
    const { code, out } = newService(["orders", "--team", "shop", "--envs", "dev"], root);
    expect(code).toBe(1);
    expect(out).toContain("fix the existing configuration first");
    expect(out).toContain("config/bootstrap.yaml");
    expect(servicesIn(root)).toEqual([]);
  });
});
