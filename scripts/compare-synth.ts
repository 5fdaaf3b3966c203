// Proves a refactor changes no behaviour: synthesizes the same estates with the code of a git
// ref and with this checkout (uncommitted changes included), and compares every file written
// (each stack's Terraform JSON, the manifest, the policy report, the Kubernetes hand-off).
//
//   npm run compare-synth -- --ref <commit> [--keep]
//
// Estates, each taken from the side's own tree: the shipped config (config/, services/), the
// all-options fixture (__tests__/fixtures/all-options) and the shipped config plus services
// scaffolded by that side's `new-service` with every flag; each through the main app and the
// bootstrap app (bootstrap-app/). Exit 0 when every file is
// byte-identical, 1 with the differing files and JSON paths otherwise, 2 on bad usage.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";

const ROOT = path.resolve(__dirname, "..", "..").replace(/[\\/]dist$/, "");

const USAGE = `usage: npm run compare-synth -- --ref <commit> [--keep]

Synthesizes the shipped config, the all-options fixture and services scaffolded with every
new-service flag, once with the code at <commit> and once with this checkout, and compares
every file written byte for byte. Exit 0: identical; 1: differences (listed); 2: bad usage.
  --ref <commit>   the commit to compare with (e.g. the commit a refactor started from)
  --keep           keep the temporary directories and print where they are`;

/** Every new-service flag, spread over two services so both SQL engines and both routes are covered. */
export const SCAFFOLDS: readonly (readonly string[])[] = [
  [
    "cmpgateway",
    ...["--team", "cmpteam", "--group", "cmp-team@example.com", "--cost-center", "cc-cmp", "--namespace", "cmp-ns"],
    ...["--redis", "--redis-size", "2", "--armor", "--sql", "postgres", "--bucket", "exports", "--bucket", "raw"],
    ...["--route", "gateway", "--host", "stg=cmp.stg.example.com", "--host", "prd=cmp.example.com"],
    ...["--repo", "acme/cmpgateway", "--repo-id", "700600", "--owner-id", "91234567"],
  ],
  [
    "cmpingress",
    ...["--envs", "dev,prd", "--sql", "mysql", "--route", "ingress"],
    ...["--host", "dev=cmp-dev.example.com", "--host", "prd=cmp-ingress.example.com", "--no-delivery"],
  ],
];

interface Side {
  /** Directory name of its outputs under the work directory. */
  readonly name: "ref" | "checkout";
  /** A tree holding the side's code and estates. */
  readonly tree: string;
}

function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(file, [...args], { cwd, env: { ...process.env, ...env }, stdio: "pipe", encoding: "utf8" });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${path.basename(file)} ${args.join(" ")} (in ${cwd}) failed:\n${err.stderr || err.stdout || err.message}`,
      { cause: e },
    );
  }
}

/** A detached worktree of `ref` sharing this checkout's node_modules (as scripts/ci/synth-base.sh does). */
function checkout(ref: string, work: string): Side {
  const tree = path.join(work, "ref-tree");
  run("git", ["worktree", "add", "--detach", "--quiet", tree, ref], ROOT);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tree, "node_modules"));
  const lock = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8")).packages[""];
  const [then, now] = [lock(tree), lock(ROOT)];
  if (JSON.stringify(then.dependencies) !== JSON.stringify(now.dependencies))
    console.warn(`warning: ${ref} has other runtime dependencies than this checkout; it runs with this checkout's`);
  return { name: "ref", tree };
}

/** Copies an estate (config/ and services/ below `from`) to a fresh directory. */
function copyEstate(from: string, to: string): string {
  for (const dir of ["config", "services"]) fs.cpSync(path.join(from, dir), path.join(to, dir), { recursive: true });
  return to;
}

