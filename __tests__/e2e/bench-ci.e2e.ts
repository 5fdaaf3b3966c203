import { spawnSync } from "child_process";
import { benchCi } from "../../scripts/bench-ci";
import { benchPairs, benchTable } from "../../scripts/ci-bench-data";

/**
 * The CI benchmark (npm run bench:ci) at a tiny size, with the real binaries: the cdktf CLI
 * synthesizes the fixture app, the CI script plans it one at a time and pooled, and terraform
 * alone runs the same three commands per stack both ways (the machine's ceiling). Figures are
 * not asserted (they depend on the machine); that each way really ran terraform is.
 */
const tf = spawnSync("terraform", ["version"], { encoding: "utf8" });
const ready = tf.status === 0;

describe("CI benchmark, end to end", () => {
  it("has terraform (install: https://developer.hashicorp.com/terraform/install)", () => {
    expect(ready ? "ok" : `terraform not found: ${tf.error?.message ?? tf.stderr}`).toBe("ok");
  });

  (ready ? it : it.skip)("measures the script and terraform alone, each one at a time and pooled", async () => {
    const lines: string[] = [];
    const result = await benchCi({ sizes: [3], parallelism: 2, modes: ["plan"], repeat: 1 }, (l) => lines.push(l));
    expect(result.rows.map((r) => `${r.runner} ${r.parallelism}`)).toEqual([
      "script 1",
      "script 2",
      "terraform 1",
      "terraform 2",
    ]);
    expect(lines.map((l) => l.replace(/:.*/, ""))).toEqual([
      "plan 3 stacks, 1 at a time",
      "plan 3 stacks, 2 at a time",
      "terraform alone",
      "terraform alone",
    ]);
    // Three terraform starts per stack cost well over 0.05 s of CPU: a way that ran nothing would not.
    for (const r of result.rows) expect(r.cpuS / r.stacks).toBeGreaterThan(0.05);
    // The script prints each stack's own time; terraform alone prints nothing.
    expect(result.rows.filter((r) => r.stackSumS > 0).map((r) => r.runner)).toEqual(["script", "script"]);
    expect(benchPairs(result, "terraform")).toHaveLength(1);
    expect(benchTable(result)).toMatch(/\| plan \| 3 \| terraform alone \| 1 \|.*\| \(ceiling\) \|/);
  });
});
