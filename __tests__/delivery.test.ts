import * as fs from "fs";
import * as path from "path";
import { runSynth } from "../synth/cli";
import {
  captureConsole,
  configProblems,
  editYaml,
  FIXTURE_ROOT,
  Json,
  KitSubset,
  resourcesOf,
  tempKit,
} from "./helpers";
import { DELIVERY_RULES } from "../lib/policy/rules-delivery";
import { EXECUTION_ROLES } from "../lib/gcp/delivery";
import { loadConfig } from "../lib/config/load";
import { serviceBaseline } from "../handoff/platform-baseline";
import { guardPlan } from "../changepath/plan-guard";
import type { ResourceChange } from "../changepath/plan-json";

// A service's delivery on the shipped estate, through `npm run synth` as users run it: one
// pipeline in the first environment's stack with a target per environment in promotion order,
// approval on production-like targets, a canary for Gateway API routes, and the execution and
// release identities confined as the trust model says; each guardrail shown failing.

const { errors } = captureConsole();
const POOL = "projects/123456789012/locations/global/workloadIdentityPools/github";

/** Every environment (a pipeline spans them all) and payments, whose pipeline the cases after the first block read. */
const PAYMENTS: KitSubset = { environments: ["dev", "stg", "prd"], services: ["payments"] };

function synth(
  edit: (root: string) => void = () => undefined,
  only: KitSubset | "whole estate" = PAYMENTS,
): { code: number; stack: (name: string) => Json } {
  const root = tempKit(FIXTURE_ROOT, only === "whole estate" ? undefined : only);
  edit(root);
  const out = path.join(root, "out");
  const spy = jest.spyOn(console, "log").mockImplementation(() => undefined);
  const code = runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: out });
  spy.mockRestore();
  const stack = (name: string) => JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8"));
  return { code, stack };
}

const withRepository = (root: string) => {
  editYaml(root, "config/platform.yaml", (d) => void (d.delivery = { workloadIdentityPool: POOL }));
  editYaml(root, "services/payments.yaml", (d) => {
    d.delivery = { repository: { name: "acme/payments", id: "700100", ownerId: "91234567" } };
  });
};

