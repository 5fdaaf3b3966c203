import { GITHUB_MATRIX_MAX_JOBS, ShardSettings } from "../lib/config/ci-shards";

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
