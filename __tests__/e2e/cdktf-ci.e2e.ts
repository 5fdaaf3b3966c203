import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
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
// Two service stacks after the platform stack: plans run in parallel, applies in two waves.
const STACKS = ["platform", "svc-e2e-dev", "svc-s0-dev"];
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
/** main's lock file for the fixture (no providers), outside the app: what CI takes from main's checkout. */
let mainLock: string;
/** The change's lock file: an extra provider, in the app folder where the old scripts read it. */
const PR_LOCK = `provider "registry.terraform.io/attacker/hidden" {
  version = "0.0.1"
  hashes  = ["zh:${"0".repeat(64)}"]
}
`;
/** Commits of the fixture app's repository: the deploy record compares them. */
const commits: string[] = [];
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=e2e", "-c", "user.email=e2e@example.com", ...args], {
    cwd: work,
    encoding: "utf8",
  }).trim();
const commit = (message: string): string => {
  git("commit", "--allow-empty", "-qm", message);
  commits.push(git("rev-parse", "HEAD"));
  return commits[commits.length - 1];
};

function synth(variant: "v1" | "v2", extraEnv: Record<string, string> = {}): void {
  execFileSync(cdktf, ["synth", "--no-color"], {
    cwd: work,
    env: { ...env, FIXTURE_VARIANT: variant, FIXTURE_SERVICES: "1", ...extraEnv },
    stdio: "pipe",
  });
}

function run(
  mode: "plan" | "guard" | "apply" | "deploy",
  extraEnv: Record<string, string> = {},
  keepPlans = false,
): { status: number; output: string } {
  if (!keepPlans) fs.rmSync(path.join(work, "plans"), { recursive: true, force: true });
  const r = spawnSync("bash", [script, mode], {
    cwd: work,
    env: {
      ...env,
      STACKS: STACKS.join(" "),
      GUARD_ARGS: "--production-like",
      PARALLELISM: "2",
      DEPLOY_COMMIT: commits[commits.length - 1],
      ...extraEnv,
    },
    encoding: "utf8",
  });
  return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}