describe("the shipped estate's pipelines", () => {
  let stack: (name: string) => Json;
  beforeAll(() => {
    const r = synth(withRepository, "whole estate");
    expect(r.code).toBe(0);
    stack = r.stack;
  });

  it("puts one pipeline in the service's first environment, stages in promotion order, a target per environment over the DNS endpoint", () => {
    const dev = stack("svc-payments-dev");
    const [pipeline] = resourcesOf(dev, "google_clouddeploy_delivery_pipeline");
    expect(pipeline).toMatchObject({ project: "acme-payments-dev", location: "europe-west1", name: "payments" });
    expect(pipeline.serial_pipeline.stages.map((s: Json) => [s.target_id, s.profiles])).toEqual([
      ["dev", ["dev"]],
      ["stg", ["stg"]],
      ["prd", ["prd"]],
    ]);
    const order = ["dev", "stg", "prd"];
    const targets = resourcesOf(dev, "google_clouddeploy_target").sort(
      (a, b) =>
        order.indexOf(a.labels["target-environment"]) - order.indexOf(b.labels["target-environment"]) ||
        a.name.localeCompare(b.name),
    );
    // prd runs two regions: a multi-target asking for approval, over a target per cluster.
    expect(
      targets.map((t) => [t.name, t.require_approval, t.gke?.cluster, t.gke?.dns_endpoint, t.multi_target?.target_ids]),
    ).toEqual([
      ["dev", false, "projects/acme-gke-dev/locations/europe-west1/clusters/gke-dev", true, undefined],
      ["stg", true, "projects/acme-gke-stg/locations/europe-west1/clusters/gke-stg", true, undefined],
      ["prd", true, undefined, undefined, ["prd-gke-prd", "prd-gke-prd-west4"]],
      ["prd-gke-prd", false, "projects/acme-gke-prd/locations/europe-west1/clusters/gke-prd", true, undefined],
      [
        "prd-gke-prd-west4",
        false,
        "projects/acme-gke-prd/locations/europe-west4/clusters/gke-prd-west4",
        true,
        undefined,
      ],
    ]);
    for (const t of targets)
      expect(t.execution_configs).toEqual([
        {
          usages: ["RENDER", "DEPLOY", "VERIFY"],
          service_account: "deploy-payments@acme-payments-dev.iam.gserviceaccount.com",
        },
      ]);
    for (const later of ["svc-payments-stg", "svc-payments-prd"])
      expect(resourcesOf(stack(later), "google_clouddeploy_delivery_pipeline")).toEqual([]);
  });

  it("runs a canary on production-like stages of a Gateway API route, one step elsewhere", () => {
    const [pipeline] = resourcesOf(stack("svc-catalog-dev"), "google_clouddeploy_delivery_pipeline");
    const [dev, stg] = pipeline.serial_pipeline.stages;
    expect(dev.strategy).toEqual({ standard: { verify: false } });
    expect(stg.strategy.canary).toEqual({
      runtime_config: {
        kubernetes: { gateway_service_mesh: { http_route: "catalog", service: "catalog", deployment: "catalog" } },
      },
      canary_deployment: { percentages: [25, 50], verify: false },
    });
    const [payments] = resourcesOf(stack("svc-payments-dev"), "google_clouddeploy_delivery_pipeline");
    expect(payments.serial_pipeline.stages[2].strategy).toEqual({ standard: { verify: false } }); // ingress route
  });

  it("gives the execution identity jobRunner in the pipeline's project and clusterViewer on each cluster's project, nothing else", () => {
    const grants = ["svc-payments-dev", "svc-payments-stg", "svc-payments-prd"].flatMap((s) =>
      resourcesOf(stack(s), "google_project_iam_member")
        .filter((m) => m.member === "serviceAccount:deploy-payments@acme-payments-dev.iam.gserviceaccount.com")
        .map((m) => `${m.project} ${m.role}`),
    );
    expect(grants.sort()).toEqual(
      [
        "acme-payments-dev roles/clouddeploy.jobRunner",
        "acme-gke-dev roles/container.clusterViewer",
        "acme-gke-stg roles/container.clusterViewer",
        "acme-gke-prd roles/container.clusterViewer",
      ].sort(),
    );
  });

  it("binds the release identity to the team's repository by numeric ID and workflow, lets it release on this pipeline and act as the execution identity only", () => {
    const dev = stack("svc-payments-dev");
    const saMembers = resourcesOf(dev, "google_service_account_iam_member");
    const wif = saMembers.find(
      (m) => m.role === "roles/iam.workloadIdentityUser" && m.member.startsWith("principalSet:"),
    );
    expect(wif?.member).toBe(
      `principalSet://iam.googleapis.com/${POOL}/attribute.repository_workflow/700100:acme/payments/.github/workflows/release.yml@refs/heads/main`,
    );
    expect(saMembers.filter((m) => m.role === "roles/iam.serviceAccountUser")).toHaveLength(1);
    const pipelineIam = resourcesOf(dev, "google_clouddeploy_delivery_pipeline_iam_member");
    expect(pipelineIam.map((m) => m.role).sort()).toEqual(["roles/clouddeploy.approver", "roles/clouddeploy.releaser"]);
    expect(pipelineIam.find((m) => m.role === "roles/clouddeploy.approver")?.member).toBe(
      "group:payments-team@example.com",
    );
    // No keys anywhere.
    expect(resourcesOf(dev, "google_service_account_key")).toEqual([]);
  });
});

describe("without a repository", () => {
  it("creates the release identity but binds nothing to it (break case of the WIF binding)", () => {
    const { code, stack } = synth();
    expect(code).toBe(0);
    const wif = resourcesOf(stack("svc-payments-dev"), "google_service_account_iam_member").filter((m) =>
      String(m.member).startsWith("principalSet:"),
    );
    expect(wif).toEqual([]);
  });
});

