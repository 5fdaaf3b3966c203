import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { NodePool } from "../constructs/node-pool";
import { loadConfig } from "../lib/config/load";
import { GKE_SANDBOX, SANDBOX_NAMESPACE_LABEL } from "../lib/gcp/sandbox";
import { manifestProblems } from "../lib/k8s/manifest-schemas";
import { K8sObject } from "../lib/k8s/kustomize";
import { platformObjects, serviceKitFiles } from "../handoff/service-kit";
import { namespaceLabels } from "../handoff/platform-baseline";
import { kustomize } from "./support/kustomize";
import { configProblems, editYaml, Json, onlyResource, REPO_ROOT, synthConstruct, tempKit } from "./helpers";

// GKE Sandbox: the pool option reaches node_config.sandbox_config, config refuses what GKE
// refuses, a sandboxed service's kit puts every workload in gVisor, and the platform kit's
// admission policy keeps the sandbox pool for sandboxed pods.

const FIXTURE = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
const placement = {
  projectId: "p",
  clusterId: "c",
  location: "europe-west1",
  serviceAccountEmail: "n@p.iam.gserviceaccount.com",
};
const pool = (sandbox: boolean) =>
  onlyResource(
    synthConstruct((s) => new NodePool(s, "p", { ...placement, name: "sb", sandbox })).json,
    "google_container_node_pool",
  );

describe("node pool option", () => {
  it("sets sandbox_config GVISOR on a sandbox pool only", () => {
    expect(pool(true).node_config.sandbox_config).toEqual({ type: "GVISOR" });
    expect(pool(false).node_config.sandbox_config).toBeUndefined();
    // GKE taints the nodes itself; the kit declares no sandbox taint.
    expect(pool(true).node_config.taint ?? []).toEqual([]);
  });

  it("refuses a pool that declares GKE's sandbox taint", () => {
    expect(
      () =>
        synthConstruct(
          (s) =>
            new NodePool(s, "p", {
              ...placement,
              name: "sb",
              sandbox: true,
              taints: [{ key: GKE_SANDBOX.taint.key, value: "gvisor", effect: "NO_SCHEDULE" }],
            }),
        ).json,
    ).toThrow(/prop "taints" sandbox\.gke\.io\/runtime is managed by GKE/);
  });
});

describe("config", () => {
  it("refuses the sandbox taint, an all-sandbox cluster and a sandboxed service without a sandbox pool, naming file and field", () => {
    const root = tempKit(FIXTURE);
    editYaml(root, "config/environments/full.yaml", (d) => {
      d.cluster.nodePools[0].taints.push({ key: GKE_SANDBOX.taint.key, value: "gvisor", effect: "NO_SCHEDULE" });
    });
    editYaml(root, "config/environments/alt.yaml", (d) => {
      d.cluster.nodePools = d.cluster.nodePools.map((p: Json) => ({ ...p, sandbox: true }));
    });
    const problems = configProblems(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /full\.yaml: cluster\.nodePools\[0\]\.taints: sandbox\.gke\.io\/runtime is GKE's own taint/,
        ),
        expect.stringMatching(/alt\.yaml: cluster\.nodePools: every pool is a sandbox/),
      ]),
    );
  });

  it("refuses a sandboxed service in an environment without a sandbox pool", () => {
    const root = tempKit(FIXTURE);
    editYaml(root, "config/environments/alt.yaml", (d) => {
      d.cluster.nodePools = d.cluster.nodePools.filter((p: Json) => !p.sandbox);
    });
    expect(configProblems(root)).toEqual([
      expect.stringMatching(/everything\.yaml: sandbox: needs a node pool with sandbox: true in alt/),
    ]);
  });
});

const render = kustomize;

