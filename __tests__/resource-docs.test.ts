import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CI_GRANTS, CiGrant, CiIdentity } from "../bootstrap/bootstrap-schema";
import { FORCE_NEW } from "../lib/gcp/provider";
import { RESOURCE_GRANTS, RESOURCE_TYPES, ResourceType } from "../lib/resource-types";
import { FACTORY_PROJECT_CREATOR } from "../lib/resource-types/grants";
import { TABLE_MARKERS, updateTable } from "../lib/resource-types/docs";
import { synthesize } from "../synth/synth";
import { REPO_ROOT, FIXTURE_ROOT } from "./helpers";

// The resource-type registry (lib/resource-types/) has a complete record for every resource
// type the kit synthesizes, docs/permissions.md and docs/convergence.md are generated from it
// and current, and every role a record names is one the bootstrap grants.
// The estate fixture and the all-options fixture (types only some options emit, e.g. a wildcard's DNS authorization).
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-docs-"));
const roots = [FIXTURE_ROOT, path.join(REPO_ROOT, "__tests__/fixtures/all-options")];

/** Resource type -> the identity that applies it (platform stacks: deploy; service stacks: factory). */
const emitted = new Map<string, Set<CiIdentity>>();
roots.forEach((root, i) => {
  const out = path.join(outdir, String(i));
  for (const name of synthesize({ root, outdir: out }).stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8"));
    for (const type of Object.keys(json.resource ?? {})) {
      if (!emitted.has(type)) emitted.set(type, new Set());
      emitted.get(type)!.add(name.startsWith("svc-") ? "factory" : "deploy");
    }
  }
});

/** Types (with the identity applying them) whose record lacks a permission row, or that have no record. */
function missingPermissions(types: Map<string, Set<string>>, registry = RESOURCE_TYPES): string[] {
  return [...types].flatMap(([type, who]) =>
    [...who]
      .filter((id) => !registry.some((r) => r.type === type && r.permissions.some((p) => p.identity === id)))
      .map((id) => `${type} (${id})`),
  );
}

/** Roles a record names that the bootstrap does not grant to that identity. */
function ungrantedRoles(grants = CI_GRANTS, registry: readonly ResourceType[] = RESOURCE_TYPES): string[] {
  return registry.flatMap((r) =>
    r.permissions.flatMap((p) => {
      const roles = [...p.heldThrough.matchAll(/`(roles\/[A-Za-z0-9_.]+)`/g)].map((m) => m[1]);
      const owner = /\bowner\b/.test(p.heldThrough);
      const problems = roles
        .filter((role) => !grants.some((g) => g.identity === p.identity && g.role === role))
        .map((role) => `${r.type}: ${p.identity} lacks ${role}`);
      if (owner && p.identity !== "factory")
        problems.push(`${r.type}: only the factory identity owns the projects it creates`);
      if (!owner && roles.length === 0 && !p.grantedOutsideBootstrap) problems.push(`${r.type}: no role named`);
      return problems;
    }),
  );
}