describe("guardrails", () => {
  it("DEL001: refuses a production-like target without approval unless waived", () => {
    const off = (root: string) =>
      editYaml(root, "services/payments.yaml", (d) => void (d.delivery = { requireApproval: { prd: false } }));
    expect(synth(off).code).toBe(1);
    expect(errors.join("\n")).toMatch(/DEL001/);
    const waived = synth((root) => {
      off(root);
      editYaml(root, "services/payments.yaml", (d) =>
        (d.waivers ??= []).push({ rule: "DEL001", reason: "prd is a demo environment for this service, no customers" }),
      );
    });
    expect(waived.code).toBe(0);
    expect(
      resourcesOf(waived.stack("svc-payments-dev"), "google_clouddeploy_target").find((t) => t.name === "prd")
        ?.require_approval,
    ).toBe(false);
  });

  it("DEL002/DEL003 cannot be waived", () => {
    const root = tempKit(FIXTURE_ROOT);
    editYaml(root, "services/payments.yaml", (d) =>
      (d.waivers ??= []).push({ rule: "DEL002", reason: "the pipeline needs container.admin for CRDs" }),
    );
    expect(configProblems(root)).toEqual([
      expect.stringMatching(/payments\.yaml: waivers\[\d+\]\.rule: cannot be waived/),
    ]);
  });

  const rule = (id: string) => DELIVERY_RULES.find((r) => r.id === id)!;
  const exec = "serviceAccount:deploy-payments@acme-payments-dev.iam.gserviceaccount.com";
  it("DEL002 judges every Google Cloud grant of an execution identity", () => {
    for (const role of EXECUTION_ROLES)
      expect(rule("DEL002").check({ project: "p", role, member: exec }, { productionLike: true })).toBe(true);
    expect(
      rule("DEL002").check(
        { project: "p", role: "roles/container.developer", member: exec },
        { productionLike: false },
      ),
    ).toBe(false);
    expect(
      rule("DEL002").check(
        { folder: "f", role: "roles/container.clusterViewer", member: exec },
        { productionLike: false },
      ),
    ).toBe(false);
    expect(
      rule("DEL002").check(
        { project: "p", role: "roles/container.admin", member: "serviceAccount:wi-x@p.iam.gserviceaccount.com" },
        { productionLike: false },
      ),
    ).toBe(true);
  });

  it("DEL003 refuses cluster-wide bindings of an execution identity; the hand-off's passes", () => {
    const config = loadConfig(FIXTURE_ROOT);
    const payments = config.services.find((s) => s.name === "payments")!;
    const objects = serviceBaseline(
      config.environments.find((e) => e.name === "prd")!,
      payments,
      config.platform,
      config.services,
    ) as unknown as Json[];
    const binding = objects.find((o) => o.kind === "RoleBinding" && o.metadata.name === "platform-deployer")!;
    const role = objects.find((o) => o.kind === "Role" && o.metadata.name === "platform-deployer")!;
    expect(binding.subjects).toEqual([
      {
        apiGroup: "rbac.authorization.k8s.io",
        kind: "User",
        name: "deploy-payments@acme-payments-dev.iam.gserviceaccount.com",
      },
    ]);
    expect(binding.metadata.namespace).toBe("payments");
    expect(role.rules.flatMap((r: Json) => r.resources)).not.toContain("secrets");
    expect(rule("DEL003").check(binding, { productionLike: true })).toBe(true);
    expect(rule("DEL003").check({ ...binding, kind: "ClusterRoleBinding" }, { productionLike: true })).toBe(false);
    expect(
      rule("DEL003").check({ ...binding, roleRef: { kind: "ClusterRole", name: "edit" } }, { productionLike: true }),
    ).toBe(false);
  });
});

describe("plan guard", () => {
  const target = (requireApproval: boolean) => ({
    name: "prd",
    require_approval: requireApproval,
    labels: { "target-environment": "prd", "production-like": "true" },
  });
  const change = (before: boolean, after: boolean): ResourceChange => ({
    address: "google_clouddeploy_target.delivery_target-prd",
    type: "google_clouddeploy_target",
    kind: "update",
    before: target(before),
    after: target(after),
    afterUnknown: {},
  });

  it("blocks switching a target's approval off in place, even in the first (non-production) environment's stack", () => {
    const report = guardPlan([change(true, false)], { stack: "svc-payments-dev", productionLike: false });
    expect(report.blocked).toBe(true);
    expect(report.violations.map((v) => v.rule)).toContain("protection-off");
    // Break case: switching it on is routine.
    expect(guardPlan([change(false, true)], { stack: "svc-payments-dev", productionLike: false }).blocked).toBe(false);
  });
});