/** The service's kit with a team Deployment and CronJob added to its base, rendered for `env`. */
function renderWithWorkloads(serviceName: string, env: string): K8sObject[] {
  const config = loadConfig(FIXTURE);
  const service = config.services.find((s) => s.name === serviceName)!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kit-sandbox-"));
  for (const f of serviceKitFiles(config.platform, config.environments, service)) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.path), f.content);
  }
  const container = { name: "app", image: "europe-docker.pkg.dev/acme-artifacts/shop/app:1" };
  fs.writeFileSync(
    path.join(dir, "base/team.yaml"),
    [
      {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web" },
        spec: { template: { spec: { containers: [container], tolerations: [{ key: "x", operator: "Exists" }] } } },
      },
      {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "nightly" },
        spec: { schedule: "0 1 * * *", jobTemplate: { spec: { template: { spec: { containers: [container] } } } } },
      },
    ]
      .map((d) => JSON.stringify(d))
      .join("\n---\n"),
  );
  const kustomization = path.join(dir, "base/kustomization.yaml");
  fs.writeFileSync(
    kustomization,
    fs.readFileSync(kustomization, "utf8").replace("resources:\n", "resources:\n  - team.yaml\n"),
  );
  return render(path.join(dir, "overlays", env));
}

/** The labels of a service's fleet namespace in an environment of the all-options fixture. */
function fleetNamespaceLabels(serviceName: string, env: string): Record<string, string> {
  const config = loadConfig(FIXTURE);
  return namespaceLabels(
    config.environments.find((e) => e.name === env)!,
    config.services.find((s) => s.name === serviceName)!,
  );
}

const podSpec = (o: Json): Json =>
  o.kind === "CronJob" ? o.spec.jobTemplate.spec.template.spec : o.spec.template.spec;

describe("hand-off", () => {
  it("puts every workload of a sandboxed service in gVisor on the sandbox pool, and labels its namespace", () => {
    const objects = renderWithWorkloads("everything", "full") as Json[];
    for (const kind of ["Deployment", "CronJob"]) {
      const spec = podSpec(objects.find((o) => o.kind === kind)!);
      expect(spec.runtimeClassName).toBe("gvisor");
      expect(spec.nodeSelector).toEqual({ "sandbox.gke.io/runtime": "gvisor" });
      expect(spec.tolerations).toEqual([
        { key: "sandbox.gke.io/runtime", operator: "Equal", value: "gvisor", effect: "NoSchedule" },
      ]);
    }
    // The namespace is the platform's (a fleet namespace): its labels come from the baseline.
    expect(fleetNamespaceLabels("everything", "full")[SANDBOX_NAMESPACE_LABEL]).toBe("true");
  });

  it("leaves an unsandboxed service's workloads alone (break case)", () => {
    const objects = renderWithWorkloads("minimal", "alt") as Json[];
    const spec = podSpec(objects.find((o) => o.kind === "Deployment")!);
    expect(spec.runtimeClassName).toBeUndefined();
    expect(spec.tolerations).toEqual([{ key: "x", operator: "Exists" }]);
    expect(fleetNamespaceLabels("minimal", "alt")[SANDBOX_NAMESPACE_LABEL]).toBeUndefined();
  });
});

describe("platform kit", () => {
  const config = loadConfig(FIXTURE);
  it("holds the sandbox admission policy where a cluster has a sandbox pool, valid against the Kubernetes schema", () => {
    for (const env of config.environments) {
      const objects = platformObjects(env);
      const policy = objects.find((o) => o.kind === "ValidatingAdmissionPolicy") as Json | undefined;
      expect(policy?.spec.validations.map((v: Json) => v.expression).join("\n")).toMatch(
        /runtimeClassName == 'gvisor'/,
      );
      expect(objects.some((o) => o.kind === "ValidatingAdmissionPolicyBinding")).toBe(true);
      expect(manifestProblems(objects, env.name)).toEqual([]);
    }
    const withoutSandbox = {
      ...config.environments[0],
      cluster: {
        ...config.environments[0].cluster,
        nodePools: config.environments[0].cluster.nodePools.filter((p) => !p.sandbox),
      },
    };
    expect(platformObjects(withoutSandbox).some((o) => o.kind === "ValidatingAdmissionPolicy")).toBe(false);
  });
});