/** Synthesizes each estate with the side's own code; returns estate name -> output directory. */
export function synthesizeSide(side: Side, work: string): Map<string, string> {
  run(process.execPath, ["scripts/build.js"], side.tree);
  const dist = (rel: string) => path.join(side.tree, "dist", rel);
  const base = path.join(work, side.name);
  const estates = new Map<string, string>([
    ["shipped", copyEstate(side.tree, path.join(base, "shipped"))],
    ["all-options", copyEstate(path.join(side.tree, "__tests__/fixtures/all-options"), path.join(base, "all-options"))],
  ]);
  const scaffolded = copyEstate(side.tree, path.join(base, "scaffolded"));
  for (const args of SCAFFOLDS)
    run(process.execPath, [dist("scripts/new-service.js"), ...args], scaffolded, { KIT_ROOT: scaffolded });
  estates.set("scaffolded", scaffolded);
  const outs = new Map<string, string>();
  for (const [name, root] of estates) {
    const out = path.join(root, "cdktf.out");
    run(process.execPath, [dist("main.js")], root, { KIT_ROOT: root, CDKTF_OUTDIR: out });
    // The bootstrap app of the same estate, after the main app (whose output replaces `out` whole).
    run(process.execPath, [dist("bootstrap/main.js")], root, {
      KIT_ROOT: root,
      CDKTF_OUTDIR: path.join(out, "bootstrap-app"),
    });
    outs.set(name, out);
  }
  return outs;
}

function filesUnder(dir: string, rel = ""): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

/** JSON paths at which `a` and `b` differ (at most `limit`). */
export function jsonDifferences(a: unknown, b: unknown, at = "$", limit = 5): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b))
    return [`${at}: ${JSON.stringify(a)?.slice(0, 100)} -> ${JSON.stringify(b)?.slice(0, 100)}`];
  const found: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (found.length >= limit) break;
    found.push(...jsonDifferences(a[key], b[key], `${at}.${key}`, limit - found.length));
  }
  if (found.length === 0) found.push(`${at}: same content, different formatting or key order`);
  return found;
}

/** Differences between two output trees, one line per file (with JSON paths for JSON files). */
export function compareTrees(before: string, after: string): string[] {
  const [a, b] = [filesUnder(before), filesUnder(after)];
  const problems: string[] = [];
  for (const f of a.filter((f) => !b.includes(f))) problems.push(`${f}: only at the ref`);
  for (const f of b.filter((f) => !a.includes(f))) problems.push(`${f}: only in this checkout`);
  for (const f of a.filter((f) => b.includes(f))) {
    const [x, y] = [fs.readFileSync(path.join(before, f)), fs.readFileSync(path.join(after, f))];
    if (x.equals(y)) continue;
    if (!f.endsWith(".json")) {
      problems.push(`${f}: differs`);
      continue;
    }
    const paths = jsonDifferences(JSON.parse(x.toString("utf8")), JSON.parse(y.toString("utf8")));
    problems.push(`${f}: differs at\n${paths.map((p) => `      ${p}`).join("\n")}`);
  }
  return problems;
}

export function main(argv: readonly string[]): number {
  let values: { ref?: string; keep?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { ref: { type: "string" }, keep: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (e) {
    console.error(`compare-synth: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.ref) {
    console.error(`compare-synth: give --ref <commit>\n${USAGE}`);
    return 2;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "compare-synth-"));
  const ref = checkout(values.ref, work);
  try {
    const commit = run("git", ["rev-parse", "--short", values.ref], ROOT).trim();
    const before = synthesizeSide(ref, work);
    const after = synthesizeSide({ name: "checkout", tree: ROOT }, work);
    let differing = 0;
    for (const [estate, out] of before) {
      const problems = compareTrees(out, after.get(estate)!);
      const count = filesUnder(out).length;
      console.log(`${estate}: ${count} files, ${problems.length ? `${problems.length} differ` : "byte-identical"}`);
      for (const p of problems) console.log(`  ${p}`);
      differing += problems.length;
    }
    console.log(differing ? `${differing} files differ from ${commit}` : `byte-identical to ${commit}`);
    return differing ? 1 : 0;
  } finally {
    if (values.keep) console.log(`kept: ${work}`);
    else {
      run("git", ["worktree", "remove", "--force", ref.tree], ROOT);
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
