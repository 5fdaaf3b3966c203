import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { parse, parseAllDocuments } from "yaml";
import { loadConfig, KitConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { K8sObject } from "../lib/k8s/kustomize";
import { manifestProblems } from "../lib/k8s/manifest-schemas";
import { naming } from "../lib/naming";
import {
  appliesTo,
  baselineImage,
  CLUSTER_NAME_SELECTOR,
  CONFIG_SYNC_FEATURE,
  reconcilerMember,
} from "../lib/gcp/config-sync";
import { clusterSites } from "../lib/config/clusters";
import { Cidr, formatIp, overlaps, parseCidr } from "../lib/cidr";
import { Endpoint, ipBlockRanges, isAllowed } from "../lib/k8s/network-policy";
import { SERVICE_PORT } from "../handoff/service-route";
import { baselineSource, configSyncFiles, configSyncObjects } from "../handoff/platform-baseline";
import { serviceKitFiles } from "../handoff/service-kit";
import { staleFolder, writeGeneratedFolder } from "../scripts/generated-files";
import { workflowFiles, workflowInputs } from "../scripts/workflows";
import { environmentDiagram } from "../scripts/diagram";
import { guardPlan } from "../changepath/plan-guard";
import { ResourceChange } from "../changepath/plan-json";
import { kustomizeAsync } from "./support/kustomize";
import { synthesizedFixture } from "./support/fixture-synth";
import { FIXTURE_ROOT, Json, REPO_ROOT, resourcesOf, tempKit, withCallers } from "./helpers";

// The tenant baseline the platform applies and keeps: Config Sync (the fleet's configmanagement
// feature) syncs config-sync/<env>/, generated from config/ and services/, which the deploy pushes
// to the image the feature pulls. Rendered with the real kubectl kustomize, validated against the
// Kubernetes schemas, and the push script run for real (with docker and gcloud recorded on PATH).

const config = loadConfig(FIXTURE_ROOT);
const out = fs.mkdtempSync(path.join(os.tmpdir(), "kit-config-sync-"));
const synthOut = synthesizedFixture().outdir;
const stackFile = (env: string) => path.join(synthOut, "stacks", naming.platformStack(env), "cdk.tf.json");
const stack = (env: string): Json => JSON.parse(fs.readFileSync(stackFile(env), "utf8"));
const envOf = (c: KitConfig, name: string) => c.environments.find((e) => e.name === name)!;
const identity = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
const sorted = (objects: readonly K8sObject[]) => [...objects].sort((a, b) => identity(a).localeCompare(identity(b)));
/** A service deployed to `env` (the estate's first). */
const svcName = (env: string) => config.services.find((s) => s.environments.includes(env))!.name;
const syncOf = (json: Json): Json[] =>
  resourcesOf(json, "google_gke_hub_feature").filter((f) => f.name === CONFIG_SYNC_FEATURE);

function writeTree(root: string, files: ReadonlyMap<string, string> | readonly { path: string; content: string }[]) {
  const entries =
    files instanceof Map ? [...files] : (files as { path: string; content: string }[]).map((f) => [f.path, f.content]);
  for (const [file, text] of entries) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}
const readTree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .sort()
          .map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")])
      : [],
  );

/** `kubectl kustomize` of a folder of plain manifests (Config Sync reads them as they are; kustomize needs a list). */
function renderFolder(folder: string): Promise<K8sObject[]> {
  const dir = fs.mkdtempSync(path.join(out, "render-"));
  fs.cpSync(folder, dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "kustomization.yaml"),
    `resources:\n${fs
      .readdirSync(folder)
      .map((f) => `  - ${f}\n`)
      .join("")}`,
  );
  return kustomizeAsync(dir);
}

