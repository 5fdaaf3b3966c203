import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseOrExit } from "../lib/cli";

/**
 * Benchmark of the CI stack runner: the real scripts/ci/cdktf-stacks.sh, with real terraform
 * and the cdktf CLI, over N generated stacks of built-in terraform_data resources (the
 * end-to-end fixture app: no provider download, local state). For each N it plans every
 * stack one at a time (PARALLELISM=1) and with the in-runner pool, and prints wall times.
 * Writes bench-results/ci-<timestamp>.json, which `npm run ci-model` reads.
 * Run: npm run bench:ci [-- --sizes 10,50 --parallelism 4 --mode plan]
 */

const repo = path.resolve(__dirname, "..", "..");
const fixture = path.join(repo, "__tests__", "e2e", "fixture-app");
const script = path.join(repo, "scripts", "ci", "cdktf-stacks.sh");
const cdktf = path.join(repo, "node_modules", ".bin", "cdktf");

export interface CiBenchRow {
  readonly mode: "plan" | "deploy";
  readonly stacks: number;
  readonly parallelism: number;
  readonly wallS: number;
  /** Sum of the stacks' own times as the script reported them. */
  readonly stackSumS: number;
  readonly loadBefore: number;
  readonly loadAfter: number;
}

export interface CiBenchResult {
  readonly date: string;
  readonly cores: number;
  readonly terraform: string;
  readonly rows: CiBenchRow[];
}

/** A fixture app with `stacks` stacks (the platform stack and stacks-1 services), synthesized. */
function makeApp(stacks: number, env: NodeJS.ProcessEnv): { dir: string; names: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kit-bench-ci-${stacks}-`));
  fs.cpSync(fixture, dir, { recursive: true });
  fs.symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"));
  fs.mkdirSync(path.join(dir, "state"));
  fs.writeFileSync(path.join(dir, "terraformrc"), "");
  const services = stacks - 2; // besides platform and svc-e2e-dev
  const r = spawnSync(cdktf, ["synth", "--no-color"], {
    cwd: dir,
    env: { ...env, ...appEnv(dir), FIXTURE_SERVICES: String(services) },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`cdktf synth failed:\n${r.stdout}\n${r.stderr}`);
  const names = ["platform", "svc-e2e-dev", ...Array.from({ length: services }, (_, i) => `svc-s${i}-dev`)];
  return { dir, names };
}

function appEnv(dir: string): Record<string, string> {
  return {
    FIXTURE_STATE_DIR: path.join(dir, "state"),
    APP_DIR: dir,
    LOCK_FILE: "none",
    GUARD_ARGS: "--production-like",
    TF_CLI_CONFIG_FILE: path.join(dir, "terraformrc"),
    CDKTF_HOME: path.join(dir, ".cdktf"),
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "true",
  };
}

/** One run of the CI script; the wall time and the sum of the per-stack times it printed. */
function runScript(
  mode: "plan" | "deploy",
  dir: string,
  names: string[],
  parallelism: number,
): { wallS: number; stackSumS: number } {
  fs.rmSync(path.join(dir, "plans"), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync("bash", [script, mode], {
    cwd: dir,
    env: { ...process.env, ...appEnv(dir), STACKS: names.join(" "), PARALLELISM: String(parallelism) },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0)
    throw new Error(`cdktf-stacks.sh ${mode} exited ${r.status}:\n${r.stdout.slice(-4000)}\n${r.stderr}`);
  const times = [...r.stdout.matchAll(/^::group::\w+ [a-z0-9-]+ \(([\d.]+) s/gm)].map((m) => Number(m[1]));
  return { wallS, stackSumS: times.reduce((a, b) => a + b, 0) };
}

export function benchCi(sizes: number[], parallelism: number, modes: ("plan" | "deploy")[]): CiBenchResult {
  const tf = spawnSync("terraform", ["version", "-json"], { encoding: "utf8" });
  if (tf.status !== 0) throw new Error("terraform is not on PATH (https://developer.hashicorp.com/terraform/install)");
  const rows: CiBenchRow[] = [];
  for (const stacks of sizes) {
    for (const mode of modes) {
      // Each pass on a fresh app: a deploy leaves state behind that would make the next one a no-op.
      for (const p of [1, parallelism]) {
        const { dir, names } = makeApp(stacks, process.env);
        try {
          const loadBefore = os.loadavg()[0];
          const { wallS, stackSumS } = runScript(mode, dir, names, p);
          const row = { mode, stacks, parallelism: p, wallS, stackSumS, loadBefore, loadAfter: os.loadavg()[0] };
          rows.push(row);
          console.error(
            `${mode} ${stacks} stacks, ${p} at a time: ${wallS.toFixed(1)} s (load ${loadBefore.toFixed(1)} -> ${row.loadAfter.toFixed(1)})`,
          );
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  }
  return {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    terraform: (JSON.parse(tf.stdout) as { terraform_version: string }).terraform_version,
    rows,
  };
}

/** The Markdown table docs/ci.md shows: sequential vs pool per mode and size. */
export function benchTable(result: CiBenchResult): string {
  const lines = [
    "| mode | stacks | one at a time | pool | pool wall | speed-up | per stack (one at a time) | load (1 min) |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const seq of result.rows.filter((r) => r.parallelism === 1)) {
    const par = result.rows.find((r) => r.mode === seq.mode && r.stacks === seq.stacks && r.parallelism > 1);
    if (!par) continue;
    const loads = [seq.loadBefore, seq.loadAfter, par.loadBefore, par.loadAfter];
    lines.push(
      `| ${seq.mode} | ${seq.stacks} | ${seq.wallS.toFixed(1)} s | ${par.parallelism} at a time | ${par.wallS.toFixed(1)} s | ` +
        `${(seq.wallS / par.wallS).toFixed(2)}× | ${(seq.wallS / seq.stacks).toFixed(2)} s | ` +
        `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`,
    );
  }
  return lines.join("\n");
}

function main(): void {
  const { values } = parseOrExit(
    "bench:ci",
    "Usage: npm run bench:ci [-- --sizes 10,50 --parallelism 4 --mode plan]\n\nBenchmarks the CI stack runner (scripts/ci/cdktf-stacks.sh) with real terraform over N generated stacks; writes bench-results/ci-<timestamp>.json.",
    {
      sizes: { type: "string", default: "10,50" },
      parallelism: { type: "string", default: String(2 * os.cpus().length) },
      mode: { type: "string", default: "plan" },
    },
  );
  const sizes = values.sizes!.split(",").map(Number);
  const parallelism = Number(values.parallelism);
  const modes = values.mode!.split(",") as ("plan" | "deploy")[];
  const problems = [
    ...sizes
      .filter((n) => !Number.isInteger(n) || n < 2)
      .map((n) => `--sizes: ${n} is not a whole number of 2 or more`),
    ...(Number.isInteger(parallelism) && parallelism > 1 ? [] : [`--parallelism: expected 2 or more`]),
    ...modes.filter((m) => m !== "plan" && m !== "deploy").map((m) => `--mode: ${m} is not plan or deploy`),
  ];
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 2;
    return;
  }
  const result = benchCi(sizes, parallelism, modes);
  const dir = path.join(repo, "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ci-${result.date.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  console.log(`${result.cores} cores, terraform ${result.terraform}, ${result.date}\n`);
  console.log(benchTable(result));
  console.log(
    `\nwritten to ${path.relative(repo, file)}; model: npm run ci-model -- --bench ${path.relative(repo, file)}`,
  );
}

if (require.main === module) main();
