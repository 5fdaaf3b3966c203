import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CI_GRANTS, CiIdentity } from "../bootstrap/bootstrap-schema";
import { FORCE_NEW } from "../lib/gcp/provider";
import { synthesize } from "../synth/synth";
import { REPO_ROOT, FIXTURE_ROOT } from "./helpers";

// docs/permissions.md, docs/convergence.md and FORCE_NEW cover every resource type the
// kit synthesizes, and the permissions table names only roles the bootstrap grants.
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-docs-"));
const result = synthesize({ root: FIXTURE_ROOT, outdir });

/** Resource type -> the identity that applies it (platform stacks: deploy; service stacks: factory). */
const emitted = new Map<string, Set<CiIdentity>>();
for (const name of result.stacks) {
  const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
  for (const type of Object.keys(json.resource ?? {})) {
    if (!emitted.has(type)) emitted.set(type, new Set());
    emitted.get(type)!.add(name.startsWith("svc-") ? "factory" : "deploy");
  }
}

const doc = (file: string) => fs.readFileSync(path.join(REPO_ROOT, "docs", file), "utf8");
/** Table rows: cells of every line starting with "| `google_". */
const rows = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("| `google_"))
    .map((l) => l.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, "")));
const typesIn = (cell: string) => [...cell.matchAll(/`(google_[a-z0-9_]+)`/g)].map((m) => m[1]);

const permissionRows = rows(doc("permissions.md")).map(([type, identity, , , held]) => ({
  types: typesIn(type),
  identity,
  held,
}));
const convergenceTypes = new Set(rows(doc("convergence.md")).flatMap(([type]) => typesIn(type)));

/** Types (with the identity applying them) that have no row in the permissions table. */
function missingPermissionRows(types: Map<string, Set<string>>): string[] {
  return [...types].flatMap(([type, who]) =>
    [...who]
      .filter((id) => !permissionRows.some((r) => r.types.includes(type) && r.identity === id))
      .map((id) => `${type} (${id})`),
  );
}

/** Roles a permission row names that the bootstrap does not grant to that identity. */
function ungrantedRoles(grants = CI_GRANTS): string[] {
  return permissionRows.flatMap((r) => {
    const roles = [...r.held.matchAll(/`(roles\/[A-Za-z0-9_.]+)`/g)].map((m) => m[1]);
    const owner = /\bowner\b/.test(r.held);
    const problems = roles
      .filter((role) => !grants.some((g) => g.identity === r.identity && g.role === role))
      .map((role) => `${r.types[0]}: ${r.identity} lacks ${role}`);
    if (owner && r.identity !== "factory")
      problems.push(`${r.types[0]}: only the factory identity owns the projects it creates`);
    if (!owner && roles.length === 0) problems.push(`${r.types[0]}: no role named`);
    return problems;
  });
}

describe("every synthesized resource type is documented", () => {
  it("synthesizes the types the tables are checked against", () => {
    expect(emitted.size).toBeGreaterThan(20);
    expect(emitted.get("google_container_cluster")).toEqual(new Set(["deploy"]));
    expect(emitted.get("google_billing_budget")).toEqual(new Set(["factory"]));
  });

  it("has a permissions row per type and applying identity", () => {
    expect(missingPermissionRows(emitted)).toEqual([]);
    // Break case: a type nobody documented is reported.
    expect(missingPermissionRows(new Map([["google_bigtable_instance", new Set(["factory"])]]))).toEqual([
      "google_bigtable_instance (factory)",
    ]);
  });

  it("names only roles the bootstrap grants to that identity", () => {
    expect(ungrantedRoles()).toEqual([]);
    // Break case: without the budget topic grant the budget row is flagged.
    expect(ungrantedRoles(CI_GRANTS.filter((g) => g.scope !== "budgetTopic"))).toEqual([
      "google_billing_budget: factory lacks roles/pubsub.admin",
    ]);
  });

  it("says why a second plan is empty for every type", () => {
    expect([...emitted.keys()].filter((t) => !convergenceTypes.has(t))).toEqual([]);
  });

  it("records replacement (ForceNew) facts for every type, with the provider file", () => {
    const facts = new Map(FORCE_NEW.map((f) => [f.resourceType, f]));
    expect([...emitted.keys()].filter((t) => !facts.has(t))).toEqual([]);
    for (const f of FORCE_NEW) expect(f.source).toMatch(/^[a-z]+\/[a-z_]+\.go/);
    expect(facts.get("google_redis_instance")!.attributes).toContain("tier");
    expect(facts.get("google_container_node_pool")!.attributes).toContain("node_config.spot");
  });
});
