import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseOrExit } from "../lib/cli";
import { CiBenchResult, CiBenchRow, CiBenchRunner, benchPairs, benchTable } from "./ci-bench-data";
import { recordBench } from "./ci-model";

export type { CiBenchResult, CiBenchRow } from "./ci-bench-data";

/**
 * Benchmark of the CI stack runner: the real scripts/ci/cdktf-stacks.sh, with real terraform,
 * over N stacks of built-in terraform_data resources that the real cdktf CLI synthesized (the
 * end-to-end fixture app: no provider download, local state). For each N it plans every
 * stack one at a time (PARALLELISM=1) and with the in-runner pool, alternately, each pass on
 * a fresh copy of the synthesized app, and prints wall times, the speed-up, the CPU seconds
 * per stack and the machine's load average during the runs (a speed-up measured while other
 * work loads the cores measures the sharing, not the pool). Plans are also run as terraform
 * alone, the same way one at a time and N at a time: the ceiling any pool has on this machine.
 * Writes bench-results/ci-<timestamp>.json, which `npm run ci-model` reads; --record also
 * makes it docs/ci-bench.json and rewrites the tables of docs/ci.md.
 */

const repo = path.resolve(__dirname, "..", ...(path.basename(path.resolve(__dirname, "..")) === "dist" ? [".."] : []));
const fixture = path.join(repo, "__tests__", "e2e", "fixture-app");
const script = path.join(repo, "scripts", "ci", "cdktf-stacks.sh");
const pool = path.join(repo, "scripts", "ci", "stack-pool.sh");
const cdktf = path.join(repo, "node_modules", ".bin", "cdktf");

type Mode = "plan" | "deploy";

