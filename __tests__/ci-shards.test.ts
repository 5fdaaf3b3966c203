import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { GITHUB_MATRIX_MAX_JOBS, SHARD_DEFAULTS } from "../lib/config/ci-shards";
import { main as shardsCli, shardCount, shardStacks, workflowShards } from "../changepath/shards";
import { parseManifest } from "../changepath/affected-stacks";
import { main as stackWaves } from "../changepath/stack-waves";
import { parse } from "yaml";
import { loadConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { workflowFiles, workflowInputs } from "../scripts/workflows";
import { FIXTURE_ROOT } from "./helpers";

const stacks = (env: string, n: number) => [env, ...Array.from({ length: n - 1 }, (_, i) => `svc-s${i}-${env}`)];

describe("shards", () => {
  it("keeps a change with few stacks in one runner per environment", () => {
    const matrix = shardStacks({ dev: ["svc-a-dev"], stg: ["svc-a-stg"], prd: [] }, SHARD_DEFAULTS);
    expect(matrix).toEqual([
      { environment: "dev", shard: 1, of: 1, stacks: ["svc-a-dev"] },
      { environment: "stg", shard: 1, of: 1, stacks: ["svc-a-stg"] },
    ]);
  });

  it("splits a large environment into balanced shards that keep the deploy order and every stack once", () => {
    const all = stacks("dev", 201);
    const matrix = shardStacks({ dev: all }, { stacksPerShard: 25, maxShards: 6 });
    expect(matrix).toHaveLength(6);
    expect(matrix.map((s) => s.stacks.length)).toEqual([34, 34, 34, 33, 33, 33]);
    expect(matrix.flatMap((s) => s.stacks)).toEqual(all);
    expect(matrix.every((s) => s.of === 6)).toBe(true);
    expect(matrix[0].stacks[0]).toBe("dev"); // the platform stack leads the first shard
  });

  it("uses fewer runners than maxShards when the stacks fit", () => {
    expect(shardCount(60, { stacksPerShard: 25, maxShards: 6 })).toBe(3);
    expect(shardCount(0, { stacksPerShard: 25, maxShards: 6 })).toBe(0);
  });

  it("never asks for more matrix jobs than GitHub runs in one workflow run", () => {
    const byEnv = Object.fromEntries(["a", "b", "c", "d", "e"].map((e) => [e, stacks(e, 1000)]));
    const matrix = shardStacks(byEnv, { stacksPerShard: 1, maxShards: GITHUB_MATRIX_MAX_JOBS });
    expect(matrix.length).toBeLessThanOrEqual(GITHUB_MATRIX_MAX_JOBS);
    expect(matrix.length).toBe(5 * Math.floor(GITHUB_MATRIX_MAX_JOBS / 5));
    expect(new Set(matrix.flatMap((s) => s.stacks)).size).toBe(5000);
  });
});

describe("the workflows' fan-outs", () => {
  const graph = parseManifest(
    {
      stacks: Object.fromEntries([
        ["dev", {}],
        ["prd", {}],
        ...stacks("dev", 60)
          .slice(1)
          .map((s) => [s, { dependencies: ["dev"] }]),
        ["svc-a-prd", { dependencies: ["prd"] }],
      ]),
    },
    "manifest.json",
  );
  const settings = { stacksPerShard: 25, maxShards: 6 };

  it("plans every affected stack in shards, and deploys the platform stack before the service shards", () => {
    const dev = stacks("dev", 60);
    const out = workflowShards({ dev, prd: ["svc-a-prd"] }, graph, settings);
    expect(out.plan.map((s) => [s.environment, s.shard, s.stacks.length])).toEqual([
      ["dev", "1-of-3", 20],
      ["dev", "2-of-3", 20],
      ["dev", "3-of-3", 20],
      ["prd", "", 1],
    ]);
    expect(out.services.dev.flatMap((s) => s.stacks).sort()).toEqual(dev.slice(1).sort());
    expect(out.services.dev.map((s) => s.shard)).toEqual(["1-of-3", "2-of-3", "3-of-3"]);
    expect(out.services.prd).toEqual([{ environment: "prd", shard: "", stacks: ["svc-a-prd"] }]);
    expect(workflowShards({ dev: ["dev"] }, graph, settings).services.dev).toEqual([]);
  });

  it("plans a one-service change as exactly its stack, one job named as before, waiting only for the synth job", () => {
    expect(workflowShards({ dev: ["svc-s0-dev"] }, graph, settings).plan).toEqual([
      { environment: "dev", shard: "", stacks: ["svc-s0-dev"] },
    ]);
    const config = loadConfig(FIXTURE_ROOT);
    const inputs = workflowInputs(config, loadBootstrapConfig(FIXTURE_ROOT, config.environments));
    const pr = parse(workflowFiles(inputs).get(".github/workflows/pr.yml")!) as {
      jobs: Record<string, { needs: unknown }>;
    };
    expect(pr.jobs.plan.needs).toBe("synth");
  });

  it("refuses a stack that depends on a service stack: a shard would have to wait on another", () => {
    const deep = parseManifest(
      { stacks: { dev: {}, "svc-a-dev": { dependencies: ["dev"] }, "svc-b-dev": { dependencies: ["svc-a-dev"] } } },
      "m.json",
    );
    expect(() => workflowShards({ dev: ["dev", "svc-a-dev", "svc-b-dev"] }, deep, settings)).toThrow(
      "svc-b-dev depend on stacks that are not platform stacks",
    );
  });

  it("names every bad flag of the command line", () => {
    const err = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(
        shardsCli(["--manifest", "m.json", "--by-env", "{}", "--stacks-per-shard", "0", "--max-shards", "999"]),
      ).toBe(2);
      expect(err.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(/--stacks-per-shard: .*; --max-shards: .*256/);
      expect(shardsCli(["--manifest", "m.json", "--by-env", '["dev"]'])).toBe(2);
      expect(err.mock.calls.at(-1)![0]).toContain("--by-env: expected a JSON object of environment to stack names");
    } finally {
      err.mockRestore();
    }
  });
});

describe("stack-waves (the apply order of cdktf-stacks.sh)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-waves-"));
  const manifest = path.join(dir, "manifest.json");
  fs.writeFileSync(
    manifest,
    JSON.stringify({
      stacks: { dev: {}, "svc-a-dev": { dependencies: ["dev"] }, "svc-b-dev": { dependencies: ["dev"] }, prd: {} },
    }),
  );
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const err = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const status = stackWaves(args);
      return { status, out: log.mock.calls.map((c) => c.join(" ")), err: err.mock.calls.map((c) => c.join(" ")) };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };

  it("prints the platform stacks first, then the stacks that depend on them, one wave per line", () => {
    expect(run(["--manifest", manifest, "--stacks", "svc-b-dev prd svc-a-dev dev"])).toMatchObject({
      status: 0,
      out: ["dev prd", "svc-a-dev svc-b-dev"],
    });
    expect(run(["--manifest", manifest, "--stacks", "svc-a-dev"]).out).toEqual(["svc-a-dev"]);
  });

  it("refuses a stack the manifest does not have", () => {
    expect(run(["--manifest", manifest, "--stacks", "dev svc-x-dev"])).toMatchObject({
      status: 2,
      err: [expect.stringContaining("svc-x-dev not in the manifest")],
    });
  });
});

describe("cdktf-stacks.sh pool settings", () => {
  it("refuses a PARALLELISM that is not a whole number of 1 or more", () => {
    const script = path.resolve(__dirname, "..", "scripts", "ci", "cdktf-stacks.sh");
    const r = spawnSync("bash", [script, "plan"], {
      env: { ...process.env, STACKS: "dev", PARALLELISM: "0" },
      encoding: "utf8",
    });
    expect([r.status, r.stderr]).toEqual([
      2,
      expect.stringContaining("PARALLELISM must be a whole number of 1 or more"),
    ]);
  });
});
