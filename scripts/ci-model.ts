import * as fs from "fs";
import * as path from "path";
import { parseOrExit } from "../lib/cli";
import { CiBenchResult, benchPairs, benchTable } from "./ci-bench-data";
import { SHARD_DEFAULTS, ShardSettings, shardCount } from "../changepath/shards";

/**
 * Wall-time model of the change path at 20, 200 and 1,000 services, fed by the figures the
 * CI benchmark measured (npm run bench:ci): the time one stack costs the CI script with the
 * real binaries, and how much the in-runner pool gained on this machine. What the benchmark
 * cannot measure (no cloud here) is written below as assumptions with their source.
 * Run: npm run ci-model [-- --bench bench-results/ci-<time>.json --stacks-per-shard 25 --max-shards 6]
 * With --record, the benchmark becomes docs/ci-bench.json and both tables are written into
 * docs/ci.md (a test checks they match that file).
 */

// scripts/ in the sources (tests), dist/scripts/ once built.
const repo = path.resolve(__dirname, "..", ...(path.basename(path.resolve(__dirname, "..")) === "dist" ? [".."] : []));

/** What the model does not measure; each figure says where it comes from. */
export const ASSUMPTIONS = {
  /** Seconds a stack's plan waits on Google APIs (refresh): issue 26's "conservative half a minute per stack". */
  apiWaitS: 30,
  /** The platform stack refreshes a cluster, node pools, network and DNS: taken as three service stacks. */
  platformApiWaitS: 90,
  /**
   * Seconds from job start to the first stack: runner start, checkout, npm ci, the synth
   * artifact and its guard, Terraform, the provider installation (one google provider download).
   */
  jobSetupS: 150,
  /** The plan comment (and the one verdict check) after the last shard: download, render, post. */
  commentS: 60,
  /**
   * Cores of a standard GitHub-hosted Linux runner of a private repository (public: 4).
   * docs.github.com/en/actions/reference/runners/github-hosted-runners
   */
  runnerCores: 2,
  /** Applying a saved plan waits on the APIs as long as planning it did (no refresh, but the writes). */
  /** One service in three has Redis (the synthesis benchmark's estate): a Redis construct change touches those. */
  redisShare: 1 / 3,
} as const;

/** What the model takes from a benchmark run: per-stack CPU cost and the pool's gain. */
export interface Measured {
  /**
   * Seconds one stack costs the CI script one at a time on a runner of its own (terraform
   * init, plan and show, the guard): its measured CPU seconds, user + sys of every process.
   * Not the wall time measured here: on this shared machine that includes the waits for
   * other sessions' work.
   */
  readonly stackS: number;
  /** Pool size the benchmark ran with, and the speed-up it measured over one at a time. */
  readonly pool: number;
  readonly speedup: number;
  readonly cores: number;
}

/** The largest plan size the benchmark measured both ways. */
export function measuredFrom(bench: CiBenchResult): Measured {
  const plans = benchPairs(bench).filter((p) => p.mode === "plan");
  if (plans.length === 0)
    throw new Error("the benchmark has no plan size measured both one at a time and with the pool");
  const p = plans.reduce((a, b) => (b.stacks > a.stacks ? b : a));
  return { stackS: p.cpuPerStackS, pool: p.pool.parallelism, speedup: p.speedup, cores: bench.cores };
}

/**
 * Seconds for one runner to plan `k` stacks with a pool of `pool`: the slower of the CPU
 * bound (k stacks of CPU work at the measured parallel speed-up, scaled to the runner's
 * cores) and the latency bound (rounds of `pool` stacks, each its CPU work plus its wait).
 */
export function runnerSeconds(k: number, waitS: number, m: Measured, pool: number, cores: number): number {
  if (k === 0) return 0;
  const cpuBound = (k * m.stackS) / (m.speedup * (cores / m.cores));
  const latencyBound = Math.ceil(k / pool) * (m.stackS + waitS);
  return Math.max(cpuBound, latencyBound);
}

export interface Scenario {
  readonly change: string;
  readonly services: number;
  /** Stacks planned per environment, and whether the platform stack is one of them. */
  readonly stacksPerEnv: number;
  readonly platform: boolean;
}

export function scenarios(services: number): Scenario[] {
  return [
    { change: "one service", services, stacksPerEnv: 1, platform: false },
    {
      change: "construct change (Redis)",
      services,
      stacksPerEnv: Math.ceil(services * ASSUMPTIONS.redisShare),
      platform: false,
    },
    { change: "provider upgrade", services, stacksPerEnv: services + 1, platform: true },
  ];
}

export interface Estimate {
  readonly scenario: Scenario;
  readonly shards: number;
  readonly stacksPerShard: number;
  /** One environment's plan (pull request or drift): its shards at once, then the comment. */
  readonly planEnvS: number;
  /**
   * One environment's deploy, the reviewer's wait not counted: the platform job and the
   * service shards plan at once, the verdict, the platform stacks apply, then the service shards.
   */
  readonly deployEnvS: number;
  /** The path before the pool and shards, per environment: one runner, one stack after another. */
  readonly beforePlanS: number;
  readonly beforeDeployS: number;
}

