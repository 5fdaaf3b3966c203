import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * Shards end to end with the real binaries: the fixture app's stacks split by the workflows'
 * own command (npm run shards), each shard run at the same time by the CI script in a
 * folder of its own, as separate runners would; the summaries merged into one comment.
 * Deploy: the platform stack first, then the service shards at once.
 */
const root = path.resolve(__dirname, "..", "..");
const script = path.join(root, "scripts", "ci", "cdktf-stacks.sh");
const cdktf = path.join(root, "node_modules", ".bin", "cdktf");
const STACKS = ["platform", "svc-e2e-dev", "svc-s0-dev", "svc-s1-dev", "svc-s2-dev"];

interface MatrixShard {
  environment: string;
  shard: string;
  stacks: string[];
}

let work: string;
let env: NodeJS.ProcessEnv;

/** One "runner": its own copy of the synthesized output and plan folder, the same state. */
function runner(name: string): string {
  const dir = path.join(work, "runners", name);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ["cdktf.json", "main.js", "terraformrc"]) fs.copyFileSync(path.join(work, f), path.join(dir, f));
  fs.cpSync(path.join(work, "cdktf.out"), path.join(dir, "cdktf.out"), { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** The CI script in each runner at once; resolves with every runner's exit status and output. */
function runAll(mode: "plan" | "deploy", shards: { name: string; stacks: readonly string[] }[]) {
  return Promise.all(
    shards.map(
      ({ name, stacks }) =>
        new Promise<{ name: string; status: number | null; output: string; dir: string }>((resolve) => {
          const dir = runner(`${mode}-${name}`);
          const child = spawn("bash", [script, mode], {
            cwd: dir,
            env: { ...env, APP_DIR: dir, STACKS: stacks.join(" "), PARALLELISM: "2" },
          });
          let output = "";
          child.stdout.on("data", (d) => (output += d));
          child.stderr.on("data", (d) => (output += d));
          child.on("close", (status) => resolve({ name, status, output, dir }));
        }),
    ),
  );
}

// cdktf-ci.e2e.ts fails when terraform is missing; here the steps are skipped.
const ready = fs.existsSync(cdktf) && spawnSync("terraform", ["version"]).status === 0;

beforeAll(() => {
  if (!ready) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kit-shards-"));
  fs.cpSync(path.join(__dirname, "fixture-app"), work, { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  fs.mkdirSync(path.join(work, "state"));
  fs.writeFileSync(path.join(work, "terraformrc"), "");
  env = {
    ...process.env,
    FIXTURE_STATE_DIR: path.join(work, "state"),
    FIXTURE_SERVICES: "3",
    LOCK_FILE: "none",
    GUARD_ARGS: "--production-like",
    TF_CLI_CONFIG_FILE: path.join(work, "terraformrc"),
    CDKTF_HOME: path.join(work, ".cdktf"),
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "true",
  };
  delete env.NODE_OPTIONS;
  delete env.TF_PLUGIN_CACHE_DIR;
  execFileSync(cdktf, ["synth", "--no-color"], { cwd: work, env, stdio: "pipe" });
  execFileSync(process.execPath, [path.join(root, "scripts", "build.js")], { stdio: "pipe" });
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The workflows' shard split of the fixture's stacks: two stacks per runner. */
function shards(): { plan: MatrixShard[]; services: Record<string, MatrixShard[]> } {
  const out = execFileSync(
    process.execPath,
    [
      path.join(root, "dist", "scripts", "ci", "shards.js"),
      "--manifest",
      path.join(work, "cdktf.out", "manifest.json"),
      "--by-env",
      JSON.stringify({ dev: STACKS }),
      "--stacks-per-shard",
      "2",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  return JSON.parse(out);
}

describe("shards across runners, end to end (real terraform and cdktf)", () => {
  const step = ready ? it : it.skip;

  step("plans the shards at once and merges their summaries into one comment", async () => {
    const { plan } = shards();
    expect(plan.map((s) => [s.shard, s.stacks])).toEqual([
      ["1-of-3", ["platform", "svc-e2e-dev"]],
      ["2-of-3", ["svc-s0-dev", "svc-s1-dev"]],
      ["3-of-3", ["svc-s2-dev"]],
    ]);
    const runs = await runAll(
      "plan",
      plan.map((s) => ({ name: s.shard, stacks: s.stacks })),
    );
    for (const r of runs) expect([r.name, r.status, r.output]).toEqual([r.name, 0, expect.stringContaining("plan: ")]);
    // The comment job: every shard's artifact into one folder, one summary for all stacks.
    const merged = path.join(work, "merged");
    fs.mkdirSync(merged);
    for (const r of runs) fs.cpSync(path.join(r.dir, "plans"), merged, { recursive: true });
    const summary = execFileSync(
      process.execPath,
      [
        path.join(root, "dist", "scripts", "ci", "plan-summary.js"),
        "--dir",
        merged,
        "--expected",
        JSON.stringify(STACKS),
      ],
      { encoding: "utf8" },
    );
    for (const stack of STACKS) expect(summary).toContain(stack);
    expect(summary).not.toMatch(/no plan/i);
  });

  step("deploys the platform stack first, then the service shards at once", async () => {
    const { services } = shards();
    expect(services.dev.map((s) => s.stacks)).toEqual([
      ["svc-e2e-dev", "svc-s0-dev"],
      ["svc-s1-dev", "svc-s2-dev"],
    ]);
    const [platform] = await runAll("deploy", [{ name: "platform", stacks: ["platform"] }]);
    expect([platform.status, platform.output]).toEqual([0, expect.stringContaining("apply: 1 stacks")]);
    expect(fs.existsSync(path.join(work, "state", "svc-e2e-dev.tfstate"))).toBe(false);
    const runs = await runAll(
      "deploy",
      services.dev.map((s) => ({ name: s.shard, stacks: s.stacks })),
    );
    for (const r of runs) expect([r.name, r.status]).toEqual([r.name, 0]);
    for (const stack of STACKS)
      expect(JSON.parse(fs.readFileSync(path.join(work, "state", `${stack}.tfstate`), "utf8")).resources).toHaveLength(
        1,
      );
  });
});
