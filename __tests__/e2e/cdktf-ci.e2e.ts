import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The CI path end to end with the real binaries: terraform (1.11 on these machines) and the
 * cdktf CLI from node_modules, on a fixture app of built-in terraform_data resources with
 * local state, so nothing is downloaded. Runs the same script the workflows run
 * (scripts/ci/cdktf-stacks.sh). `npm run e2e`; .ci/run runs it after `npm test`.
 */
const root = path.resolve(__dirname, "..", "..");
const fixtureApp = path.join(__dirname, "fixture-app");
const script = path.join(root, "scripts", "ci", "cdktf-stacks.sh");
const cdktf = path.join(root, "node_modules", ".bin", "cdktf");
const STACKS = ["platform", "svc-e2e-dev"];
const CLUSTER = "terraform_data.cluster";

/** terraform's version, or why it cannot be used. */
function terraformVersion(): { version?: string; problem?: string } {
  const r = spawnSync("terraform", ["version", "-json"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return { problem: "terraform is not on PATH" };
  const version = (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
  const [major, minor] = version.split(".").map(Number);
  return major > 1 || (major === 1 && minor >= 7)
    ? { version }
    : { version, problem: `terraform ${version} is too old (needs 1.7 or later)` };
}
const tf = terraformVersion();
const ready = !tf.problem && fs.existsSync(cdktf);

let work: string;
let env: NodeJS.ProcessEnv;

function synth(variant: "v1" | "v2"): void {
  execFileSync(cdktf, ["synth", "--no-color"], { cwd: work, env: { ...env, FIXTURE_VARIANT: variant }, stdio: "pipe" });
}

function run(
  mode: "plan" | "guard" | "deploy",
  extraEnv: Record<string, string> = {},
): { status: number; output: string } {
  fs.rmSync(path.join(work, "plans"), { recursive: true, force: true });
  const r = spawnSync("bash", [script, mode], {
    cwd: work,
    env: { ...env, STACKS: STACKS.join(" "), GUARD_ARGS: "--production-like", ...extraEnv },
    encoding: "utf8",
  });
  return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(work, file), "utf8"));
/** Actions per address from the summary the script wrote for a stack. */
const actions = (stack: string): Record<string, string> =>
  Object.fromEntries(
    (readJson(`plans/${stack}.plan.json`).resource_changes as { address: string; change: { actions: string[] } }[]).map(
      (rc) => [rc.address, rc.change.actions.join(",")],
    ),
  );
/** The id terraform gave the fixture's protected "cluster": a replacement changes it. */
const clusterId = (): string =>
  (
    readJson("state/platform.tfstate").resources as {
      type: string;
      name: string;
      instances: { attributes: { id: string } }[];
    }[]
  ).find((r) => `${r.type}.${r.name}` === CLUSTER)!.instances[0].attributes.id;

beforeAll(() => {
  if (!ready) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kit-e2e-"));
  fs.cpSync(fixtureApp, work, { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  fs.mkdirSync(path.join(work, "state"));
  fs.writeFileSync(path.join(work, "terraformrc"), "");
  env = {
    ...process.env,
    FIXTURE_STATE_DIR: path.join(work, "state"),
    APP_DIR: work,
    LOCK_FILE: "none",
    TF_CLI_CONFIG_FILE: path.join(work, "terraformrc"),
    TF_PLUGIN_CACHE_DIR: path.join(work, "plugin-cache"),
    CDKTF_HOME: path.join(work, ".cdktf"),
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "true",
  };
  delete env.NODE_OPTIONS;
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("CI on the cdktf CLI, end to end (real terraform and cdktf)", () => {
  it("has terraform 1.7+ and the cdktf CLI (install terraform: https://developer.hashicorp.com/terraform/install)", () => {
    expect(tf.problem ?? "ok").toBe("ok");
    expect(fs.existsSync(cdktf)).toBe(true);
  });

  const step = ready ? it : it.skip;

  step("plans a new app: every stack creates, the guard passes", () => {
    synth("v1");
    const r = run("plan");
    expect([r.status, r.output]).toEqual([0, expect.stringContaining("plan guard: platform (production-like): OK")]);
    expect(actions("platform")).toEqual({ [CLUSTER]: "create" });
    expect(actions("svc-e2e-dev")).toEqual({ "terraform_data.namespace": "create" });
    expect(readJson("plans/platform.guard.json")).toMatchObject({ stack: "platform", blocked: false, violations: [] });
    // The plan cdktf saved is gone once read: it holds attribute values in clear text.
    expect(fs.existsSync(path.join(work, "cdktf.out/stacks/platform/plan"))).toBe(false);
    expect(fs.existsSync(path.join(work, "state/platform.tfstate"))).toBe(false);
  });

  step("deploys: a fresh guarded plan, then cdktf deploy applies both stacks", () => {
    const r = run("deploy");
    expect([r.status, r.output]).toEqual([0, expect.stringContaining("svc-e2e-dev")]);
    expect(clusterId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(readJson("state/svc-e2e-dev.tfstate").resources).toHaveLength(1);
  });

  step("blocks a change that replaces the protected resource, and applies nothing", () => {
    const before = clusterId();
    const serial = readJson("state/platform.tfstate").serial;
    synth("v2");
    const r = run("deploy");
    expect(r.status).toBe(3); // blocked, needs approval; 1 would mean a failure
    expect(r.output).toContain(`plan guard: BLOCKED platform (production-like)`);
    expect(r.output).toContain(`replace ${CLUSTER}`);
    expect(readJson("plans/platform.guard.json")).toMatchObject({
      blocked: true,
      violations: [{ address: CLUSTER, kind: "replace", rule: "destroy" }],
    });
    expect(clusterId()).toBe(before);
    expect(readJson("state/platform.tfstate").serial).toBe(serial);
    // What a reviewer of the destroy environment sees and approves: this exact plan.
    fs.cpSync(path.join(work, "plans"), path.join(work, "approved"), { recursive: true });
  });

  step("the next run plans no changes", () => {
    synth("v1");
    const r = run("plan");
    expect(r.status).toBe(0);
    expect(actions("platform")).toEqual({ [CLUSTER]: "no-op" });
    expect(actions("svc-e2e-dev")).toEqual({ "terraform_data.namespace": "no-op" });
  });

  step(
    "with the destroy environment's approval of that plan the replacement is applied, and then nothing is left to plan",
    () => {
      const before = clusterId();
      synth("v2");
      const r = run("deploy", { APPROVED_PLANS_DIR: path.join(work, "approved") });
      expect([r.status, r.output]).toEqual([0, expect.stringContaining("plan guard: APPROVED platform")]);
      expect(clusterId()).not.toBe(before);
      expect(run("plan").status).toBe(0);
      expect(actions("platform")).toEqual({ [CLUSTER]: "no-op" });
    },
  );
});
