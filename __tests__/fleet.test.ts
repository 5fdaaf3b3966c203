import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../lib/config/load";
import { promotionOrder } from "../lib/config/promotion";
import { workloadOf } from "../lib/config/isolation";
import { resourceType } from "../lib/resource-types";
import { FLEET_TYPES } from "../lib/resource-types/fleet";
import { isMultiCluster } from "../lib/config/clusters";
import { MULTI_CLUSTER_ROLES } from "../lib/gcp/fleet";
import { resourcesOf, FIXTURE_ROOT, Json } from "./helpers";
import { synthesizedFixture } from "./support/fixture-synth";

const { outdir } = synthesizedFixture();
const config = loadConfig(FIXTURE_ROOT);
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));

type Resources = Record<string, Json>;
const resourcesByAddress = (json: Json): Resources =>
  Object.fromEntries(
    Object.entries(json.resource as Record<string, Record<string, Json>>).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => {
        const { "//": _meta, ...rest } = body;
        return [`${type}.${name}`, rest];
      }),
    ),
  );

/**
 * before.json: the platform stacks of the fixture estate synthesized just before fleets came in.
 * What would move or be replaced going from `before` to `after`: a resource address that is
 * gone, or a ForceNew attribute (from the resource-type registry) with another value.
 */
function movesAndReplacements(before: Resources, after: Resources): string[] {
  const problems: string[] = [];
  for (const [address, body] of Object.entries(before)) {
    const now = after[address];
    if (!now) {
      problems.push(`${address}: gone (a move or a destroy)`);
      continue;
    }
    const attributes = resourceType(address.split(".")[0])?.forceNew.attributes ?? [];
    for (const a of attributes.filter((x) => !x.includes(".")))
      if (JSON.stringify(body[a]) !== JSON.stringify(now[a])) problems.push(`${address}: ${a} changes (replacement)`);
  }
  return problems;
}

describe("an existing single-cluster environment joins its fleet without moving anything", () => {
  const before = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "single-cluster", "before.json"), "utf8"))
    .stacks as Record<string, Resources>;

  it.each(Object.keys(before))(
    "%s: every resource of the pre-fleet synthesis keeps its address and ForceNew values",
    (env) => {
      const after = resourcesByAddress(stack(env));
      expect(movesAndReplacements(before[env], after)).toEqual([]);
      // The only change to the cluster is its fleet registration (an in-place update, d.HasChange("fleet")).
      const cluster = Object.keys(before[env]).find((a) => a.startsWith("google_container_cluster."))!;
      expect(before[env][cluster].fleet).toBeUndefined();
      expect(after[cluster].fleet).toEqual({ project: before[env][cluster].project });
      // The fleet's resources are new.
      const added = new Set(
        Object.keys(after)
          .filter((a) => !before[env][a])
          .map((a) => a.split(".")[0]),
      );
      expect(FLEET_TYPES.map((t) => t.type).filter((t) => !added.has(t))).toEqual([]);
      // An environment that lists no further clusters (today's single-cluster files) gains none of the
      // multi-region shape: no further subnet, cluster, pool, NAT or backup plan, no multi-cluster feature or grant.
      const file = config.environments.find((e) => e.name === env)!;
      if (!isMultiCluster(file)) {
        const newOnes = Object.keys(after).filter((a) => !before[env][a]);
        const regional = ["google_compute_subnetwork", "google_container_cluster", "google_container_node_pool"];
        const regionalToo = ["google_compute_router", "google_compute_router_nat", "google_gke_backup_backup_plan"];
        expect(
          newOnes.filter(
            (a) =>
              [...regional, ...regionalToo].includes(a.split(".")[0]) ||
              (a.startsWith("google_gke_hub_feature.") && /^multicluster/.test(after[a].name)) ||
              (a.startsWith("google_project_iam_member.") && MULTI_CLUSTER_ROLES.includes(after[a].role)),
          ),
        ).toEqual([]);
      }
    },
  );

  it("the comparison can fail: a renamed resource and a changed ForceNew attribute are found", () => {
    const env = Object.keys(before)[0];
    const after = structuredClone(before[env]);
    const [first, second] = Object.keys(after).filter((a) =>
      resourceType(a.split(".")[0])?.forceNew.attributes.includes("project"),
    );
    after[`${first}-renamed`] = after[first];
    delete after[first];
    after[second] = { ...after[second], project: "another-project" };
    expect(movesAndReplacements(before[env], after)).toEqual([
      `${first}: gone (a move or a destroy)`,
      `${second}: project changes (replacement)`,
    ]);
  });
});

describe("a fleet per environment", () => {
  const names = config.environments.map((e) => e.name);
  const chain = promotionOrder(config.platform, names);

  it.each(names)(
    "%s: the cluster is born in the host project's fleet, whose Workload Identity pool the services use",
    (name) => {
      const env = config.environments.find((e) => e.name === name)!;
      const json = stack(name);
      for (const c of resourcesOf(json, "google_container_cluster")) {
        expect(c.fleet).toEqual({ project: env.projectId });
        expect(c.workload_identity_config.workload_pool).toBe(`${env.projectId}.svc.id.goog`);
      }
      expect(json.output.workload_identity_pool.value).toBe(`${env.projectId}.svc.id.goog`);
    },
  );

  it.each(names)("%s: upgrades follow the previous environment of the promotion chain after its soak time", (name) => {
    const env = config.environments.find((e) => e.name === name)!;
    const upstream = config.environments.find((e) => e.name === chain[chain.indexOf(name) - 1]);
    const [feature] = resourcesOf(stack(name), "google_gke_hub_feature").filter((f) => f.name === "clusterupgrade");
    expect(feature.spec.clusterupgrade).toEqual({
      upstream_fleets: upstream ? [`projects/${upstream.projectId}`] : [],
      post_conditions: { soaking: `${env.fleet.upgradeSoakDays * 86400}s` },
    });
  });

  it.each(names)(
    "%s: a team scope per team, its services' namespaces, its groups' role and every cluster bound",
    (name) => {
      const env = config.environments.find((e) => e.name === name)!;
      const services = config.services.filter((s) => s.environments.includes(name));
      const json = stack(name);
      const teams = [...new Set(services.map((s) => s.team))].sort();
      const ids = (type: string, key: string) =>
        resourcesOf(json, type)
          .map((r) => r[key] as string)
          .sort();
      expect(ids("google_gke_hub_scope", "scope_id")).toEqual(teams);
      expect(ids("google_gke_hub_namespace", "scope_namespace_id")).toEqual(
        services.map((s) => workloadOf(s).namespace).sort(),
      );
      const bindings = resourcesOf(json, "google_gke_hub_scope_rbac_role_binding");
      if (env.cluster.rbacSecurityGroup) {
        for (const s of services) {
          const b = bindings.find((x) => x.group === s.teamGroup && x.scope_id === s.team)!;
          // Read-only in production-like environments unless K8S002 is waived (changes go through CD).
          const edits = !env.productionLike || s.waivers.some((w) => w.rule === "K8S002");
          expect(b.role.predefined_role).toBe(edits ? "EDIT" : "VIEW");
        }
      } else expect(bindings).toEqual([]);
      const clusters = resourcesOf(json, "google_container_cluster").length;
      expect(resourcesOf(json, "google_gke_hub_membership_binding")).toHaveLength(teams.length * clusters);
    },
  );
});
