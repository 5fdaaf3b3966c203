import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { answered, CommandResult, parseCommand, runCommand } from "../lib/cli";

/**
 * What the generated bindings cost the test suite against @cdktf/provider-google, measured, not
 * assumed: type-checking and loading the google types the kit imports from .gen/providers/google
 * against the same types from the package; and the whole kit's type check now against the commit
 * before the kit switched its imports (1e2c431^), exported to a scratch folder. Prints the figures
 * (median of --runs); docs/testing.md records a run. Nothing here is a test: timings depend on load.
 */

const repo = path.resolve(__dirname, "..", "..");
const bin = (name: string) => path.join(repo, "node_modules", ".bin", name);
const scratch = path.join(repo, "node_modules", ".cache", "bench-bindings");
/** The last commit whose kit imported its google types from @cdktf/provider-google/lib/<module>. */
export const BEFORE_SWITCH = "1e2c431^";

const HELP = `Usage: npm run bench:bindings [-- --runs 3] [--before <commit>] [--no-kit]

Times (median of --runs, cold: no incremental state):
  probe tsc   tsc --noEmit on one file importing every google module the kit uses,
              from .gen/providers/google and from @cdktf/provider-google/lib
  probe load  node requiring those modules, both ways (what each jest worker pays once)
  kit tsc     tsc --noEmit -p . of the kit now and at --before (default ${BEFORE_SWITCH},
              the commit before the import switch), exported with git archive

Options:
  --runs <n>        runs per figure (default 3)
  --before <ref>    the commit to compare the whole kit against
  --no-kit          only the probes (no whole-kit type check)
  -h, --help        show this help`;

/** Wall time of a command in ms; throws with its output when it fails. */
function timed(cmd: string, args: readonly string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed:\n${r.stdout}${r.stderr}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeat = (runs: number, f: () => number): number => median(Array.from({ length: runs }, f));

/** The google modules the kit uses: the generated bindings' folders. */
export function kitModules(): string[] {
  const dir = path.join(repo, ".gen", "providers", "google");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A probe per source: one .ts file importing every module (for tsc) and one .js requiring them. */
function writeProbes(modules: readonly string[]): Record<"gen" | "pkg", { ts: string; js: string }> {
  fs.mkdirSync(scratch, { recursive: true });
  const from = {
    gen: (m: string) => path.join(repo, ".gen", "providers", "google", m),
    pkg: (m: string) => `@cdktf/provider-google/lib/${m}`,
  };
  const probes = {} as Record<"gen" | "pkg", { ts: string; js: string }>;
  for (const source of ["gen", "pkg"] as const) {
    const ts = path.join(scratch, `probe-${source}.ts`);
    fs.writeFileSync(
      ts,
      modules.map((m, i) => `import * as m${i} from ${JSON.stringify(from[source](m))};`).join("\n") +
        `\nexport const all = [${modules.map((_, i) => `m${i}`).join(", ")}];\n`,
    );
    const js = path.join(scratch, `probe-${source}.js`);
    fs.writeFileSync(js, modules.map((m) => `require(${JSON.stringify(from[source](m))});`).join("\n") + "\n");
    probes[source] = { ts, js };
  }
  return probes;
}

const TSC_PROBE = [
  "--noEmit",
  "--strict",
  "--skipLibCheck",
  "--target",
  "ES2022",
  "--module",
  "commonjs",
  "--types",
  "node",
];

interface Figures {
  readonly modules: number;
  readonly probeTscMs: Record<"gen" | "pkg", number>;
  readonly probeLoadMs: Record<"gen" | "pkg", number>;
  readonly kitTscMs?: { readonly now: number; readonly before: number; readonly beforeCommit: string };
}

function probeFigures(runs: number): Omit<Figures, "kitTscMs"> {
  const modules = kitModules();
  const probes = writeProbes(modules);
  const figure = (f: (p: { ts: string; js: string }) => number) => ({ gen: f(probes.gen), pkg: f(probes.pkg) });
  return {
    modules: modules.length,
    probeTscMs: figure((p) => repeat(runs, () => timed(bin("tsc"), [...TSC_PROBE, p.ts], repo))),
    probeLoadMs: figure((p) => repeat(runs, () => timed(process.execPath, [p.js], repo))),
  };
}

/** The whole kit's type check now and at `before` (its files from git archive, sharing node_modules). */
function kitFigures(runs: number, before: string): NonNullable<Figures["kitTscMs"]> {
  const commit = spawnSync("git", ["rev-parse", "--short", before], { cwd: repo, encoding: "utf8" }).stdout.trim();
  if (!commit) throw new Error(`${before} is not a commit of ${repo}`);
  const tree = path.join(scratch, "before");
  fs.rmSync(tree, { recursive: true, force: true });
  fs.mkdirSync(tree, { recursive: true });
  try {
    // An export, not a worktree: nothing is registered in the repository.
    timed("bash", ["-c", `git archive ${commit} | tar -x -C ${JSON.stringify(tree)}`], repo);
    fs.symlinkSync(path.join(repo, "node_modules"), path.join(tree, "node_modules"));
    const kitTsc = (cwd: string) => repeat(runs, () => timed(bin("tsc"), ["--noEmit", "-p", "."], cwd));
    return { now: kitTsc(repo), before: kitTsc(tree), beforeCommit: commit };
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function report(f: Figures, runs: number): string {
  const lines = [
    `google modules the kit imports: ${f.modules}; median of ${runs} run(s), load ${loadAverage()}`,
    `| measure | .gen/providers/google (7.45.0, generated) | @cdktf/provider-google/lib (6.50.0) |`,
    `| --- | --- | --- |`,
    `| probe tsc --noEmit | ${seconds(f.probeTscMs.gen)} | ${seconds(f.probeTscMs.pkg)} |`,
    `| probe node require | ${Math.round(f.probeLoadMs.gen)} ms | ${Math.round(f.probeLoadMs.pkg)} ms |`,
  ];
  if (f.kitTscMs)
    lines.push(
      `| kit tsc --noEmit -p . | ${seconds(f.kitTscMs.now)} (now) | ${seconds(f.kitTscMs.before)} (at ${f.kitTscMs.beforeCommit}, before the switch) |`,
    );
  return lines.join("\n");
}

const loadAverage = () =>
  fs.existsSync("/proc/loadavg") ? fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "n/a";

export function benchBindings(argv: readonly string[]): CommandResult {
  const parsed = parseCommand("bench:bindings", HELP, argv, {
    runs: { type: "string", default: "3" },
    before: { type: "string", default: BEFORE_SWITCH },
    "no-kit": { type: "boolean", default: false },
  });
  if (answered(parsed)) return parsed;
  const runs = Number(parsed.values.runs);
  if (!Number.isInteger(runs) || runs < 1) return { code: 2, out: "bench:bindings: --runs takes a whole number >= 1" };
  const probes = probeFigures(runs);
  const kit = parsed.values["no-kit"] ? undefined : kitFigures(runs, parsed.values.before!);
  return { code: 0, out: report({ ...probes, kitTscMs: kit }, runs) };
}

if (require.main === module) runCommand(benchBindings);
