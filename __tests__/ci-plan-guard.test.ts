import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURE_ROOT } from "./helpers";
import {
  formatGuardReport,
  guardPlan,
  main,
  planDigest,
  readApprovals,
  resolveProductionLike,
} from "../changepath/plan-guard";
import { ROUTINE_TYPES } from "../changepath/guard-rules";
import { readPlanFile, parsePlan, ResourceChange } from "../changepath/plan-json";
import { CiInputError } from "../changepath/common";
import { KitConfig } from "../lib/config/load";

const fixture = (name: string) => path.join(__dirname, "fixtures", "plans", `${name}.json`);
const guard = (name: string, productionLike: boolean) =>
  guardPlan(readPlanFile(fixture(name)), { stack: "some-stack", productionLike });

/** Runs the CLI with captured output; KIT_ROOT is the fixture estate. */
function runCli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
  try {
    const code = main(args, { KIT_ROOT: FIXTURE_ROOT });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const DEPLOY_SA = "gke-kit-deploy-prd@acme-gke-ci.iam.gserviceaccount.com";
const rules = (report: { violations: readonly { address: string; rule: string }[] }) =>
  report.violations.map((v) => [v.rule, v.address]);

describe("plan guard: deny by default", () => {
  it.each(["create-only", "update-in-place", "no-op", "empty", "protection-kept"])(
    "passes %s plans, even in production",
    (name) => {
      const report = guard(name, true);
      expect(report.violations).toEqual([]);
      expect(report.blocked).toBe(false);
    },
  );

  it("blocks replacing a Redis instance and names the reason Terraform gave", () => {
    const report = guard("replace-redis", false);
    expect(report.blocked).toBe(true);
    // The secret version beside it is routine: rewritten from the new instance on apply.
    expect(report.violations).toEqual([
      expect.objectContaining({
        address: "google_redis_instance.redis_instance_0F6C1B2A",
        kind: "replace",
        rule: "destroy",
        actionReason: "replace_because_cannot_update",
      }),
    ]);
  });

  it("blocks deleting a cluster in any environment", () => {
    const report = guard("delete-cluster", false);
    expect(report.blocked).toBe(true);
    expect(rules(report)).toEqual([["destroy", "google_container_cluster.cluster_A4C38409"]]);
  });

  it("blocks a node pool replacement in production but lets dev recreate pools", () => {
    expect(guard("node-pool-replace", true).blocked).toBe(true);
    expect(guard("node-pool-replace", false)).toMatchObject({ blocked: false, violations: [] });
  });

  it("in a mixed plan, lets routine deletes through and blocks everything else that loses something", () => {
    const report = guard("mixed", true);
    expect(rules(report)).toEqual([
      ["destroy", "google_compute_security_policy.armor-baseline_policy_0AB3C014"],
      ["destroy", "google_compute_address.nat_egress-ip-1_9B96F0AD"],
      ["forget", "google_service_account.legacy_sa_11223344"],
    ]);
    expect(report.checked).toBe(7);
  });

  it("blocks deleting or replacing a type it does not know: real Terraform 1.11 output with terraform_data", () => {
    const kinds = Object.fromEntries(readPlanFile(fixture("terraform-1.11-real")).map((c) => [c.address, c.kind]));
    expect(kinds).toEqual({
      "terraform_data.delete_me": "delete",
      "terraform_data.keep": "no-op",
      "terraform_data.new": "create",
      "terraform_data.replace_me": "replace",
      "terraform_data.update_me": "update",
    });
    const report = guard("terraform-1.11-real", false);
    expect(rules(report)).toEqual([
      ["destroy", "terraform_data.delete_me"],
      ["destroy", "terraform_data.replace_me"],
    ]);
    expect(report.violations[0].impact).toContain("a type the guard does not list as routine");
  });

  it("blocks forgetting (a `removed` block) a protected type, as real Terraform 1.11 writes it, but not a routine grant", () => {
    expect(rules(guard("terraform-1.11-forget", false))).toEqual([["forget", "terraform_data.grant"]]);
    const report = guard("forget-protected", false);
    expect(rules(report)).toEqual([["forget", "google_redis_instance.redis_instance_0F6C1B2A"]]);
    expect(report.violations[0].impact).toMatch(/removes the cached data .* from state/);
  });

  it("blocks creating authoritative IAM, not a member grant", () => {
    const report = guard("authoritative-iam", false);
    expect(rules(report)).toEqual([["authoritative-iam", "google_project_iam_binding.team_editor_1A2B3C4D"]]);
    expect(report.blocked).toBe(true);
  });

  it("blocks in-place changes that switch a protection off, naming each one", () => {
    const report = guard("protection-off", false);
    expect(report.violations.map((v) => [v.address, v.impact])).toEqual([
      [
        "google_container_cluster.cluster_A4C38409",
        "switches off cluster deletion protection, private nodes, guardrail GKE001 (Private nodes)",
      ],
      ["google_redis_instance.redis_instance_0F6C1B2A", "switches off Redis AUTH, guardrail RED001 (Redis AUTH)"],
      [
        "google_project.project_22F52B9F",
        "switches off project deletion_policy PREVENT, guardrail PRJ002 (Project deletion protection)",
      ],
      // The mode becomes known only after apply: not proven on, so blocked.
      [
        "google_container_node_pool.pool-general_pool_C8E64032",
        "switches off the GKE metadata server, guardrail GKE007 (GKE metadata server)",
      ],
    ]);
  });

  describe("in-place weakening judged by the guardrail rules themselves", () => {
    const policy = (evaluationMode: string, enforcementMode = "ENFORCED_BLOCK_AND_AUDIT_LOG") => ({
      project: "acme-gke-prd",
      global_policy_evaluation_mode: "ENABLE",
      default_admission_rule: [{ evaluation_mode: evaluationMode, enforcement_mode: enforcementMode }],
    });
    const update = (type: string, before: object, after: object): ResourceChange => ({
      address: `${type}.x`,
      type,
      kind: "update",
      before,
      after,
      afterUnknown: {},
    });

    it("blocks Binary Authorization's default rule switched to ALWAYS_ALLOW in place", () => {
      const report = guardPlan(
        [update("google_binary_authorization_policy", policy("ALWAYS_DENY"), policy("ALWAYS_ALLOW"))],
        { stack: "prd", productionLike: true },
      );
      expect(report.blocked).toBe(true);
      expect(report.violations.map((v) => [v.rule, v.impact])).toEqual([
        [
          "protection-off",
          "switches off guardrail BIN001 (Binary Authorization policy admits only trusted or attested images)",
        ],
      ]);
    });

    it("judges production rules by the environment: dry run is a weakening in production only", () => {
      const change = update(
        "google_binary_authorization_policy",
        policy("ALWAYS_DENY"),
        policy("ALWAYS_DENY", "DRYRUN_AUDIT_LOG_ONLY"),
      );
      expect(guardPlan([change], { stack: "prd", productionLike: true }).blocked).toBe(true);
      expect(guardPlan([change], { stack: "dev", productionLike: false }).blocked).toBe(false);
    });

    it("lets an update through that keeps every guardrail passing, or that was failing already", () => {
      const same = update("google_binary_authorization_policy", policy("ALWAYS_DENY"), policy("REQUIRE_ATTESTATION"));
      const already = update("google_binary_authorization_policy", policy("ALWAYS_ALLOW"), policy("ALWAYS_ALLOW"));
      expect(guardPlan([same, already], { stack: "prd", productionLike: true }).violations).toEqual([]);
    });
  });

  it("blocks removing the CI identities' own grants, and only theirs", () => {
    const options = { stack: "prd", productionLike: true, ciIdentities: [DEPLOY_SA] };
    const report = guardPlan(readPlanFile(fixture("ci-identity-removal")), options);
    expect(rules(report)).toEqual([
      ["ci-identity", "google_project_iam_member.ci_deploy_container_admin_0A1B2C3D"],
      ["ci-identity", "google_project_iam_binding.ci_viewers_4E5F6A7B"],
    ]);
    // Break case: without knowing the identities, the same plan passes (all routine).
    expect(guardPlan(readPlanFile(fixture("ci-identity-removal")), { ...options, ciIdentities: [] }).blocked).toBe(
      false,
    );
  });

  it("explains a block with the resource, the rule, the plan digest and the ways forward", () => {
    const report = guard("replace-redis", true);
    const text = formatGuardReport(report);
    expect(text).toContain("BLOCKED some-stack (production-like)");
    expect(text).toContain(
      "replace google_redis_instance.redis_instance_0F6C1B2A (replace_because_cannot_update) [destroy]: loses the cached data",
    );
    expect(text).toContain(`plan digest: ${report.planDigest}`);
    expect(text).toContain("approvals/destroy.yaml");
    expect(text).not.toContain("label");
  });

  it("lists routine types explicitly and keeps every stateful type out of them", () => {
    for (const t of [
      "google_container_cluster",
      "google_redis_instance",
      "google_project",
      "google_compute_address",
      "google_storage_bucket",
      "google_sql_database_instance",
      "google_sql_database",
      "google_sql_user",
      "google_service_account",
    ]) {
      expect([t, t in ROUTINE_TYPES]).toEqual([t, false]);
    }
    expect(Object.keys(ROUTINE_TYPES).every((t) => t in ROUTINE_TYPES && !/_iam_(policy|binding)$/.test(t))).toBe(true);
  });

  it("blocks deleting the private Google APIs DNS zone anywhere, and a record set only in production", () => {
    const change = (type: string): ResourceChange => ({ address: `${type}.x`, type, kind: "delete" });
    const dev = guardPlan([change("google_dns_managed_zone"), change("google_dns_record_set")], {
      stack: "dev",
      productionLike: false,
    });
    expect(dev.violations.map((v) => `${v.address}: ${v.impact}`)).toEqual([
      expect.stringMatching(/^google_dns_managed_zone\.x: .*tenant NetworkPolicies block/),
    ]);
    const prd = guardPlan([change("google_dns_record_set")], { stack: "prd", productionLike: true });
    expect(prd.violations.map((v) => v.address)).toEqual(["google_dns_record_set.x"]);
  });

  it("blocks deleting a Cloud SQL database and says what is lost; a bucket grant is routine", () => {
    const change = (type: string): ResourceChange => ({ address: `${type}.x`, type, kind: "delete" });
    const report = guardPlan([change("google_sql_database"), change("google_storage_bucket_iam_member")], {
      stack: "svc-payments-dev",
      productionLike: false,
    });
    expect(report.violations.map((v) => `${v.address}: ${v.impact}`)).toEqual([
      expect.stringMatching(/^google_sql_database\.x: .*the database and its tables/),
    ]);
    expect(report.blocked).toBe(true);
  });

  it("hand-written fixtures have the shape real `terraform show -json` output has", () => {
    const real = JSON.parse(fs.readFileSync(fixture("terraform-1.11-real"), "utf8"));
    const keysOf = (o: object) => Object.keys(o).sort();
    const changeKeys = keysOf(real.resource_changes[0].change);
    for (const name of [
      "authoritative-iam",
      "protection-off",
      "forget-protected",
      "ci-identity-removal",
      "protection-kept",
    ]) {
      const plan = JSON.parse(fs.readFileSync(fixture(name), "utf8"));
      expect([name, plan.format_version]).toEqual([name, real.format_version]);
      for (const rc of plan.resource_changes) {
        expect([name, keysOf(rc)]).toEqual([name, keysOf(real.resource_changes[0]).filter((k) => k in rc)]);
        expect([name, keysOf(rc.change)]).toEqual([name, changeKeys]);
      }
    }
  });

  it("refuses an action list it does not know instead of guessing", () => {
    expect(() => readPlanFile(fixture("unknown-action"))).toThrow(
      /unknown-action\.json: resource_changes\[0\] \(google_container_cluster\.cluster_A4C38409\): unknown change\.actions \["delete","archive"\]/,
    );
  });

  it("refuses input that is not a plan, naming the file", () => {
    expect(() => parsePlan({ hello: 1 }, "x.json")).toThrow(CiInputError);
    expect(() => parsePlan({ hello: 1 }, "x.json")).toThrow(/x\.json: .*terraform show -json/);
    expect(() =>
      parsePlan({ format_version: "1.2", resource_changes: [{ address: "a.b", type: "a", change: {} }] }, "x.json"),
    ).toThrow(/x\.json: resource_changes\[0\] \(a\.b\): change\.actions must be an array/);
  });
});

describe("plan guard: approvals", () => {
  const changes = readPlanFile(fixture("replace-redis"));
  const stack = "svc-payments-prd";
  const digest = planDigest(stack, changes);
  const approval = {
    stack,
    address: "google_redis_instance.redis_instance_0F6C1B2A",
    action: "replace" as const,
    planDigest: digest,
    reason: "resize to a new tier",
  };

  it("an approvals entry for this stack, address, action and plan digest approves exactly that change", () => {
    const report = guardPlan(changes, { stack, productionLike: true, approvals: [approval] });
    expect(report.blocked).toBe(false);
    expect(report.violations[0].approvedBy).toBe("approvals/destroy.yaml: resize to a new tier");
    expect(formatGuardReport(report)).toContain("APPROVED svc-payments-prd");
  });

  it("does not apply to another plan, another stack, another action or another address", () => {
    const other = planDigest(stack, [
      ...changes,
      { address: "google_compute_address.x", type: "google_compute_address", kind: "delete" },
    ]);
    expect(other).not.toBe(digest);
    for (const wrong of [
      { planDigest: other },
      { stack: "svc-payments-stg" },
      { action: "delete" as const },
      { address: "google_redis_instance.other" },
    ]) {
      const report = guardPlan(changes, { stack, productionLike: true, approvals: [{ ...approval, ...wrong }] });
      expect([wrong, report.blocked]).toEqual([wrong, true]);
    }
    const stale = guardPlan(changes, { stack, productionLike: true, approvals: [{ ...approval, planDigest: other }] });
    expect(stale.staleApprovals).toEqual([`replace google_redis_instance.redis_instance_0F6C1B2A (${other})`]);
  });

  it("covers the change's values: the same address and action with another value is another plan", () => {
    const redis = changes.find((c) => c.address === approval.address)!;
    const resized = changes.map((c) =>
      c === redis ? { ...c, after: { ...(c.after as object), memory_size_gb: 300 } } : c,
    );
    expect(planDigest(stack, resized)).not.toBe(digest);
    expect(guardPlan(resized, { stack, productionLike: true, approvals: [approval] }).blocked).toBe(true);
    // Key order is not a change.
    const reordered = changes.map((c) =>
      c === redis ? { ...c, after: Object.fromEntries(Object.entries(c.after as object).reverse()) } : c,
    );
    expect(planDigest(stack, reordered)).toBe(digest);
  });

  it("the destroy environment's approval approves the plan the reviewer saw, and no other", () => {
    const report = guardPlan(changes, { stack, productionLike: true, environmentApproval: { planDigest: digest } });
    expect(report.blocked).toBe(false);
    expect(report.violations[0].approvedBy).toMatch(/destroy environment's reviewer, for plan sha256:/);
    const other = guardPlan(changes, {
      stack,
      productionLike: true,
      environmentApproval: { planDigest: `sha256:${"0".repeat(64)}` },
    });
    expect(other.blocked).toBe(true);
    expect(other.staleApprovals).toEqual([
      `the destroy environment approved plan sha256:${"0".repeat(64)}, not this one`,
    ]);
  });

  it("reads approvals/destroy.yaml and names every bad field at once", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "approvals-"));
    const file = path.join(dir, "destroy.yaml");
    fs.writeFileSync(
      file,
      `approvals:\n  - stack: ${stack}\n    address: ${approval.address}\n    action: replace\n    planDigest: ${digest}\n    reason: resize\n`,
    );
    expect(readApprovals(file)).toEqual([{ ...approval, reason: "resize" }]);
    fs.writeFileSync(file, "approvals:\n  - stack: prd\n    action: nuke\n    planDigest: abc\n");
    expect(() => readApprovals(file)).toThrow(
      new CiInputError(
        [
          `${file}: approvals[0].address: the exact resource address the guard printed`,
          `${file}: approvals[0].action: one of delete, replace, forget, create, update`,
          `${file}: approvals[0].planDigest: the plan digest the guard printed (sha256:<64 hex>)`,
          `${file}: approvals[0].reason: why this loss is intended`,
        ].join("\n"),
      ),
    );
    expect(readApprovals(path.join(dir, "missing.yaml"))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the example approvals file approves nothing and parses", () => {
    expect(readApprovals(path.join(__dirname, "fixtures", "estate", "approvals", "destroy.yaml"))).toEqual([]);
  });
});

