/**
 * What the CI benchmark (npm run bench:ci) records and how it is summarized: read by the
 * benchmark itself, by the wall-time model (npm run ci-model) and by the docs table.
 */

export interface CiBenchRow {
  readonly mode: "plan" | "deploy";
  readonly stacks: number;
  readonly parallelism: number;
  readonly wallS: number;
  /** Sum of the stacks' own times as the script reported them. */
  readonly stackSumS: number;
  /** CPU seconds (user + sys) of the script and every process it started, waited for. */
  readonly cpuS: number;
  /** The machine's 1-minute load average: before the run, and sampled during it. */
  readonly loadBefore: number;
  readonly loadMin: number;
  readonly loadMax: number;
}

export interface CiBenchResult {
  readonly date: string;
  readonly cores: number;
  readonly terraform: string;
  readonly rows: CiBenchRow[];
}

/** One size and mode measured both ways: the median run of each (a repeated benchmark has several). */
export interface CiBenchPair {
  readonly mode: "plan" | "deploy";
  readonly stacks: number;
  readonly sequential: CiBenchRow;
  readonly pool: CiBenchRow;
  readonly runs: number;
  /** Sequential wall time over the pool's. */
  readonly speedup: number;
  /** CPU seconds per stack, one at a time. */
  readonly cpuPerStackS: number;
  readonly loadMin: number;
  readonly loadMax: number;
}

/** The run with the median wall time (the lower one of an even count). */
function median(rows: readonly CiBenchRow[]): CiBenchRow {
  const sorted = [...rows].sort((a, b) => a.wallS - b.wallS);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Every mode and size measured both one at a time and with the pool, in the order measured. */
export function benchPairs(result: CiBenchResult): CiBenchPair[] {
  const keys = [...new Set(result.rows.map((r) => `${r.mode} ${r.stacks}`))];
  return keys.flatMap((key) => {
    const rows = result.rows.filter((r) => `${r.mode} ${r.stacks}` === key);
    const seqRuns = rows.filter((r) => r.parallelism === 1);
    const poolRuns = rows.filter((r) => r.parallelism > 1);
    if (seqRuns.length === 0 || poolRuns.length === 0) return [];
    const [sequential, pool] = [median(seqRuns), median(poolRuns)];
    return [
      {
        mode: sequential.mode,
        stacks: sequential.stacks,
        sequential,
        pool,
        runs: Math.min(seqRuns.length, poolRuns.length),
        speedup: sequential.wallS / pool.wallS,
        cpuPerStackS: sequential.cpuS / sequential.stacks,
        loadMin: Math.min(...rows.map((r) => Math.min(r.loadBefore, r.loadMin))),
        loadMax: Math.max(...rows.map((r) => Math.max(r.loadBefore, r.loadMax))),
      },
    ];
  });
}

/** The Markdown table docs/ci.md shows: sequential vs pool per mode and size. */
export function benchTable(result: CiBenchResult): string {
  const lines = [
    "| mode | stacks | runs | one at a time | pool | pool wall | speed-up | CPU per stack | load (1 min) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const p of benchPairs(result)) {
    lines.push(
      `| ${p.mode} | ${p.stacks} | ${p.runs} | ${p.sequential.wallS.toFixed(1)} s | ${p.pool.parallelism} at a time | ` +
        `${p.pool.wallS.toFixed(1)} s | ${p.speedup.toFixed(2)}× | ${p.cpuPerStackS.toFixed(2)} s | ` +
        `${p.loadMin.toFixed(1)}–${p.loadMax.toFixed(1)} |`,
    );
  }
  return lines.join("\n");
}
