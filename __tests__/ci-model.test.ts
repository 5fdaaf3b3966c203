import * as fs from "fs";
import * as path from "path";
import { SHARD_DEFAULTS, ShardSettings } from "../lib/config/ci-shards";
import { CiBenchResult, CiBenchRow, benchPairs, benchTable } from "../scripts/ci-bench-data";
import { RECORDED_BENCH, estimate, measuredFrom, runnerSeconds, scenarios, withTables } from "../scripts/ci-model";

// The wall-time model of docs/ci.md, fed by the recorded benchmark (npm run bench:ci, then
// npm run ci-model -- --record).
const bench = JSON.parse(fs.readFileSync(RECORDED_BENCH, "utf8")) as CiBenchResult;
const m = measuredFrom(bench);
const upgrade = (services: number, settings: ShardSettings = SHARD_DEFAULTS) =>
  estimate(
    scenarios(services).find((s) => s.change === "provider upgrade")!,
    m,
    settings,
  );

describe("CI wall-time model", () => {
  it("is fed by a benchmark of at least 10 stacks planned both one at a time and with the pool", () => {
    const sizes = benchPairs(bench)
      .filter((p) => p.mode === "plan")
      .map((p) => p.stacks);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(10);
    // The model takes the CPU per stack (load-independent), not the shared machine's wall time.
    expect(m.stackS).toBeGreaterThan(0);
    expect(m.stackS).toBe(
      benchPairs(bench).find((p) => p.mode === "plan" && p.stacks === Math.max(...sizes))!.cpuPerStackS,
    );
  });

  it("plans a provider upgrade at 200 services in under 20 minutes per environment with the default shards", () => {
    const e = upgrade(200);
    expect(e.shards).toBeGreaterThan(1);
    expect(e.planEnvS / 60).toBeLessThan(20);
    // Without shards (one runner) the same upgrade does not fit: the check can fail.
    expect(upgrade(200, { stacksPerShard: 1000, maxShards: 1 }).planEnvS / 60).toBeGreaterThan(20);
  });

  it("keeps a one-service change in one runner per environment", () => {
    for (const n of [20, 200, 1000]) {
      const e = estimate(scenarios(n)[0], m, SHARD_DEFAULTS);
      expect([e.shards, e.stacksPerShard]).toEqual([1, 1]);
    }
  });

  it("is bounded by CPU for short waits and by rounds of the pool for long ones", () => {
    expect(runnerSeconds(8, 0, m, 4, m.cores)).toBeCloseTo((8 * m.stackS) / m.speedup);
    expect(runnerSeconds(8, 1000, m, 4, m.cores)).toBeCloseTo(2 * (m.stackS + 1000));
  });

  it("takes the median of repeated runs, each way, and the load over all of them", () => {
    const row = (parallelism: number, wallS: number, loadMax: number) => ({
      mode: "plan" as const,
      stacks: 10,
      parallelism,
      wallS,
      stackSumS: wallS,
      cpuS: 7,
      loadBefore: 1,
      loadMin: 0.5,
      loadMax,
    });
    const runs = {
      date: "",
      cores: 2,
      terraform: "1.11.4",
      rows: [row(1, 30, 2), row(4, 9, 2), row(1, 20, 9), row(4, 10, 2), row(1, 21, 2), row(4, 50, 2)],
    };
    const [pair] = benchPairs(runs);
    expect([pair.sequential.wallS, pair.pool.wallS, pair.runs]).toEqual([21, 10, 3]);
    expect(pair.speedup).toBeCloseTo(2.1);
    expect([pair.cpuPerStackS, pair.loadMin, pair.loadMax]).toEqual([0.7, 0.5, 9]);
    // A size measured only one way is not a pair.
    expect(benchPairs({ ...runs, rows: runs.rows.filter((r) => r.parallelism === 1) })).toEqual([]);
  });

  it("keeps terraform alone (the machine's ceiling) apart from the script, and shows the pool's share of it", () => {
    const row = (runner: CiBenchRow["runner"], parallelism: number, wallS: number): CiBenchRow => ({
      mode: "plan",
      runner,
      stacks: 50,
      parallelism,
      wallS,
      stackSumS: 0,
      cpuS: 25,
      loadBefore: 0.5,
      loadMin: 0.5,
      loadMax: 2,
    });
    // Rows recorded before the runner field existed are the script's.
    const { runner: _, ...legacy } = row("script", 1, 24);
    const runs = {
      date: "",
      cores: 2,
      terraform: "1.11.4",
      rows: [legacy, row("script", 4, 15), row("terraform", 1, 20), row("terraform", 4, 10)],
    };
    const [script] = benchPairs(runs);
    const [alone] = benchPairs(runs, "terraform");
    expect([script.runner, script.sequential.wallS, script.pool.wallS]).toEqual(["script", 24, 15]);
    expect([alone.runner, alone.sequential.wallS, alone.pool.wallS, alone.speedup]).toEqual(["terraform", 20, 10, 2]);
    const table = benchTable(runs).split("\n");
    // 1.6x of a 2.0x ceiling: 80 %; the ceiling's own row follows the script's.
    expect(table[2]).toMatch(
      /^\| plan \| 50 \| cdktf-stacks\.sh \| 1 \| 24\.0 s \| 4 at a time \| 15\.0 s \| 1\.60× \| 80 % \|/,
    );
    expect(table[3]).toMatch(
      /^\| plan \| 50 \| terraform alone \| 1 \| 20\.0 s \| 4 at a time \| 10\.0 s \| 2\.00× \| \(ceiling\) \|/,
    );
    // Without a ceiling measured, the share is not made up.
    expect(benchTable({ ...runs, rows: runs.rows.slice(0, 2) }).split("\n")[2]).toContain("| 1.60× | – |");
  });

  it("matches the tables in docs/ci.md", () => {
    const doc = fs.readFileSync(path.join(__dirname, "..", "docs", "ci.md"), "utf8");
    expect(withTables(doc, bench, SHARD_DEFAULTS)).toBe(doc);
  });
});
