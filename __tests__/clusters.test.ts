import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { synthesize } from "../synth/synth";
import { loadConfig } from "../lib/config/load";
import { clusterSites, isMultiCluster } from "../lib/config/clusters";
import {
  FEATURES,
  MULTI_CLUSTER_APIS,
  MULTI_CLUSTER_GRANTS,
  MULTI_CLUSTER_ROLES,
  isRequiredAgentGrant,
} from "../lib/gcp/fleet";
import { resourceType } from "../lib/resource-types";
import { RULES } from "../lib/policy/rules";
import { guardPlan } from "../changepath/plan-guard";
import { ResourceChange } from "../changepath/plan-json";
import { configProblems, editYaml, FIXTURE_ROOT, Json, resourcesOf, tempKit } from "./helpers";
import { synthesizedFixture } from "./support/fixture-synth";

// Several regional clusters per environment (lib/options/clusters.ts): validated across clusters
// and environments, built as one RegionalCluster each, joined by the multi-cluster fleet features.

const synth = (root: string): ((stack: string) => Json) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-clusters-"));
  synthesize({ root, outdir });
  return (stack) => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
};
const config = loadConfig(FIXTURE_ROOT);
const multi = config.environments.filter(isMultiCluster);
const fixture = synthesizedFixture().outdir;
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(fixture, "stacks", name, "cdk.tf.json"), "utf8"));

/** Every resource address with its body, without cdktf's metadata. */
const addresses = (json: Json): Record<string, Json> =>
  Object.fromEntries(
    Object.entries(json.resource as Record<string, Record<string, Json>>).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => {
        const { "//": _meta, ...rest } = body;
        return [`${type}.${name}`, rest];
      }),
    ),
  );

