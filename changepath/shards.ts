import * as fs from "fs";
import { GITHUB_MATRIX_MAX_JOBS, ShardSettings, ciShardsSchema } from "../lib/config/ci-shards";
import { StackGraph, deployWaves, readManifest } from "./affected-stacks";
import { CiInputError, EXIT, runCli } from "./common";

export { SHARD_DEFAULTS } from "../lib/config/ci-shards";
export type { ShardSettings } from "../lib/config/ci-shards";

/**
 * Shards: the affected stacks of each environment split over runners, each shard planned
 * (or deployed) by one matrix job of the same reusable workflow. A change that touches a
 * few stacks per environment stays one job per environment.
 */

/** One matrix job: its environment, its number (1-based) of how many, and its stacks. */
export interface Shard {
  readonly environment: string;
  readonly shard: number;
  readonly of: number;
  readonly stacks: readonly string[];
}

/** Splits `stacks` (already in deploy order) into `count` runs of balanced size, order kept. */
function split(stacks: readonly string[], count: number): string[][] {
  const out: string[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(stacks.length / count) + (i < stacks.length % count ? 1 : 0);
    out.push(stacks.slice(at, at + size));
    at += size;
  }
  return out;
}

/** How many shards an environment with `n` stacks gets under `settings` and `cap`. */
export function shardCount(n: number, settings: ShardSettings, cap: number = settings.maxShards): number {
  if (n === 0) return 0;
  return Math.max(1, Math.min(settings.maxShards, cap, Math.ceil(n / settings.stacksPerShard)));
}

/**
 * The matrix of a plan or deploy: every environment with stacks gets between 1 and
 * maxShards shards, and the whole matrix stays within GitHub's 256 jobs per run (each
 * environment's share of it when many environments change at once).
 */
export function shardStacks(
  byEnvironment: Readonly<Record<string, readonly string[]>>,
  settings: ShardSettings,
): Shard[] {
  const envs = Object.keys(byEnvironment).filter((e) => byEnvironment[e].length > 0);
  const cap = Math.max(1, Math.floor(GITHUB_MATRIX_MAX_JOBS / Math.max(1, envs.length)));
  return envs.flatMap((environment) => {
    const parts = split(byEnvironment[environment], shardCount(byEnvironment[environment].length, settings, cap));
    return parts.map((stacks, i) => ({ environment, shard: i + 1, of: parts.length, stacks }));
  });
}

/** A shard as the reusable workflows take it: `shard` names it ("" when the environment has one). */
export interface MatrixShard {
  readonly environment: string;
  readonly shard: string;
  readonly stacks: readonly string[];
}

const label = (s: Shard): string => (s.of === 1 ? "" : `${s.shard}-of-${s.of}`);
const toMatrix = (shards: readonly Shard[]): MatrixShard[] =>
  shards.map((s) => ({ environment: s.environment, shard: label(s), stacks: s.stacks }));

/**
 * The two fan-outs of the workflows, from the affected stacks per environment (deploy order):
 *   plan     every affected stack of an environment, in shards (pull requests, drift);
 *   services per environment, the shards of the stacks after its platform stacks (deploy: the
 *            platform stacks apply first, in one job, then these shards at once).
 * Deploy shards need stacks that depend only on platform stacks (two waves): anything deeper
 * would have to wait on another shard, so it is refused with the stacks that do it.
 */
export function workflowShards(
  byEnvironment: Readonly<Record<string, readonly string[]>>,
  graph: StackGraph,
  settings: ShardSettings,
): { plan: MatrixShard[]; services: Record<string, MatrixShard[]> } {
  const services: Record<string, string[]> = {};
  for (const [env, stacks] of Object.entries(byEnvironment)) {
    const waves = deployWaves(graph, stacks);
    if (waves.length > 2)
      throw new CiInputError(
        `${waves.slice(2).flat().join(", ")} depend on stacks that are not platform stacks; deploy shards need service stacks that depend only on their environment's platform stacks`,
      );
    services[env] = waves[1] ?? [];
  }
  const serviceShards = toMatrix(shardStacks(services, settings));
  return {
    plan: toMatrix(shardStacks(byEnvironment, settings)),
    services: Object.fromEntries(
      Object.keys(byEnvironment).map((env) => [env, serviceShards.filter((s) => s.environment === env)]),
    ),
  };
}

const USAGE = `usage: shards --manifest <cdktf.out/manifest.json> --by-env '<{"dev":["dev","svc-a-dev"]}>' [options]

Splits the affected stacks of each environment (affected-stacks' by_env output) into shards,
each one matrix job of the reusable plan or deploy workflow (docs/ci.md, Shards).
  --stacks-per-shard <n>   stacks one runner takes before another is used (config ciShards)
  --max-shards <n>         runners one environment uses at most (config ciShards)
  --github-output          write plan_shards (a matrix include list of environment, shard, stacks)
                           and service_shards (per environment, the deploy's service shards)
                           to $GITHUB_OUTPUT; without it, print both as JSON`;

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const options = {
    manifest: { type: "string" },
    "by-env": { type: "string" },
    "stacks-per-shard": { type: "string" },
    "max-shards": { type: "string" },
    "github-output": { type: "boolean" },
  } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    if (!values.manifest || values["by-env"] === undefined)
      throw new CiInputError("--manifest and --by-env are required");
    const settings = ciShardsSchema.safeParse({
      ...(values["stacks-per-shard"] !== undefined ? { stacksPerShard: Number(values["stacks-per-shard"]) } : {}),
      ...(values["max-shards"] !== undefined ? { maxShards: Number(values["max-shards"]) } : {}),
    });
    if (!settings.success)
      throw new CiInputError(
        settings.error.issues
          .map((i) => `--${i.path.join(".").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`)
          .join("; "),
      );
    let byEnv: unknown;
    try {
      byEnv = JSON.parse(values["by-env"] as string);
    } catch {
      byEnv = undefined;
    }
    if (
      typeof byEnv !== "object" ||
      byEnv === null ||
      !Object.values(byEnv).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"))
    )
      throw new CiInputError(`--by-env: expected a JSON object of environment to stack names, got ${values["by-env"]}`);
    const shards = workflowShards(
      byEnv as Record<string, string[]>,
      readManifest(values.manifest as string),
      settings.data,
    );
    const out = { plan_shards: JSON.stringify(shards.plan), service_shards: JSON.stringify(shards.services) };
    for (const s of shards.plan)
      console.error(`plan ${s.environment}${s.shard ? ` ${s.shard}` : ""}: ${s.stacks.length} stack(s)`);
    if (values["github-output"]) {
      if (!env.GITHUB_OUTPUT)
        throw new CiInputError(
          "--github-output: $GITHUB_OUTPUT is not set; it is only available inside GitHub Actions",
        );
      fs.appendFileSync(env.GITHUB_OUTPUT, `plan_shards=${out.plan_shards}\nservice_shards=${out.service_shards}\n`);
    } else console.log(JSON.stringify(shards));
    return EXIT.ok;
  });
}