describe("production-like lookup", () => {
  const env = (name: string, productionLike: boolean) =>
    ({ name, productionLike }) as unknown as KitConfig["environments"][number];
  const config = {
    environments: [env("dev", false), env("prd", true)],
    services: [{ name: "payments", environments: ["dev", "prd"] }],
  } as unknown as KitConfig;

  it("follows each stack to its environment's productionLike", () => {
    expect(resolveProductionLike("prd", config)).toBe(true);
    expect(resolveProductionLike("svc-payments-prd", config)).toBe(true);
    expect(resolveProductionLike("dev", config)).toBe(false);
    expect(resolveProductionLike("svc-payments-dev", config)).toBe(false);
    expect(resolveProductionLike("svc-orders-prd", config)).toBeUndefined();
  });
});

describe("plan-guard CLI", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-guard-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 1 on a node pool replacement in prd (from config/environments/prd.yaml) and 0 in dev", () => {
    expect(runCli(["--plan", fixture("node-pool-replace"), "--stack", "prd"]).code).toBe(1);
    expect(runCli(["--plan", fixture("node-pool-replace"), "--stack", "dev"]).code).toBe(0);
    expect(runCli(["--plan", fixture("node-pool-replace"), "--stack", "dev", "--production-like"]).code).toBe(1);
  });

  it("refuses the old label override and takes approvals from the approved sources only", () => {
    const label = runCli(["--plan", fixture("delete-cluster"), "--stack", "dev", "--allow-destroy=true"]);
    expect(label.code).toBe(2);
    expect(label.err).toContain("a pull-request label no longer overrides the guard");
    // The reviewer approved the blocked run's report; the same plan passes, another stack's report is refused.
    const report = path.join(dir, "dev.guard.json");
    expect(runCli(["--plan", fixture("delete-cluster"), "--stack", "dev", "--report", report]).code).toBe(1);
    const approved = runCli(["--plan", fixture("delete-cluster"), "--stack", "dev", "--environment-approval", report]);
    expect(approved.code).toBe(0);
    expect(approved.out).toContain("APPROVED dev");
    expect(runCli(["--plan", fixture("mixed"), "--stack", "dev", "--environment-approval", report]).code).toBe(1);
    expect(
      runCli(["--plan", fixture("delete-cluster"), "--stack", "stg", "--environment-approval", report]).err,
    ).toContain("not the guard report of stack stg");
  });

  it("takes the CI identities from $CI_IDENTITIES", () => {
    const args = ["--plan", fixture("ci-identity-removal"), "--stack", "prd"];
    expect(runCli(args).code).toBe(0);
    const out: string[] = [];
    const error = jest.spyOn(console, "error").mockImplementation((m: string) => void out.push(m));
    const code = main(args, {
      KIT_ROOT: FIXTURE_ROOT,
      CI_IDENTITIES: `other@x.iam.gserviceaccount.com ${DEPLOY_SA}`,
    });
    error.mockRestore();
    expect(code).toBe(1);
    expect(out.join("\n")).toContain("[ci-identity]");
  });

  it("writes the verdict and a plan without attribute values, safe to upload", () => {
    const report = path.join(dir, "svc-payments-prd.guard.json");
    const slim = path.join(dir, "svc-payments-prd.plan.json");
    runCli(["--plan", fixture("replace-redis"), "--stack", "svc-payments-prd", "--report", report, "--slim-out", slim]);
    expect(JSON.parse(fs.readFileSync(report, "utf8"))).toMatchObject({
      stack: "svc-payments-prd",
      productionLike: true,
      blocked: true,
    });
    const text = fs.readFileSync(slim, "utf8");
    expect(text).not.toContain("s3cr3t");
    const addressAndKind = (f: string) => readPlanFile(f).map((c) => [c.address, c.kind]);
    expect(addressAndKind(slim)).toEqual(addressAndKind(fixture("replace-redis")));
  });

  it("annotates the run when inside GitHub Actions", () => {
    const out: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    main(["--plan", fixture("delete-cluster"), "--stack", "dev"], {
      KIT_ROOT: FIXTURE_ROOT,
      GITHUB_ACTIONS: "true",
    });
    log.mockRestore();
    error.mockRestore();
    expect(out).toContain(
      "::error title=plan guard (dev)::delete google_container_cluster.cluster_A4C38409 [destroy]: loses the cluster and every workload on it",
    );
  });

  it("exits 2 with a fix when the stack is unknown or arguments are missing", () => {
    const unknown = runCli(["--plan", fixture("no-op"), "--stack", "svc-nope-dev"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--stack svc-nope-dev: no environment or service .* pass --production-like/);
    expect(runCli(["--stack", "dev"]).err).toContain("--plan and --stack are required");
    expect(runCli(["--plan", "missing.json", "--stack", "dev"]).err).toContain("missing.json: cannot read the plan");
    expect(runCli(["--plan", fixture("no-op"), "--stack", "dev", "--production-like=maybe"]).code).toBe(2);
  });
});