afterAll(() => [out, synthOut].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("Config Sync on every member of each environment's fleet", () => {
  it.each(config.environments.map((e) => e.name))(
    "%s: syncs the environment's baseline image fleet-wide, as its reconciler's own identity, with drift prevention",
    (name) => {
      const env = envOf(config, name);
      const json = stack(name);
      const image = baselineImage(baselineSource(env));
      expect(image).toBe(`${env.region}-docker.pkg.dev/${env.projectId}/platform-config/tenant-baseline`);
      expect(syncOf(json)).toEqual([
        expect.objectContaining({
          project: env.projectId,
          location: "global",
          // Fleet-default member config: every membership of the fleet, however many clusters it has.
          fleet_default_member_config: {
            configmanagement: {
              config_sync: {
                enabled: true,
                source_format: "unstructured",
                prevent_drift: true,
                oci: { sync_repo: image, secret_type: "k8sserviceaccount" },
              },
            },
          },
        }),
      ]);
      expect(resourcesOf(json, "google_gke_hub_feature_membership")).toEqual([]);
      expect(resourcesOf(json, "google_artifact_registry_repository")).toEqual([
        expect.objectContaining({
          project: env.projectId,
          location: env.region,
          repository_id: "platform-config",
          format: "DOCKER",
        }),
      ]);
      // Readable by the root reconciler of every member: one Workload Identity pool, the fleet host's.
      expect(resourcesOf(json, "google_artifact_registry_repository_iam_member")).toEqual([
        expect.objectContaining({
          project: env.projectId,
          repository: "platform-config",
          role: "roles/artifactregistry.reader",
          member: reconcilerMember(env.projectId),
        }),
      ]);
      for (const cluster of resourcesOf(json, "google_container_cluster")) {
        expect(cluster.fleet).toEqual({ project: env.projectId });
        expect(cluster.workload_identity_config.workload_pool).toBe(`${env.projectId}.svc.id.goog`);
      }
      // The environment's map shows who keeps each namespace's baseline.
      expect(environmentDiagram(config, env)).toContain(
        `configsync -. baseline .-> svc_payments_ns`.replace("payments", svcName(name)),
      );
      expect(reconcilerMember(env.projectId)).toBe(
        `serviceAccount:${env.projectId}.svc.id.goog[config-management-system/root-reconciler]`,
      );
    },
  );

  it("keeps the services' Workload Identity bindings on the same pool, and gives teams access only through scope role bindings", () => {
    const env = envOf(config, "prd");
    const svc = JSON.parse(fs.readFileSync(path.join(synthOut, "stacks", "svc-payments-prd", "cdk.tf.json"), "utf8"));
    expect(resourcesOf(svc, "google_service_account_iam_member").map((m) => m.member)).toContain(
      `serviceAccount:${env.projectId}.svc.id.goog[payments/payments]`,
    );
    const bindings = resourcesOf(stack("prd"), "google_gke_hub_scope_rbac_role_binding");
    expect(bindings.map((b) => [b.scope_id, b.group, b.role.predefined_role])).toContainEqual([
      "payments",
      "payments-team@example.com",
      "VIEW",
    ]);
    expect(
      resourcesOf(stack("dev"), "google_gke_hub_scope_rbac_role_binding").map((b) => b.role.predefined_role),
    ).toContain("EDIT");
  });
});

describe("the plan guard and Config Sync", () => {
  const change = (type: string, kind: ResourceChange["kind"], before?: object, after?: object): ResourceChange => ({
    address: `${type}.x`,
    type,
    kind,
    before,
    after,
    afterUnknown: {},
  });
  /** The feature as `terraform show -json` writes it (nested blocks are lists). */
  const feature = (preventDrift: boolean, secretType = "k8sserviceaccount") => ({
    name: "configmanagement",
    fleet_default_member_config: [
      { configmanagement: [{ config_sync: [{ prevent_drift: preventDrift, oci: [{ secret_type: secretType }] }] }] },
    ],
  });

  it("blocks deleting the feature or the repository even outside production; the reader grant is routine", () => {
    const report = guardPlan(
      [
        change("google_gke_hub_feature", "delete"),
        change("google_artifact_registry_repository", "delete"),
        change("google_artifact_registry_repository_iam_member", "delete"),
      ],
      { stack: "dev", productionLike: false },
    );
    expect(report.violations.map((v) => `${v.address}: ${v.impact}`)).toEqual([
      expect.stringMatching(/^google_gke_hub_feature\.x: .*Config Sync \(configmanagement\) is uninstalled/),
      expect.stringMatching(/^google_artifact_registry_repository\.x: .*Config Sync syncs the tenant baseline from/),
    ]);
  });

  it("blocks switching drift prevention off, or a stored key as the source's credential, in place", () => {
    const off = guardPlan([change("google_gke_hub_feature", "update", feature(true), feature(false))], {
      stack: "prd",
      productionLike: true,
    });
    expect(off.violations.map((v) => v.impact)).toEqual([expect.stringContaining("CFG001")]);
    const token = guardPlan([change("google_gke_hub_feature", "update", feature(true), feature(true, "token"))], {
      stack: "dev",
      productionLike: false,
    });
    expect(token.violations.map((v) => v.impact)).toEqual([expect.stringContaining("CFG002")]);
    // Break case: an update that keeps both passes.
    expect(
      guardPlan([change("google_gke_hub_feature", "update", feature(true), feature(true))], {
        stack: "prd",
        productionLike: true,
      }).violations,
    ).toEqual([]);
  });
});

describe("the hydrated baseline folder (config-sync/<env>/)", () => {
  const estates: [string, string][] = [
    ["example", FIXTURE_ROOT],
    ["all-options", path.join(REPO_ROOT, "__tests__/fixtures/all-options")],
  ];

  it("renders with kubectl kustomize to exactly the platform's objects of each environment, valid Kubernetes objects", async () => {
    const checks = estates.flatMap(([label, root]) => {
      const c = loadConfig(root);
      const dir = path.join(out, "folders", label);
      writeTree(dir, configSyncFiles(c.environments, c.services, c.platform));
      return c.environments
        .filter((env) => configSyncObjects(env, c.services, c.platform).length > 0)
        .map(async (env) => ({
          env: `${label}/${env.name}`,
          expected: sorted(configSyncObjects(env, c.services, c.platform)),
          rendered: sorted(await renderFolder(path.join(dir, naming.baselineFolder(env.name)))),
        }));
    });
    const results = await Promise.all(checks);
    expect(results.map((r) => r.env)).toEqual(
      expect.arrayContaining(["example/dev", "example/prd", "all-options/full"]),
    );
    for (const r of results) expect({ env: r.env, objects: r.rendered }).toEqual({ env: r.env, objects: r.expected });
    const all = results.flatMap((r) => r.rendered);
    expect(manifestProblems(all, "config-sync")).toEqual([]);
    expect(new Set(all.map((o) => o.kind))).toEqual(
      new Set(["ResourceQuota", "LimitRange", "NetworkPolicy", "Role", "RoleBinding"]),
    );
    // A default deny in every namespace of every environment.
    for (const r of results)
      for (const ns of new Set(r.rendered.map((o) => o.metadata.namespace)))
        expect(r.rendered.find((o) => o.metadata.namespace === ns && o.metadata.name === "default-deny")).toMatchObject(
          {
            spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
          },
        );
  }, 60_000);

  it("a folder that lost an object renders something else (break case)", async () => {
    const dir = path.join(out, "broken");
    writeTree(dir, configSyncFiles([envOf(config, "prd")], config.services, config.platform));
    const file = path.join(dir, naming.baselineFolder("prd"), "payments.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split("\n---\n").slice(0, -1).join("\n---\n") + "\n");
    const rendered = await renderFolder(path.dirname(file));
    expect(sorted(rendered)).not.toEqual(
      sorted(configSyncObjects(envOf(config, "prd"), config.services, config.platform)),
    );
  });

  it("is committed up to date for this repository's estate (npm run docs)", () => {
    const c = loadConfig(REPO_ROOT);
    expect(
      staleFolder(REPO_ROOT, naming.baselineRoot(), configSyncFiles(c.environments, c.services, c.platform)),
    ).toEqual([]);
  });
});

describe("calls across the clusters of an environment (Multi-cluster Services)", () => {
  // prd runs two clusters; catalog's route is multicluster there (exported to the fleet) and it
  // declares that payments may call it. Rendered with kubectl kustomize as Config Sync reads it.
  const calling = withCallers(config, "catalog", ["payments"]);
  const prd = envOf(calling, "prd");
  const sites = clusterSites(prd);
  const cidr = (text: string) => parseCidr(text) as Cidr;
  const ipIn = (range: string, n: number) => formatIp(cidr(range).start + n);
  const pod = (namespace: string, range: string, n: number): Endpoint => ({
    ip: ipIn(range, n),
    pod: { namespace, labels: { app: namespace } },
  });
  /** An address of another cluster: to this cluster, not a pod of its own. */
  const remote = (range: string, n: number): Endpoint => ({ ip: ipIn(range, n) });
  const port = SERVICE_PORT.targetPort;
  let rendered: K8sObject[] = [];
  const on = (cluster: string, objects: readonly K8sObject[] = rendered) =>
    objects.filter((o) => appliesTo(o, cluster));
  /** Ranges of ipBlocks applied on a cluster that overlap its own pod range. */
  const ownRangeBlocks = (objects: readonly K8sObject[], site: (typeof sites)[number]) =>
    ipBlockRanges(on(site.clusterName, objects)).filter((r) => overlaps(cidr(r), cidr(site.ranges.podsCidr)));

  beforeAll(async () => {
    const dir = path.join(out, "mcs");
    writeTree(dir, configSyncFiles([prd], calling.services, calling.platform));
    rendered = await renderFolder(path.join(dir, naming.baselineFolder("prd")));
  }, 60_000);

  it("renders to the platform's objects, with one cluster-selected policy per cluster and side, naming the fleet members", () => {
    expect(sites.length).toBe(2);
    expect(sorted(rendered)).toEqual(sorted(configSyncObjects(prd, calling.services, calling.platform)));
    expect(manifestProblems(rendered, "config-sync")).toEqual([]);
    const selected = rendered.filter((o) => (o.metadata.annotations as Json | undefined)?.[CLUSTER_NAME_SELECTOR]);
    expect(
      selected
        .map(
          (o) =>
            `${o.metadata.namespace}/${o.metadata.name} -> ${(o.metadata.annotations as Json)[CLUSTER_NAME_SELECTOR]}`,
        )
        .sort(),
    ).toEqual(
      sites
        .flatMap((s) => [
          `catalog/allow-remote-callers-${s.clusterName} -> ${s.clusterName}`,
          `payments/allow-remote-calls-${s.clusterName} -> ${s.clusterName}`,
        ])
        .sort(),
    );
    // The selector names the clusters the platform stack creates, each registered under its own name (fleet.project).
    const clusters = resourcesOf(stack("prd"), "google_container_cluster");
    expect(clusters.map((c) => c.name).sort()).toEqual(sites.map((s) => s.clusterName).sort());
    for (const c of clusters) expect(c.fleet).toEqual({ project: prd.projectId });
  });

  it("admits a declared caller from another cluster in the callee's objects for its cluster, and lets the caller's call out", () => {
    for (const here of sites)
      for (const there of sites.filter((s) => s !== here)) {
        const objects = on(here.clusterName);
        const catalog = pod("catalog", here.ranges.podsCidr, 20);
        const payments = pod("payments", here.ranges.podsCidr, 10);
        // Into catalog here from a pod of the other cluster, at catalog's port only.
        expect(isAllowed(objects, { from: remote(there.ranges.podsCidr, 7), to: catalog, port })).toBe(true);
        expect(isAllowed(objects, { from: remote(there.ranges.podsCidr, 7), to: catalog, port: 9090 })).toBe(false);
        // Out of payments here to catalog's pods in the other cluster.
        expect(isAllowed(objects, { from: payments, to: remote(there.ranges.podsCidr, 30), port })).toBe(true);
        expect(isAllowed(objects, { from: payments, to: remote(there.ranges.podsCidr, 30), port: 9090 })).toBe(false);
        // Not declared: catalog calling out across clusters, or into payments from there.
        expect(isAllowed(objects, { from: catalog, to: remote(there.ranges.podsCidr, 30), port })).toBe(false);
        expect(isAllowed(objects, { from: remote(there.ranges.podsCidr, 7), to: payments, port })).toBe(false);
        // In the cluster, the namespace-scoped path still does it.
        expect(isAllowed(objects, { from: payments, to: catalog, port })).toBe(true);
      }
  });

  it("never puts a cluster's own pod range in an ipBlock of the objects Config Sync applies on it", () => {
    for (const site of sites)
      expect({ cluster: site.clusterName, ranges: ownRangeBlocks(rendered, site) }).toEqual({
        cluster: site.clusterName,
        ranges: [],
      });
    // Objects for every cluster name no pod range of the environment at all.
    const everywhere = rendered.filter((o) => !(o.metadata.annotations as Json | undefined)?.[CLUSTER_NAME_SELECTOR]);
    const pods = sites.map((s) => cidr(s.ranges.podsCidr));
    expect(ipBlockRanges(everywhere).filter((r) => pods.some((p) => overlaps(cidr(r), p)))).toEqual([]);
  });

  it("break case: applied without the selectors, each cluster would admit its own pods by range", () => {
    const unselected = rendered.map((o) => ({
      ...o,
      metadata: { name: o.metadata.name, namespace: o.metadata.namespace },
    }));
    // The other cluster's policies name this cluster's range: its callee's ingress and its caller's egress.
    for (const site of sites)
      expect(ownRangeBlocks(unselected, site)).toEqual([site.ranges.podsCidr, site.ranges.podsCidr]);
    // A pod of this very cluster in an undeclared namespace, seen by its address only, would get in.
    const [here] = sites;
    expect(
      isAllowed(unselected, {
        from: remote(here.ranges.podsCidr, 99),
        to: pod("catalog", here.ranges.podsCidr, 20),
        port,
      }),
    ).toBe(true);
    expect(
      isAllowed(on(here.clusterName), {
        from: remote(here.ranges.podsCidr, 99),
        to: pod("catalog", here.ranges.podsCidr, 20),
        port,
      }),
    ).toBe(false);
  });

  it("admits no other cluster while the callee declares no callers, or is not exported", () => {
    const [here, there] = sites;
    const from = remote(there.ranges.podsCidr, 7);
    const to = pod("catalog", here.ranges.podsCidr, 20);
    const objectsOf = (c: KitConfig) => on(here.clusterName, configSyncObjects(prd, c.services, c.platform));
    expect(isAllowed(objectsOf(withCallers(config, "catalog", [])), { from, to, port })).toBe(false);
    const gateway = withCallers(config, "catalog", ["payments"], (s) => {
      s.route = { ...s.route, type: "gateway" };
    });
    expect(isAllowed(objectsOf(gateway), { from, to, port })).toBe(false);
    expect(isAllowed(objectsOf(gateway), { from: pod("payments", here.ranges.podsCidr, 10), to, port })).toBe(true);
    expect(objectsOf(gateway).filter((o) => o.metadata.annotations)).toEqual([]);
  });

  it("leaves a single-cluster environment's objects as they were: no selector, no pod range, the same as with an in-cluster route", () => {
    for (const env of calling.environments.filter((e) => clusterSites(e).length === 1)) {
      const objects = configSyncObjects(env, calling.services, calling.platform);
      const gateway = withCallers(config, "catalog", ["payments"], (s) => {
        s.route = { ...s.route, type: "gateway" };
      });
      expect(objects).toEqual(configSyncObjects(env, gateway.services, gateway.platform));
      expect(objects.filter((o) => o.metadata.annotations)).toEqual([]);
      const pods = cidr(clusterSites(env)[0].ranges.podsCidr);
      expect(ipBlockRanges(objects).filter((r) => overlaps(cidr(r), pods))).toEqual([]);
    }
    // Without declarations, the folder carries no call policy at all.
    const silent = withCallers(config, "catalog", []);
    const files = configSyncFiles(silent.environments, silent.services, silent.platform);
    expect([...files.values()].join("\n")).not.toMatch(/allow-declared-calls|allow-remote-|cluster-name-selector/);
  });
});

/** A PATH with docker and gcloud that record what the push script asks of them. */
function recordingPath(dir: string): string {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(
    path.join(bin, "docker"),
    `#!/usr/bin/env bash\necho "docker $*" >> "${dir}/calls"\n` +
      `if [ "$1" = build ]; then cp -R "\${@: -1}" "${dir}/context"; fi\nif [ "$1" = login ]; then cat > /dev/null; fi\n`,
    { mode: 0o755 },
  );
  fs.writeFileSync(path.join(bin, "gcloud"), `#!/usr/bin/env bash\necho "gcloud $*" >> "${dir}/calls"\necho token\n`, {
    mode: 0o755,
  });
  return `${bin}:${process.env.PATH}`;
}

describe("a team member cannot take the platform's baseline away", () => {
  const env = envOf(config, "prd");
  const push = (root: string, record: string) =>
    spawnSync(path.join(REPO_ROOT, "scripts/ci/push-baseline.sh"), {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        PATH: recordingPath(record),
        ENVIRONMENT: "prd",
        IMAGE: baselineImage(baselineSource(env)),
        STACK_JSON: stackFile("prd"),
        COMMIT: "0123abc",
      },
    });

  it("edits in their kit or overlay change nothing the platform syncs: the kit has none of it, the folder is regenerated from config", () => {
    const root = tempKit();
    writeGeneratedFolder(
      root,
      naming.baselineRoot(),
      configSyncFiles(config.environments, config.services, config.platform),
    );
    const before = readTree(path.join(root, naming.baselineFolder("prd")));
    // The team's kit holds only their own objects: there is no NetworkPolicy, quota or namespace to remove or patch.
    const payments = config.services.find((s) => s.name === "payments")!;
    const kit = serviceKitFiles(config.platform, config.environments, payments);
    const kinds = kit.flatMap((f) => parseAllDocuments(f.content).map((d) => d.toJS()?.kind));
    expect(kinds).not.toEqual(expect.arrayContaining(["NetworkPolicy"]));
    expect(
      kinds.filter((k) => ["Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy", "RoleBinding"].includes(k)),
    ).toEqual([]);
    // Their overlay adds an allow-all "default-deny" of their own: regenerating yields the platform's version, byte for byte.
    writeTree(path.join(root, "kit"), kit);
    fs.writeFileSync(
      path.join(root, "kit/overlays/prd/own-policy.yaml"),
      "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: payments\nspec:\n  podSelector: {}\n  ingress: [{}]\n",
    );
    writeGeneratedFolder(
      root,
      naming.baselineRoot(),
      configSyncFiles(loadConfig(root).environments, loadConfig(root).services, loadConfig(root).platform),
    );
    expect(readTree(path.join(root, naming.baselineFolder("prd")))).toEqual(before);
    expect(parseAllDocuments(before["payments.yaml"]).map((d) => d.toJS().metadata.name)).toContain("default-deny");
    // In the cluster, the same object is Config Sync's: its admission webhook refuses the team's change or delete.
    expect(syncOf(stack("prd"))[0].fleet_default_member_config.configmanagement.config_sync.prevent_drift).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("a pull request that deletes default-deny from the generated folder fails the check, and npm run docs restores it", () => {
    const root = tempKit();
    const files = configSyncFiles(config.environments, config.services, config.platform);
    writeGeneratedFolder(root, naming.baselineRoot(), files);
    const file = `${naming.baselineFolder("prd")}/payments.yaml`;
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const docs = text.split("\n---\n");
    fs.writeFileSync(path.join(root, file), docs.filter((d) => !/name: default-deny/.test(d)).join("\n---\n"));
    fs.writeFileSync(path.join(root, naming.baselineFolder("prd"), "allow-all.yaml"), "kind: NetworkPolicy\n");
    expect(staleFolder(root, naming.baselineRoot(), files)).toEqual([
      file,
      `${naming.baselineFolder("prd")}/allow-all.yaml`,
    ]);
    expect(writeGeneratedFolder(root, naming.baselineRoot(), files).sort()).toEqual(
      [file, `${naming.baselineFolder("prd")}/allow-all.yaml`].sort(),
    );
    expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(text);
    expect(staleFolder(root, naming.baselineRoot(), files)).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("the deploy pushes exactly the generated folder to the image the feature syncs, and only the folder the reviewed plan names", () => {
    const inputs = workflowInputs(config, loadBootstrapConfig(FIXTURE_ROOT, config.environments));
    const workflows = workflowFiles(inputs);
    const file = (suffix: string) => [...workflows].find(([f]) => f.endsWith(suffix))![1];
    const deploy = parse(file("/deploy.yml")) as { jobs: Record<string, { with?: Record<string, unknown> }> };
    for (const e of config.environments)
      expect(deploy.jobs[e.name].with?.["baseline-image"]).toBe(
        syncOf(stack(e.name))[0].fleet_default_member_config.configmanagement.config_sync.oci.sync_repo,
      );
    const deployEnv = parse(file(`/${inputs.deployWorkflow}`)) as { jobs: Record<string, { steps: Json[] }> };
    const step = deployEnv.jobs["apply-platform"].steps.find((s) => s.run === "scripts/ci/push-baseline.sh")!;
    expect(step.env).toMatchObject({
      ENVIRONMENT: "${{ inputs.environment }}",
      IMAGE: "${{ inputs.baseline-image }}",
      STACK_JSON: "cdktf.out/stacks/${{ inputs.environment }}/cdk.tf.json",
    });

    const root = tempKit();
    writeGeneratedFolder(
      root,
      naming.baselineRoot(),
      configSyncFiles(config.environments, config.services, config.platform),
    );
    const record = path.join(root, "record");
    const ok = push(root, record);
    expect({ status: ok.status, stderr: ok.stderr }).toEqual({ status: 0, stderr: "" });
    // The image holds exactly the folder's files, at its root (Config Sync's default policy_dir), tagged latest (what it pulls).
    expect(readTree(path.join(record, "context"))).toEqual(readTree(path.join(root, naming.baselineFolder("prd"))));
    const image = baselineImage(baselineSource(env));
    expect(fs.readFileSync(path.join(record, "calls"), "utf8")).toContain(`docker push ${image}:latest`);

    // A folder that is not the one the plan carries is not pushed.
    const edited = path.join(root, naming.baselineFolder("prd"), "payments.yaml");
    fs.appendFileSync(edited, "# edited after review\n");
    const refused = push(root, path.join(root, "record-2"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("not pushing");
    expect(fs.existsSync(path.join(root, "record-2", "calls"))).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