/** The ::group:: titles of a run's output, without their timings: which stacks ran, in print order. */
const groups = (output: string): string[] =>
  [...output.matchAll(/^::group::(\w+ [a-z0-9-]+) \(/gm)].map((m) => m[1]).filter((g) => g !== "install providers");

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

/** The input terraform recorded for svc-e2e-dev's namespace. */
const namespaceInput = (): string =>
  JSON.stringify(
    (readJson("state/svc-e2e-dev.tfstate").resources as { instances: { attributes: { input: unknown } }[] }[])[0]
      .instances[0].attributes.input,
  );

beforeAll(() => {
  if (!ready) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kit-e2e-"));
  fs.cpSync(fixtureApp, work, { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  fs.mkdirSync(path.join(work, "state"));
  fs.writeFileSync(path.join(work, "terraformrc"), "");
  fs.writeFileSync(path.join(work, ".terraform.lock.hcl"), PR_LOCK);
  mainLock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kit-e2e-main-")), ".terraform.lock.hcl");
  fs.writeFileSync(mainLock, "# main's lock file for the fixture: no providers\n");
  fs.writeFileSync(path.join(work, ".gitignore"), "*\n");
  git("init", "-q");
  commit("A: the fixture app");
  env = {
    ...process.env,
    FIXTURE_STATE_DIR: path.join(work, "state"),
    APP_DIR: work,
    LOCK_FILE: mainLock,
    DEPLOY_RECORD: path.join(work, "deployed-commit"),
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
  if (mainLock) fs.rmSync(path.dirname(mainLock), { recursive: true, force: true });
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
    expect(actions("svc-s0-dev")).toEqual({ "terraform_data.namespace": "create" });
    // Planned side by side, printed one stack after another in the given order.
    expect(r.output).toContain("plan: 3 stacks, 2 at a time");
    expect(groups(r.output)).toEqual(STACKS.map((s) => `plan ${s}`));
    expect(readJson("plans/platform.guard.json")).toMatchObject({ stack: "platform", blocked: false, violations: [] });
    // The plan cdktf saved is gone once read: it holds attribute values in clear text.
    expect(fs.existsSync(path.join(work, "cdktf.out/stacks/platform/plan"))).toBe(false);
    expect(fs.existsSync(path.join(work, "state/platform.tfstate"))).toBe(false);
  });

  step("ignores the change's lock file with an extra provider: main's is used, read-only", () => {
    // The previous step ran with the change's lock file in the app folder; no stack got it.
    for (const stack of STACKS)
      expect(fs.readFileSync(path.join(work, "cdktf.out/stacks", stack, ".terraform.lock.hcl"), "utf8")).not.toContain(
        "attacker/hidden",
      );
    // Break case: had the change's lock file been used, its provider would have been installed.
    const r = run("plan", { LOCK_FILE: path.join(work, ".terraform.lock.hcl") });
    expect(r.status).toBe(1);
    expect(r.output).toContain(`installing the providers of ${path.join(work, ".terraform.lock.hcl")} failed`);
  });

  step(
    "deploys: guarded plans, then exactly those saved plans applied (the platform stack, then both services at once), the commit recorded",
    () => {
      const r = run("deploy");
      expect([r.status, r.output]).toEqual([0, expect.stringContaining("svc-e2e-dev")]);
      expect(groups(r.output)).toEqual([...STACKS.map((s) => `guard ${s}`), ...STACKS.map((s) => `apply ${s}`)]);
      expect(r.output).toMatch(/apply: 1 stacks, 2 at a time[^]*apply: 2 stacks, 2 at a time/);
      expect(clusterId()).toMatch(/^[0-9a-f-]{36}$/);
      expect(readJson("state/svc-e2e-dev.tfstate").resources).toHaveLength(1);
      expect(readJson("state/svc-s0-dev.tfstate").resources).toHaveLength(1);
      expect(fs.readFileSync(path.join(work, "deployed-commit"), "utf8").trim()).toBe(commits[0]);
    },
  );

  step("a stack whose plan fails fails the run; the re-run plans only that stack", () => {
    synth("v1", { FIXTURE_FAIL: "svc-s0-dev" });
    const failed = run("plan");
    expect(failed.status).toBe(1);
    expect(failed.output).toContain("::error title=plan failed::svc-s0-dev");
    expect(failed.output).toContain("svc-s0-dev fails on purpose");
    expect(actions("svc-e2e-dev")).toEqual({ "terraform_data.namespace": "no-op" });
    synth("v1");
    const rerun = run("plan", { RESUME: "1" }, true);
    expect(rerun.status).toBe(0);
    expect(rerun.output).toContain("::group::plan platform (0.0 s, done in an earlier run of the same synth)");
    expect(rerun.output).toContain("::group::plan svc-e2e-dev (0.0 s, done in an earlier run of the same synth)");
    expect(actions("svc-s0-dev")).toEqual({ "terraform_data.namespace": "no-op" });
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
      commit("B: node version 1.34");
      synth("v2");
      const r = run("deploy", { APPROVED_PLANS_DIR: path.join(work, "approved") });
      expect([r.status, r.output]).toEqual([0, expect.stringContaining("plan guard: APPROVED platform")]);
      expect(clusterId()).not.toBe(before);
      expect(run("plan").status).toBe(0);
      expect(actions("platform")).toEqual({ [CLUSTER]: "no-op" });
    },
  );

  step("applies the saved plan the guard judged: a change made between plan and apply is not applied", () => {
    synth("v2", { FIXTURE_NAMESPACE: "e2e-a" });
    expect(run("guard").status).toBe(0);
    expect(fs.readFileSync(path.join(work, "plans/svc-e2e-dev.plan.txt"), "utf8")).toContain("e2e-a");
    synth("v2", { FIXTURE_NAMESPACE: "e2e-b" }); // the configuration changes after the guard judged the plan
    const r = run("apply", {}, true);
    expect([r.status, r.output]).toEqual([0, expect.stringContaining("apply svc-e2e-dev (saved plan")]);
    expect(namespaceInput()).toContain("e2e-a");
    expect(namespaceInput()).not.toContain("e2e-b");
    // A saved plan that is not the one the guard judged is refused.
    fs.writeFileSync(path.join(work, "plans/svc-e2e-dev.tfplan.sha256"), "0".repeat(64));
    expect(run("apply", {}, true)).toMatchObject({
      status: 1,
      output: expect.stringContaining("is not the plan the guard judged"),
    });
  });

  step("refuses a re-run of an older deploy, unless a person approved the rollback", () => {
    const before = clusterId();
    synth("v1"); // commit A's output, deployed again after B
    const r = run("deploy", { DEPLOY_COMMIT: commits[0] });
    expect(r.status).toBe(4);
    expect(r.output).toContain(`${commits[0]} is not a descendant of the last deployed commit ${commits[1]}`);
    expect(clusterId()).toBe(before);
    expect(fs.readFileSync(path.join(work, "deployed-commit"), "utf8").trim()).toBe(commits[1]);
    // Approved: the rollback is let through to the guard, which still judges its plan (a replace: blocked).
    const approved = run("deploy", { DEPLOY_COMMIT: commits[0], ROLLBACK_APPROVED: "true" });
    expect([approved.status, approved.output]).toEqual([3, expect.stringContaining("rollback approved")]);
    expect(clusterId()).toBe(before);
  });
});

describe("one provider installation per job (real terraform, a local mirror of a stand-in provider)", () => {
  const pool = path.join(root, "scripts", "ci", "stack-pool.sh");
  let dir: string;
  let tfEnv: NodeJS.ProcessEnv;

  /** A provider package in a local mirror and a lock file that pins it by its archive's zh: checksum, as main's does. */
  beforeAll(() => {
    if (!ready) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kit-providers-"));
    const pkg = path.join(dir, "mirror", "example.com", "kit", "fake");
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(dir, "terraform-provider-fake_v1.0.0"), "#!/bin/sh\n", { mode: 0o755 });
    const archive = path.join(pkg, "terraform-provider-fake_1.0.0_linux_amd64.zip");
    execFileSync("zip", ["-q", archive, "terraform-provider-fake_v1.0.0"], { cwd: dir });
    const zh = createHash("sha256").update(fs.readFileSync(archive)).digest("hex");
    const lock = (hash: string) =>
      `provider "example.com/kit/fake" {\n  version     = "1.0.0"\n  constraints = "1.0.0"\n  hashes = [\n    "zh:${hash}",\n  ]\n}\n`;
    fs.writeFileSync(path.join(dir, "lock.hcl"), lock(zh));
    fs.writeFileSync(path.join(dir, "tampered.hcl"), lock(zh.replace(/^./, (c) => (c === "0" ? "1" : "0"))));
    fs.writeFileSync(
      path.join(dir, "terraformrc"),
      `provider_installation {\n  filesystem_mirror {\n    path = "${path.join(dir, "mirror")}"\n  }\n}\n`,
    );
    tfEnv = {
      ...process.env,
      TF_CLI_CONFIG_FILE: path.join(dir, "terraformrc"),
      RUNNER_TEMP: dir,
      CHECKPOINT_DISABLE: "1",
    };
    delete tfEnv.TF_PLUGIN_CACHE_DIR;
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs install_providers of the pool with `lockFile`; prints the plugin folder and the stacks' lock file. */
  const install = (lockFile: string) =>
    spawnSync(
      "bash",
      [
        "-c",
        `lock="$1"; . "$2" && install_providers && echo "cache=$TF_PLUGIN_CACHE_DIR" && echo "lock=$stack_lock"`,
        "-",
        lockFile,
        pool,
      ],
      { env: tfEnv, encoding: "utf8" },
    );

  (ready ? it : it.skip)(
    "installs once into a fresh job folder; every stack's read-only init links it from there",
    () => {
      const r = install(path.join(dir, "lock.hcl"));
      expect([r.status, r.stderr]).toEqual([0, expect.any(String)]);
      const cache = /^cache=(.+)$/m.exec(r.stdout)![1];
      const stackLock = /^lock=(.+)$/m.exec(r.stdout)![1];
      expect(cache.startsWith(path.join(dir, "kit-plugins."))).toBe(true);
      expect(fs.readFileSync(stackLock, "utf8")).toMatch(/"h1:[^"]+",\n\s+"zh:/);
      for (const stack of ["a", "b"]) {
        const stackDir = path.join(dir, stack);
        fs.mkdirSync(stackDir);
        fs.writeFileSync(
          path.join(stackDir, "main.tf.json"),
          JSON.stringify({
            terraform: { required_providers: { fake: { source: "example.com/kit/fake", version: "1.0.0" } } },
          }),
        );
        fs.copyFileSync(stackLock, path.join(stackDir, ".terraform.lock.hcl"));
        const init = spawnSync(
          "terraform",
          [`-chdir=${stackDir}`, "init", "-backend=false", "-input=false", "-no-color"],
          {
            env: { ...tfEnv, TF_PLUGIN_CACHE_DIR: cache, TF_CLI_ARGS_init: "-lockfile=readonly" },
            encoding: "utf8",
          },
        );
        expect([init.status, init.stdout]).toEqual([0, expect.stringContaining("from the shared cache directory")]);
        const installed = path.join(stackDir, ".terraform/providers/example.com/kit/fake/1.0.0/linux_amd64");
        expect(fs.readlinkSync(installed)).toBe(path.join(cache, "example.com/kit/fake/1.0.0/linux_amd64"));
      }
    },
  );

  (ready ? it : it.skip)("refuses a package whose checksum is not the lock file's", () => {
    const r = install(path.join(dir, "tampered.hcl"));
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/doesn't match any of the checksums\s+previously\s+recorded/);
    expect(r.stderr).toContain("installing the providers of");
  });
});