describe("resource-type registry", () => {
  it("synthesizes the types the registry is checked against", () => {
    expect(emitted.size).toBeGreaterThan(20);
    expect(emitted.get("google_container_cluster")).toEqual(new Set(["deploy"]));
    expect(emitted.get("google_billing_budget")).toEqual(new Set(["factory"]));
  });

  it("has a record with a permission row per type and applying identity", () => {
    expect(missingPermissions(emitted)).toEqual([]);
    // Break cases: a type nobody recorded, and a record without the identity that applies it.
    expect(missingPermissions(new Map([["google_bigtable_instance", new Set(["factory"])]]))).toEqual([
      "google_bigtable_instance (factory)",
    ]);
    const noFactory = RESOURCE_TYPES.map((r) => ({
      ...r,
      permissions: r.permissions.filter((p) => p.identity !== "factory"),
    }));
    expect(missingPermissions(new Map([["google_redis_instance", new Set(["factory"])]]), noFactory)).toEqual([
      "google_redis_instance (factory)",
    ]);
  });

  it("names only roles the bootstrap grants to that identity", () => {
    expect(ungrantedRoles()).toEqual([]);
    // Break case: without the budget topic grant the budget record is flagged.
    expect(ungrantedRoles(CI_GRANTS.filter((g) => g.scope !== "budgetTopic"))).toEqual([
      "google_billing_budget: factory lacks roles/pubsub.admin",
    ]);
  });

  it("names in each permission row exactly the roles of the grants it records", () => {
    const mismatches = (registry: readonly ResourceType[]) =>
      registry.flatMap((r) =>
        r.permissions.flatMap((p) => {
          const named = new Set([...p.heldThrough.matchAll(/`(roles\/[A-Za-z0-9_.]+)`/g)].map((m) => m[1]));
          const granted = new Set(
            p.grants.filter((g) => g !== FACTORY_PROJECT_CREATOR || named.has(g.role)).map((g) => g.role),
          );
          const owner = /\bowner\b/.test(p.heldThrough) === p.grants.includes(FACTORY_PROJECT_CREATOR);
          return [...named].sort().join() === [...granted].sort().join() && owner ? [] : [`${r.type} (${p.identity})`];
        }),
      );
    expect(mismatches(RESOURCE_TYPES)).toEqual([]);
    // Break case: a record that loses a grant its row names.
    const cluster = RESOURCE_TYPES.find((r) => r.type === "google_container_cluster")!;
    const broken = { ...cluster, permissions: cluster.permissions.map((p) => ({ ...p, grants: p.grants.slice(1) })) };
    expect(mismatches([broken])).toEqual(["google_container_cluster (deploy)"]);
  });

  it("has the bootstrap grant every grant a record needs", () => {
    const missing = (grants: readonly CiGrant[]) =>
      RESOURCE_GRANTS.filter((g) => !grants.includes(g)).map((g) => g.role);
    expect(missing(CI_GRANTS)).toEqual([]);
    expect(missing(CI_GRANTS.filter((g) => g.role !== "roles/dns.admin"))).toContain("roles/dns.admin");
  });

  it("says why a second plan is empty for every type", () => {
    const without = (registry: readonly ResourceType[]) =>
      [...emitted.keys()].filter((t) => !registry.some((r) => r.type === t && r.convergence.length > 0));
    expect(without(RESOURCE_TYPES)).toEqual([]);
    expect(without(RESOURCE_TYPES.map((r) => ({ ...r, convergence: [] }))).length).toBe(emitted.size);
  });

  it("records replacement (ForceNew) facts for every type, with the provider file", () => {
    const facts = new Map(FORCE_NEW.map((f) => [f.resourceType, f]));
    expect([...emitted.keys()].filter((t) => !facts.has(t))).toEqual([]);
    for (const f of FORCE_NEW) expect(f.source).toMatch(/^[a-z0-9]+\/[a-z_]+\.go/);
    expect(facts.get("google_redis_instance")!.attributes).toContain("tier");
    expect(facts.get("google_container_node_pool")!.attributes).toContain("node_config.spot");
  });

  it("lists no type the kit does not emit unless the record says why it stays (retired)", () => {
    const leftBehind = (registry: readonly ResourceType[]) =>
      registry.filter((r) => !emitted.has(r.type) && !r.retired).map((r) => r.type);
    expect(leftBehind(RESOURCE_TYPES)).toEqual([]);
    expect(RESOURCE_TYPES.filter((r) => r.retired).every((r) => !emitted.has(r.type))).toBe(true);
    expect(leftBehind([...RESOURCE_TYPES, { ...RESOURCE_TYPES[0], type: "google_dropped_type" }])).toEqual([
      "google_dropped_type",
    ]);
  });

  it.each(Object.keys(TABLE_MARKERS) as (keyof typeof TABLE_MARKERS)[])(
    "%s's table is current (npm run docs)",
    (file) => {
      const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
      expect(updateTable(file, text)).toBe(text);
      // Break case: a hand-edited row makes the table stale.
      const edited = text.replace(/\| `google_[a-z_]+` \|/, "| `google_hand_edited` |");
      expect(updateTable(file, edited)).not.toBe(edited);
    },
  );
});
