import { spawnSync } from "child_process";
import * as path from "path";

// Shell functions of scripts/ci/stack-pool.sh that need no terraform (the pool itself runs in
// the end-to-end suite with real terraform).
const pool = path.join(__dirname, "..", "scripts", "ci", "stack-pool.sh");

/** GOMAXPROCS as a terraform started after `pool_go_env <parallelism>` would see it. */
function goMaxProcs(parallelism: number, preset?: string): string {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  if (preset !== undefined) env.GOMAXPROCS = preset;
  const r = spawnSync(
    "bash",
    ["-c", '. "$0" && pool_go_env "$1" && bash -c \'echo "${GOMAXPROCS-unset}"\'', pool, String(parallelism)],
    {
      env,
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe("stack pool: Go settings", () => {
  it("gives every terraform and provider process one thread when stacks run side by side", () => {
    expect(goMaxProcs(4)).toBe("1");
    expect(goMaxProcs(2)).toBe("1");
  });

  it("keeps Go's defaults one at a time, and a value the caller set", () => {
    expect(goMaxProcs(1)).toBe("unset");
    expect(goMaxProcs(4, "3")).toBe("3");
  });
});
