/**
 * What the CI benchmark (npm run bench:ci) records and how it is summarized: read by the
 * benchmark itself, by the wall-time model (npm run ci-model) and by the docs table.
 */

/**
 * What ran: the CI script (`cdktf-stacks.sh`), or only the three terraform commands a stack's
 * plan runs (`init`, `plan`, `show -json`) under `xargs -P`, with no guard and no output
 * handling: what the machine gives for that work alone, the ceiling of any pool on it.
 * Rows recorded before this field existed are the script's.
 */
export type CiBenchRunner = "script" | "terraform";

export interface CiBenchRow {
  readonly mode: "plan" | "deploy";
  readonly runner?: CiBenchRunner;
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
  readonly runner: CiBenchRunner;
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

const runnerOf = (r: CiBenchRow): CiBenchRunner => r.runner ?? "script";

/**
 * Every mode and size measured both one at a time and with the pool, in the order measured:
 * the script's pairs, or (runner "terraform") the terraform-alone ceiling's.
 */
export function benchPairs(result: CiBenchResult, runner: CiBenchRunner = "script"): CiBenchPair[] {
  const mine = result.rows.filter((r) => runnerOf(r) === runner);
  const keys = [...new Set(mine.map((r) => `${r.mode} ${r.stacks}`))];
  return keys.flatMap((key) => {
    const rows = mine.filter((r) => `${r.mode} ${r.stacks}` === key);
    const seqRuns = rows.filter((r) => r.parallelism === 1);
    const poolRuns = rows.filter((r) => r.parallelism > 1);
    if (seqRuns.length === 0 || poolRuns.length === 0) return [];
    const [sequential, pool] = [median(seqRuns), median(poolRuns)];
    return [
      {
        mode: sequential.mode,
        runner,
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

const RUNNER_LABEL: Record<CiBenchRunner, string> = { script: "cdktf-stacks.sh", terraform: "terraform alone" };

/**
 * The Markdown table docs/ci.md shows: sequential vs pool per mode and size, each script
 * pair followed by the terraform-alone ceiling of the same size when it was measured, and
 * the share of that ceiling's speed-up the script's pool reached.
 */
export function benchTable(result: CiBenchResult): string {
  const lines = [
    "| mode | stacks | what runs | runs | one at a time | pool | pool wall | speed-up | of the ceiling | CPU per stack | load (1 min) |",
    "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  const ceilings = benchPairs(result, "terraform");
  const row = (p: CiBenchPair, share: string) =>
    `| ${p.mode} | ${p.stacks} | ${RUNNER_LABEL[p.runner]} | ${p.runs} | ${p.sequential.wallS.toFixed(1)} s | ` +
    `${p.pool.parallelism} at a time | ${p.pool.wallS.toFixed(1)} s | ${p.speedup.toFixed(2)}× | ${share} | ` +
    `${p.cpuPerStackS.toFixed(2)} s | ${p.loadMin.toFixed(1)}–${p.loadMax.toFixed(1)} |`;
  for (const p of benchPairs(result)) {
    const ceiling = ceilings.find((c) => c.mode === p.mode && c.stacks === p.stacks);
    lines.push(row(p, ceiling ? `${Math.round((100 * p.speedup) / ceiling.speedup)} %` : "–"));
    if (ceiling) lines.push(row(ceiling, "(ceiling)"));
  }
  return lines.join("\n");
}