/** A fixture app with `stacks` stacks (the platform stack and stacks-1 services), synthesized by the cdktf CLI. */
function makeApp(stacks: number): { dir: string; names: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kit-bench-ci-${stacks}-`));
  fs.cpSync(fixture, dir, { recursive: true });
  fs.symlinkSync(path.join(repo, "node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(path.join(dir, "terraformrc"), "");
  fs.mkdirSync(path.join(dir, "state"));
  const services = stacks - 2; // besides platform and svc-e2e-dev
  const r = spawnSync(cdktf, ["synth", "--no-color"], {
    cwd: dir,
    env: {
      ...process.env,
      ...appEnv(dir),
      FIXTURE_STATE_DIR: path.join(dir, "state"),
      FIXTURE_SERVICES: String(services),
    },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`cdktf synth failed:\n${r.stdout}\n${r.stderr}`);
  const names = ["platform", "svc-e2e-dev", ...Array.from({ length: services }, (_, i) => `svc-s${i}-dev`)];
  return { dir, names };
}

/**
 * A fresh copy of the synthesized app for one pass: no .terraform folders or plans from an
 * earlier pass, and no state (the stacks' local backends name the app's state folder).
 */
function copyApp(app: string): string {
  const dir = fs.mkdtempSync(`${app}-pass-`);
  for (const f of ["cdktf.json", "main.js", "terraformrc", "cdktf.out"])
    fs.cpSync(path.join(app, f), path.join(dir, f), { recursive: true });
  fs.rmSync(path.join(app, "state"), { recursive: true, force: true });
  fs.mkdirSync(path.join(app, "state"));
  return dir;
}

function appEnv(dir: string): Record<string, string> {
  return {
    APP_DIR: dir,
    LOCK_FILE: "none",
    GUARD_ARGS: "--production-like",
    TF_CLI_CONFIG_FILE: path.join(dir, "terraformrc"),
    CDKTF_HOME: path.join(dir, ".cdktf"),
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "true",
  };
}

/** `times` of bash: the children's user and sys seconds, e.g. "0m2.350s 0m1.260s". */
function childCpuSeconds(times: string): number {
  const line = times.trim().split("\n").at(-1) ?? "";
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/**
 * Terraform alone: per stack the three commands a plan runs (cdktf-stacks.sh, plan_stack),
 * `xargs -P` at a time, nothing else; the Go settings are the pool's (stack-pool.sh, pool_go_env).
 */
const TERRAFORM_ALONE =
  `. "$3" && pool_go_env "$PARALLELISM" && printf '%s\\n' $STACKS | xargs -P "$PARALLELISM" -I{} sh -c 'd=cdktf.out/stacks/$1; ` +
  `terraform -chdir="$d" init -input=false -no-color && ` +
  `terraform -chdir="$d" plan -input=false -no-color -lock=false -out=plan && ` +
  `terraform -chdir="$d" show -json plan' _ {} >/dev/null`;

/**
 * One run on `dir` (the CI script, or terraform alone): wall time, the stacks' own times the
 * script printed, the CPU of the run and every process it waited for (bash `times`), the
 * load average every second.
 */
async function runOnce(
  mode: Mode,
  runner: CiBenchRunner,
  dir: string,
  names: string[],
  parallelism: number,
): Promise<CiBenchRow> {
  const timesFile = path.join(dir, "cpu-times");
  const loads: number[] = [];
  const loadBefore = os.loadavg()[0];
  const sampler = setInterval(() => loads.push(os.loadavg()[0]), 1000);
  const started = process.hrtime.bigint();
  const command = runner === "script" ? 'bash "$0" "$1"' : TERRAFORM_ALONE;
  const alone = runner === "terraform" ? { TF_IN_AUTOMATION: "1" } : {};
  const args = [script, mode, timesFile, pool];
  const child = spawn("bash", ["-c", `${command}; s=$?; times > "$2"; exit $s`, ...args], {
    cwd: dir,
    env: { ...process.env, ...appEnv(dir), ...alone, STACKS: names.join(" "), PARALLELISM: String(parallelism) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  loads.push(os.loadavg()[0]);
  if (status !== 0)
    throw new Error(
      `${runner === "script" ? "cdktf-stacks.sh" : "terraform alone"} ${mode} exited ${status}:\n${stdout.slice(-4000)}\n${stderr}`,
    );
  const times = [...stdout.matchAll(/^::group::\w+ [a-z0-9-]+ \(([\d.]+) s/gm)].map((m) => Number(m[1]));
  return {
    mode,
    runner,
    stacks: names.length,
    parallelism,
    wallS,
    stackSumS: times.reduce((a, b) => a + b, 0),
    cpuS: childCpuSeconds(fs.readFileSync(timesFile, "utf8")),
    loadBefore,
    loadMin: Math.min(...loads),
    loadMax: Math.max(...loads),
  };
}

const oneLine = (r: CiBenchRow) =>
  `${r.runner === "terraform" ? "terraform alone: " : ""}${r.mode} ${r.stacks} stacks, ${r.parallelism} at a time: ${r.wallS.toFixed(1)} s wall, ` +
  `${(r.cpuS / r.stacks).toFixed(2)} s CPU per stack (load ${r.loadBefore.toFixed(1)}, during ${r.loadMin.toFixed(1)}–${r.loadMax.toFixed(1)})`;

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly parallelism: number;
  readonly modes: readonly Mode[];
  /** Passes of each way per size; the tables take the median. */
  readonly repeat: number;
}

/** The ways one pass runs a mode: the script one at a time and pooled, then (plans) terraform alone both ways. */
function ways(mode: Mode, parallelism: number): [CiBenchRunner, number][] {
  const runners: CiBenchRunner[] = mode === "plan" ? ["script", "terraform"] : ["script"];
  return runners.flatMap((r): [CiBenchRunner, number][] => [
    [r, 1],
    [r, parallelism],
  ]);
}

/** Runs the benchmark; `progress` gets a line per run as it ends. */
export async function benchCi(
  o: BenchOptions,
  progress: (line: string) => void = (line) => console.error(line),
): Promise<CiBenchResult> {
  const tf = spawnSync("terraform", ["version", "-json"], { encoding: "utf8" });
  if (tf.status !== 0) throw new Error("terraform is not on PATH (https://developer.hashicorp.com/terraform/install)");
  const rows: CiBenchRow[] = [];
  for (const stacks of o.sizes) {
    const { dir: app, names } = makeApp(stacks);
    try {
      for (const mode of o.modes)
        for (let pass = 0; pass < o.repeat; pass++)
          // Alternately, so a change in the machine's load falls on every way alike.
          for (const [runner, p] of ways(mode, o.parallelism)) {
            const dir = copyApp(app);
            try {
              rows.push(await runOnce(mode, runner, dir, names, p));
              progress(oneLine(rows[rows.length - 1]));
            } finally {
              fs.rmSync(dir, { recursive: true, force: true });
            }
          }
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  }
  return {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    terraform: (JSON.parse(tf.stdout) as { terraform_version: string }).terraform_version,
    rows,
  };
}

const USAGE = `Usage: npm run bench:ci [-- --sizes 10,50 --repeat 1 --parallelism 4 --mode plan --record]

Benchmarks the CI stack runner (scripts/ci/cdktf-stacks.sh) with real terraform over N
stacks the cdktf CLI synthesized: each size one at a time and with the pool, alternately.
Writes bench-results/ci-<timestamp>.json; --record also makes it docs/ci-bench.json and
rewrites the benchmark and model tables of docs/ci.md. Run it on a quiet machine.`;

/** The flags, checked: every problem at once. */
function options(): BenchOptions & { record: boolean } {
  const { values } = parseOrExit("bench:ci", USAGE, {
    sizes: { type: "string", default: "10,50" },
    repeat: { type: "string", default: "1" },
    parallelism: { type: "string", default: String(2 * os.cpus().length) },
    mode: { type: "string", default: "plan" },
    record: { type: "boolean", default: false },
  });
  const sizes = values.sizes!.split(",").map(Number);
  const [parallelism, repeat] = [Number(values.parallelism), Number(values.repeat)];
  const modes = values.mode!.split(",") as Mode[];
  const problems = [
    ...sizes
      .filter((n) => !Number.isInteger(n) || n < 2)
      .map((n) => `--sizes: ${n} is not a whole number of 2 or more`),
    ...(Number.isInteger(parallelism) && parallelism > 1 ? [] : [`--parallelism: expected 2 or more`]),
    ...(Number.isInteger(repeat) && repeat > 0 ? [] : [`--repeat: expected 1 or more`]),
    ...modes.filter((m) => m !== "plan" && m !== "deploy").map((m) => `--mode: ${m} is not plan or deploy`),
  ];
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(2);
  }
  return { sizes, parallelism, modes, repeat, record: values.record! };
}

/** Why a speed-up measured now says little: other work shares the cores, per session with autogroup. */
function notQuiet(load: number): string {
  const autogroup = (() => {
    try {
      return fs.readFileSync("/proc/sys/kernel/sched_autogroup_enabled", "utf8").trim() === "1";
    } catch {
      return false;
    }
  })();
  return (
    `warning: load average ${load.toFixed(1)} on ${os.cpus().length} cores: the machine is not quiet, so the ` +
    "speed-up measures the sharing of the cores more than the pool" +
    (autogroup
      ? " (sched_autogroup is on: each session gets an equal share of the cores however many processes it runs)"
      : "")
  );
}

async function main(): Promise<void> {
  const o = options();
  const load = os.loadavg()[0];
  if (load > os.cpus().length / 2) console.error(notQuiet(load));
  const result = await benchCi(o);
  const dir = path.join(repo, "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ci-${result.date.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  console.log(`${result.cores} cores, terraform ${result.terraform}, ${result.date}\n`);
  console.log(benchTable(result));
  const ceilings = benchPairs(result, "terraform");
  for (const p of benchPairs(result)) {
    const c = ceilings.find((t) => t.mode === p.mode && t.stacks === p.stacks);
    console.log(
      `\n${p.mode} ${p.stacks} stacks: one at a time ${p.sequential.wallS.toFixed(1)} s, pool of ${p.pool.parallelism} ` +
        `${p.pool.wallS.toFixed(1)} s: ${p.speedup.toFixed(2)}x; ${p.cpuPerStackS.toFixed(2)} s CPU per stack; ` +
        `load average ${p.loadMin.toFixed(1)}–${p.loadMax.toFixed(1)}` +
        (c
          ? `; terraform alone ${c.sequential.wallS.toFixed(1)} s vs ${c.pool.wallS.toFixed(1)} s: ${c.speedup.toFixed(2)}x`
          : ""),
    );
  }
  console.log(`\nwritten to ${path.relative(repo, file)}`);
  if (o.record) console.log(recordBench(file));
  else console.log(`record it: npm run ci-model -- --bench ${path.relative(repo, file)} --record`);
}

if (require.main === module)
  main().catch((e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  });