describe("an environment's regional clusters", () => {
  it("the example runs production in two regions", () => {
    expect(multi.length).toBeGreaterThan(0);
    for (const env of multi) expect(new Set(clusterSites(env).map((s) => s.region)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(multi.map((e) => e.name))(
    "%s: a private cluster, subnet, node pools and Cloud NAT in each region, every cluster a fleet member",
    (name) => {
      const env = multi.find((e) => e.name === name)!;
      const json = stack(name);
      const sites = clusterSites(env);
      const clusters = resourcesOf(json, "google_container_cluster");
      expect(clusters.map((c) => [c.name, c.location]).sort()).toEqual(
        sites.map((s) => [s.clusterName, s.region]).sort(),
      );
      for (const c of clusters) expect(c.fleet).toEqual({ project: env.projectId });
      const subnets = resourcesOf(json, "google_compute_subnetwork").filter((s) => !s.purpose);
      expect(subnets.map((s) => [s.region, s.ip_cidr_range]).sort()).toEqual(
        sites.map((s) => [s.region, s.ranges.subnetCidr]).sort(),
      );
      expect(
        resourcesOf(json, "google_compute_router_nat")
          .map((n) => n.region)
          .sort(),
      ).toEqual(sites.map((s) => s.region).sort());
      expect(resourcesOf(json, "google_container_node_pool")).toHaveLength(
        sites.reduce((n, s) => n + s.nodePools.length, 0),
      );
      // One Workload Identity pool for the fleet: a service's identity is the same in every cluster.
      expect(new Set(clusters.map((c) => c.workload_identity_config.workload_pool))).toEqual(
        new Set([`${env.projectId}.svc.id.goog`]),
      );
    },
  );

  it.each(multi.map((e) => e.name))(
    "%s: multi-cluster Gateway (config membership: the default cluster) and Multi-cluster Services, with their grants",
    (name) => {
      const env = multi.find((e) => e.name === name)!;
      const json = stack(name);
      const features = resourcesOf(json, "google_gke_hub_feature");
      const mci = features.find((f) => f.name === FEATURES.multiClusterIngress)!;
      const [defaultCluster] = Object.entries(json.resource.google_container_cluster as Record<string, Json>).find(
        ([, c]) => c.name === clusterSites(env)[0].clusterName,
      )!;
      expect(mci.spec.multiclusteringress.config_membership).toBe(
        `projects/${env.projectId}/locations/\${google_container_cluster.${defaultCluster}.fleet[0].membership_location}/memberships/\${google_container_cluster.${defaultCluster}.fleet[0].membership_id}`,
      );
      expect(features.find((f) => f.name === FEATURES.multiClusterServices)).toMatchObject({
        project: env.projectId,
        location: "global",
      });
      const grants = resourcesOf(json, "google_project_iam_member").filter((g) =>
        Object.values(MULTI_CLUSTER_GRANTS).some((x) => x.role === g.role),
      );
      expect(grants.map((g) => [g.role, g.member]).sort()).toEqual(
        [
          [
            MULTI_CLUSTER_GRANTS.mcsImporter.role,
            `serviceAccount:${env.projectId}.svc.id.goog[gke-mcs/gke-mcs-importer]`,
          ],
          [
            MULTI_CLUSTER_GRANTS.gatewayController.role,
            expect.stringMatching(
              /^serviceAccount:service-\$\{data\.google_project\.[^}]+\.number\}@gcp-sa-multiclusteringress\.iam\.gserviceaccount\.com$/,
            ),
          ],
        ].sort(),
      );
      const apis = resourcesOf(json, "google_project_service").map((s) => s.service);
      expect(MULTI_CLUSTER_APIS.filter((a) => !apis.includes(a))).toEqual([]);
    },
  );

  it("a single-cluster environment gets neither multi-cluster feature nor their grants (break case)", () => {
    const single = config.environments.find((e) => !isMultiCluster(e))!;
    const json = stack(single.name);
    const names = resourcesOf(json, "google_gke_hub_feature").map((f) => f.name);
    expect(names).toContain(FEATURES.clusterUpgrade);
    expect(names.filter((n) => n === FEATURES.multiClusterIngress || n === FEATURES.multiClusterServices)).toEqual([]);
    expect(resourcesOf(json, "google_project_iam_member").filter((g) => MULTI_CLUSTER_ROLES.includes(g.role))).toEqual(
      [],
    );
    expect(json.data?.google_project).toBeUndefined();
  });

  it("the guardrail against self-escalating roles accepts only the Gateway controller's agent holding container.admin", () => {
    const iam003 = RULES.find((r) => r.id === "IAM003")!;
    const agent = MULTI_CLUSTER_GRANTS.gatewayController.member("123456789012");
    const ctx = {} as Parameters<typeof iam003.check>[1];
    expect(iam003.check({ role: "roles/container.admin", member: agent }, ctx)).toBe(true);
    expect(isRequiredAgentGrant("roles/container.admin", "serviceAccount:ci@p.iam.gserviceaccount.com")).toBe(false);
    expect(iam003.check({ role: "roles/container.admin", member: "group:team@example.com" }, ctx)).toBe(false);
    expect(iam003.check({ role: "roles/iam.securityAdmin", member: agent }, ctx)).toBe(false);
  });
});

describe("adding a region moves nothing", () => {
  it.each(multi.map((e) => e.name))(
    "%s: every resource of the environment synthesized without its further clusters keeps its address and ForceNew values",
    (name) => {
      const root = tempKit();
      editYaml(root, `config/environments/${name}.yaml`, (d) => {
        delete d.clusters;
      });
      const before = addresses(synth(root)(name));
      const after = addresses(stack(name));
      const problems = Object.entries(before).flatMap(([address, body]) => {
        const now = after[address];
        if (!now) return [`${address}: gone`];
        const forceNew = resourceType(address.split(".")[0])?.forceNew.attributes ?? [];
        return forceNew
          .filter((a) => !a.includes(".") && JSON.stringify(body[a]) !== JSON.stringify(now[a]))
          .map((a) => `${address}: ${a} changes`);
      });
      expect(problems).toEqual([]);
      expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    },
  );
});

describe("cluster validation: across the clusters of an environment and across environments, every problem at once", () => {
  const env = multi[0];
  const file = `config/environments/${env.name}.yaml`;

  it("names the file, the field and the fix of each problem", () => {
    const root = tempKit();
    const other = config.environments.find((e) => e.name !== env.name)!;
    editYaml(root, file, (d) => {
      const second = d.clusters[0];
      d.clusters.push({
        ...structuredClone(second),
        // Same name, same region, ranges on top of the default cluster's and of another environment's.
        network: { ...second.network, podsCidr: d.network.podsCidr, subnetCidr: other.network.subnetCidr },
      });
      second.secretsEncryptionKey = d.cluster.secretsEncryptionKey;
      delete second.backupEncryptionKey;
      delete second.nodePools;
      d.cluster.nodePools[0].zones = [`${d.region}-b`];
    });
    const problems = configProblems(root);
    const at = (field: string, text: RegExp) =>
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}: ${field}: ${text.source}`)));
    at("clusters\\[1\\]\\.name", /"\w+" names another cluster too; names must be unique/);
    at("clusters\\[1\\]\\.region", /\S+ already has gke-\S+: one cluster per region/);
    at("clusters\\[1\\]\\.network\\.podsCidr", /\S+ overlaps network\.podsCidr/);
    // Reported once, in the later of the two files, naming the other one.
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^config\/environments\/\w+\.yaml: (clusters\[1\]\.)?network\.subnetCidr: \S+ overlaps (clusters\[1\]\.)?network\.subnetCidr \S+ of config\/environments\/\w+\.yaml; environments need their own ranges/,
      ),
    );
    at(
      "clusters\\[0\\]\\.secretsEncryptionKey",
      /is a key in "[a-z0-9-]+"; this cluster is in \S+: use a key ring in \S+/,
    );
    at("clusters\\[0\\]\\.backupEncryptionKey", /is missing: the default cluster encrypts with .* set a key in \S+/);
    at(
      "clusters\\[0\\]\\.nodePools",
      /the default cluster's pool "\w+" is pinned to zones .*: give this cluster its own nodePools/,
    );
  });

  it("accepts the example as it is (the break cases above are the edits)", () => {
    expect(configProblems(FIXTURE_ROOT)).toEqual([]);
  });
});

describe("the plan guard and the multi-region shape", () => {
  const change = (type: string, kind: ResourceChange["kind"], before?: object, after?: object): ResourceChange => ({
    address: `${type}.x`,
    type,
    kind,
    before,
    after,
    afterUnknown: {},
  });
  const cluster = (fleetProject?: string) => ({
    deletion_protection: true,
    fleet: fleetProject ? [{ project: fleetProject }] : [],
  });

  it("blocks a cluster leaving the fleet (its membership is deleted) and deleting a multi-cluster feature, even outside production", () => {
    const report = guardPlan(
      [
        change("google_container_cluster", "update", cluster("acme-gke-dev"), cluster()),
        change("google_gke_hub_feature", "delete", { name: FEATURES.multiClusterIngress }),
      ],
      { stack: "dev", productionLike: false },
    );
    expect(report.violations.map((v) => v.address)).toEqual(["google_container_cluster.x", "google_gke_hub_feature.x"]);
    expect(report.violations[0].impact).toMatch(/fleet membership/);
    expect(report.violations[1].impact).toMatch(/multiclusteringress/);
  });

  it("lets a cluster join the fleet (break case: the same update the other way round)", () => {
    const report = guardPlan([change("google_container_cluster", "update", cluster(), cluster("acme-gke-dev"))], {
      stack: "dev",
      productionLike: false,
    });
    expect(report.violations).toEqual([]);
  });
});

describe("delivery to an environment with several clusters", () => {
  it("a multi-target asks for approval once; its children, one per cluster, carry its name (DEL001 judges the parent)", () => {
    const env = multi[0];
    const svc = config.services.find((s) => s.environments.includes(env.name) && s.environments.length > 1)!;
    const targets = Object.values(
      (stack(`svc-${svc.name}-${svc.environments[0]}`).resource.google_clouddeploy_target ?? {}) as Record<
        string,
        Json
      >,
    ).filter((t) => t.labels["target-environment"] === env.name);
    const parent = targets.find((t) => t.multi_target)!;
    const children = targets.filter((t) => t.gke);
    expect(parent.require_approval).toBe(env.productionLike);
    expect(children).toHaveLength(clusterSites(env).length);
    for (const c of children) expect(c.labels["multi-target"]).toBe(parent.name);
    const del001 = RULES.find((r) => r.id === "DEL001")!;
    const ctx = {} as Parameters<typeof del001.check>[1];
    // Break case: a production-like child without its parent's label would deploy unapproved.
    const { "multi-target": _parent, ...unlabelled } = children[0].labels;
    expect(del001.check({ ...children[0], labels: unlabelled }, ctx)).toBe(!env.productionLike);
    expect(del001.check(children[0], ctx)).toBe(true);
  });
});
