import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatGuardReport, guardPlan, main, PROTECTED_TYPES, resolveProductionLike } from "../scripts/ci/plan-guard";
import { readPlanFile, parsePlan } from "../scripts/ci/plan-json";
import { CiInputError } from "../scripts/ci/common";
import { KitConfig } from "../lib/config/load";

const fixture = (name: string) => path.join(__dirname, "fixtures", "plans", `${name}.json`);
const guard = (name: string, productionLike: boolean, allowDestroy = false) =>
  guardPlan(readPlanFile(fixture(name)), { stack: "some-stack", productionLike, allowDestroy });

/** Runs the CLI with captured output; KIT_ROOT is the repository, so config/ is the real one. */
function runCli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
  try {
    const code = main(args, { KIT_ROOT: path.resolve(__dirname, "..") });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("plan guard", () => {
  it.each(["create-only", "update-in-place", "no-op", "empty"])("passes %s plans, even in production", (name) => {
    const report = guard(name, true);
    expect(report.violations).toEqual([]);
    expect(report.blocked).toBe(false);
  });

  it("blocks replacing a Redis instance and names the reason Terraform gave", () => {
    const report = guard("replace-redis", false);
    expect(report.blocked).toBe(true);
    expect(report.violations).toEqual([
      expect.objectContaining({ address: "google_redis_instance.redis_instance_0F6C1B2A", kind: "replace", actionReason: "replace_because_cannot_update" }),
    ]);
  });

  it("blocks deleting a cluster in any environment", () => {
    const report = guard("delete-cluster", false);
    expect(report.blocked).toBe(true);
    expect(report.violations.map((v) => [v.kind, v.address])).toEqual([["delete", "google_container_cluster.cluster_A4C38409"]]);
  });

  it("blocks a node pool replacement in production but lets dev recreate pools", () => {
    expect(guard("node-pool-replace", true).blocked).toBe(true);
    expect(guard("node-pool-replace", false)).toMatchObject({ blocked: false, violations: [] });
  });

  it("in a mixed plan, flags only the protected deletion (a NAT IP), not unprotected deletes or replaces", () => {
    const report = guard("mixed", true);
    expect(report.violations.map((v) => v.address)).toEqual(["google_compute_address.nat_egress-ip-1_9B96F0AD"]);
    expect(report.checked).toBe(7);
  });

  it("with allow-destroy, reports the same resources loudly but does not block", () => {
    const blocked = guard("delete-cluster", true);
    const allowed = guard("delete-cluster", true, true);
    expect(allowed.blocked).toBe(false);
    expect(allowed.violations).toEqual(blocked.violations);
    expect(formatGuardReport(allowed)).toMatch(/WARNING .* WILL DELETE OR REPLACE 1 protected resource.*\n {2}- delete google_container_cluster\.cluster_A4C38409/);
  });

  it("explains a block with the resource, what is lost and both ways forward", () => {
    const text = formatGuardReport(guard("replace-redis", true));
    expect(text).toContain("BLOCKED some-stack (production-like)");
    expect(text).toContain("replace google_redis_instance.redis_instance_0F6C1B2A (replace_because_cannot_update): loses the cached data");
    expect(text).toContain("allow-destroy");
    expect(text).toContain("terraform state mv");
  });

  it("protects every stateful type the kit creates", () => {
    expect(Object.keys(PROTECTED_TYPES).sort()).toEqual(
      [
        "google_compute_address",
        "google_compute_global_address",
        "google_compute_network",
        "google_compute_shared_vpc_host_project",
        "google_compute_subnetwork",
        "google_container_cluster",
        "google_gke_backup_backup_plan",
        "google_project",
        "google_redis_instance",
        "google_secret_manager_secret",
        "google_service_networking_connection",
        "google_sql_database_instance",
        "google_storage_bucket",
      ].sort(),
    );
  });

  // Written by a real `terraform show -json` (Terraform 1.11, built-in terraform_data
  // resources, which need no provider download): the hand-written fixtures follow its shape.
  it("reads real Terraform output: every action list maps to one kind", () => {
    const kinds = Object.fromEntries(readPlanFile(fixture("terraform-1.11-real")).map((c) => [c.address, c.kind]));
    expect(kinds).toEqual({
      "terraform_data.delete_me": "delete",
      "terraform_data.keep": "no-op",
      "terraform_data.new": "create",
      "terraform_data.replace_me": "replace",
      "terraform_data.update_me": "update",
    });
    expect(guard("terraform-1.11-real", true).violations).toEqual([]);
  });

  it("refuses an action list it does not know instead of guessing", () => {
    expect(() => readPlanFile(fixture("unknown-action"))).toThrow(/unknown-action\.json: resource_changes\[0\] \(google_container_cluster\.cluster_A4C38409\): unknown change\.actions \["delete","archive"\]/);
  });

  it("refuses input that is not a plan, naming the file", () => {
    expect(() => parsePlan({ hello: 1 }, "x.json")).toThrow(CiInputError);
    expect(() => parsePlan({ hello: 1 }, "x.json")).toThrow(/x\.json: .*terraform show -json/);
    expect(() => parsePlan({ format_version: "1.2", resource_changes: [{ address: "a.b", type: "a", change: {} }] }, "x.json")).toThrow(
      /x\.json: resource_changes\[0\] \(a\.b\): change\.actions must be an array/,
    );
  });
});

describe("production-like lookup", () => {
  const env = (name: string, productionLike: boolean) => ({ name, productionLike }) as unknown as KitConfig["environments"][number];
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

  it("takes the override as the workflow passes it, --allow-destroy=true|false", () => {
    expect(runCli(["--plan", fixture("delete-cluster"), "--stack", "dev", "--allow-destroy=false"]).code).toBe(1);
    const allowed = runCli(["--plan", fixture("delete-cluster"), "--stack", "dev", "--allow-destroy=true"]);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain("WARNING dev");
  });

  it("writes the verdict and a plan without attribute values, safe to upload", () => {
    const report = path.join(dir, "svc-payments-prd.guard.json");
    const slim = path.join(dir, "svc-payments-prd.plan.json");
    runCli(["--plan", fixture("replace-redis"), "--stack", "svc-payments-prd", "--report", report, "--slim-out", slim]);
    expect(JSON.parse(fs.readFileSync(report, "utf8"))).toMatchObject({ stack: "svc-payments-prd", productionLike: true, blocked: true });
    const text = fs.readFileSync(slim, "utf8");
    expect(text).not.toContain("s3cr3t");
    expect(readPlanFile(slim)).toEqual(readPlanFile(fixture("replace-redis")));
  });

  it("annotates the run when inside GitHub Actions", () => {
    const out: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    main(["--plan", fixture("delete-cluster"), "--stack", "dev"], { KIT_ROOT: path.resolve(__dirname, ".."), GITHUB_ACTIONS: "true" });
    log.mockRestore();
    error.mockRestore();
    expect(out).toContain("::error title=plan guard (dev)::delete google_container_cluster.cluster_A4C38409: loses the cluster and every workload on it");
  });

  it("exits 2 with a fix when the stack is unknown or arguments are missing", () => {
    const unknown = runCli(["--plan", fixture("no-op"), "--stack", "svc-nope-dev"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--stack svc-nope-dev: no environment or service .* pass --production-like/);
    expect(runCli(["--stack", "dev"]).err).toContain("--plan and --stack are required");
    expect(runCli(["--plan", "missing.json", "--stack", "dev"]).err).toContain("missing.json: cannot read the plan");
    expect(runCli(["--plan", fixture("no-op"), "--stack", "dev", "--allow-destroy=maybe"]).code).toBe(2);
  });
});