export function estimate(s: Scenario, m: Measured, settings: ShardSettings): Estimate {
  const a = ASSUMPTIONS;
  const pool = 2 * a.runnerCores;
  const shard = (k: number) => runnerSeconds(k, a.apiWaitS, m, pool, a.runnerCores);
  const shards = shardCount(s.stacksPerEnv, settings);
  const perShard = Math.ceil(s.stacksPerEnv / shards);
  // The first shard holds the platform stack when it is planned (deploy order): its longer wait.
  const platformExtraS = s.platform ? a.platformApiWaitS - a.apiWaitS : 0;
  const planEnvS = a.jobSetupS + shard(perShard) + platformExtraS + a.commentS;
  const services = s.stacksPerEnv - (s.platform ? 1 : 0);
  const perServiceShard = services === 0 ? 0 : Math.ceil(services / shardCount(services, settings));
  const platformStackS = m.stackS + a.platformApiWaitS;
  const deployEnvS =
    a.jobSetupS +
    Math.max(s.platform ? platformStackS : 0, shard(perServiceShard)) +
    a.commentS +
    (s.platform ? a.jobSetupS + platformStackS : 0) +
    (services > 0 ? a.jobSetupS + shard(perServiceShard) : 0);
  const oneByOne = services * (m.stackS + a.apiWaitS) + (s.platform ? platformStackS : 0);
  return {
    scenario: s,
    shards,
    stacksPerShard: perShard,
    planEnvS,
    deployEnvS,
    beforePlanS: a.jobSetupS + oneByOne + a.commentS,
    beforeDeployS: a.jobSetupS + 2 * oneByOne,
  };
}

const minutes = (s: number) => `${(s / 60).toFixed(1)} min`;

export function modelTable(m: Measured, settings: ShardSettings, sizes: readonly number[] = [20, 200, 1000]): string {
  const lines = [
    "| services | change | stacks / env | shards × stacks | plan / env | deploy / env | before: plan / env | before: deploy / env |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const n of sizes) {
    for (const e of scenarios(n).map((s) => estimate(s, m, settings))) {
      lines.push(
        `| ${n} | ${e.scenario.change} | ${e.scenario.stacksPerEnv} | ${e.shards} × ${e.stacksPerShard} | ${minutes(e.planEnvS)} | ` +
          `${minutes(e.deployEnvS)} | ${minutes(e.beforePlanS)} | ${minutes(e.beforeDeployS)} |`,
      );
    }
  }
  return lines.join("\n");
}

/** The recorded measurement the docs show. */
export const RECORDED_BENCH = path.join(repo, "docs", "ci-bench.json");

/** docs/ci.md with the benchmark and model tables between their markers replaced. */
export function withTables(doc: string, bench: CiBenchResult, settings: ShardSettings): string {
  const m = measuredFrom(bench);
  const put = (text: string, name: string, table: string) => {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[^]*?(<!-- ${name}:end -->)`);
    if (!re.test(text)) throw new Error(`docs/ci.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> markers`);
    return text.replace(re, (_, a: string, b: string) => `${a}${table}\n${b}`);
  };
  return put(put(doc, "ci-bench", benchTable(bench)), "ci-model", modelTable(m, settings));
}

/** The newest bench-results/ci-*.json. */
function latestBench(): string {
  const dir = path.join(repo, "bench-results");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^ci-.*\.json$/.test(f)) : [];
  if (files.length === 0) throw new Error("no bench-results/ci-*.json: run `npm run bench:ci` first");
  return path.join(dir, files.sort().at(-1)!);
}

/** Makes `file` (a benchmark result) docs/ci-bench.json and writes both tables into docs/ci.md. */
export function recordBench(file: string): string {
  const bench = JSON.parse(fs.readFileSync(file, "utf8")) as CiBenchResult;
  fs.writeFileSync(RECORDED_BENCH, JSON.stringify(bench, null, 2) + "\n");
  const docs = path.join(repo, "docs", "ci.md");
  fs.writeFileSync(docs, withTables(fs.readFileSync(docs, "utf8"), bench, SHARD_DEFAULTS));
  return `recorded ${path.relative(repo, file)} as docs/ci-bench.json; tables in docs/ci.md updated`;
}

function main(): void {
  const { values } = parseOrExit(
    "ci-model",
    "Usage: npm run ci-model [-- --bench <bench-results/ci-<time>.json>] [--record]\n\nWall-time model of the change path at 20, 200 and 1,000 services from the CI benchmark's figures (--record: from the newest benchmark, written into docs/ci.md).",
    {
      bench: { type: "string" },
      record: { type: "boolean" },
    },
  );
  const file = values.bench ?? (values.record ? latestBench() : RECORDED_BENCH);
  const bench = JSON.parse(fs.readFileSync(file, "utf8")) as CiBenchResult;
  const m = measuredFrom(bench);
  const settings = SHARD_DEFAULTS;
  if (values.record) console.log(recordBench(file));
  console.log(
    `measured (${path.relative(repo, file)}): ${m.stackS.toFixed(2)} s CPU per stack one at a time, ` +
      `${m.speedup.toFixed(2)}x with ${m.pool} at a time on ${m.cores} cores; ` +
      `shards of ${settings.stacksPerShard} stacks, at most ${settings.maxShards} per environment\n`,
  );
  console.log(modelTable(m, settings));
}

if (require.main === module) main();
