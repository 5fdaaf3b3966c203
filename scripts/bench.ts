import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { answered, parseCommand, runCommand } from "../lib/cli";
import { stringify } from "yaml";

/**
 * Synthesis benchmark: N generated services on the shipped environments, synthesized
 * through the fast path (`node dist/main.js`) and, optionally, the stock `cdktf synth`.
 * Prints a table and writes bench-results/<timestamp>.json. Run: npm run bench [-- --sizes 0,50,200 --cli]
 */

const repo = path.resolve(__dirname, "..", "..");

const BENCH_HELP = `Usage: npm run bench [-- --sizes 0,50,200,1000] [--cli] [--out <file>]

Generates N services on the shipped environments in a temporary folder, synthesizes twice
and prints wall time, peak memory, stacks, resources, output size and whether both runs
were byte-identical; writes the table as JSON to bench-results/ (or --out).

Options:
  --sizes <a,b,...>   service counts to measure (default: 0,50,200,1000)
  --cli               also measure the stock \`cdktf synth\`
  --out <file>        where to write the JSON
  -h, --help          show this help`;

interface Row {
  readonly path: "fast" | "cdktf-cli";
  readonly services: number;
  readonly stacks: number;
  readonly resources: number;
  readonly outputBytes: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly msPerService?: number;
  readonly deterministic?: boolean;
}

/** A kit with the shipped config and `n` services of mixed shapes. */
export function makeKit(n: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `gke-kit-bench-${n}-`));
  fs.cpSync(path.join(repo, "config"), path.join(root, "config"), { recursive: true });
  fs.mkdirSync(path.join(root, "services"));
  for (let i = 0; i < n; i++) {
    const name = `svc${String(i).padStart(4, "0")}`;
    const def = {
      name,
      team: `team${i % 25}`,
      teamGroup: `team${i % 25}@example.com`,
      costCenter: `cc-${i % 10}`,
      environments: ["dev", "stg", "prd"],
      // Production-like environments serve HTTPS only: every service names its hosts there.
      route: { hostnames: { stg: [`${name}.stg.example.com`], prd: [`${name}.example.com`] } },
      ...(i % 3 === 0 ? { redis: { memorySizeGb: 1 } } : {}),
      ...(i % 4 === 0 ? { armor: { rateLimit: { count: 500 } } } : {}),
    };
    fs.writeFileSync(path.join(root, "services", `${name}.yaml`), stringify(def));
  }
  return root;
}

/** Stacks, resources, bytes and a digest of everything written under `outdir`. */
function measureOutput(outdir: string): { stacks: number; resources: number; bytes: number; digest: string } {
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  let resources = 0;
  const stacksDir = path.join(outdir, "stacks");
  const stacks = fs.readdirSync(stacksDir).sort();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, entry);
      if (fs.statSync(p).isDirectory()) walk(p);
      else {
        const data = fs.readFileSync(p);
        bytes += data.length;
        hash.update(path.relative(outdir, p)).update(data);
      }
    }
  };
  walk(outdir);
  for (const s of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(stacksDir, s, "cdk.tf.json"), "utf8"));
    for (const byType of Object.values(json.resource ?? {})) resources += Object.keys(byType as object).length;
  }
  return { stacks: stacks.length, resources, bytes, digest: hash.digest("hex") };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; rssMb: number } {
  const stats = path.join(os.tmpdir(), `gke-kit-bench-stats-${process.pid}.json`);
  fs.rmSync(stats, { force: true });
  const started = process.hrtime.bigint();
  const res = spawnSync(cmd, args, {
    cwd,
    env: {
      ...process.env,
      ...env,
      KIT_BENCH_STATS: stats,
      NODE_OPTIONS: `--require ${path.join(repo, "dist/scripts/bench-probe.js")}`,
      CHECKPOINT_DISABLE: "1",
    },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  // The probe runs in every node process started; the synth app is the one that matters.
  const rssMb = fs.existsSync(stats) ? JSON.parse(fs.readFileSync(stats, "utf8")).maxRssKb / 1024 : NaN;
  return { ms, rssMb };
}

function fast(root: string, outdir: string) {
  return run(process.execPath, [path.join(repo, "dist/main.js")], repo, { KIT_ROOT: root, CDKTF_OUTDIR: outdir });
}

/** The synthesis of `n` generated services: fast path twice (determinism, warm figure), the cdktf CLI once if asked. */
function measureSize(n: number, cli: boolean): Row[] {
  const rows: Row[] = [];
  const root = makeKit(n);
  const outA = path.join(root, "out-a");
  const first = fast(root, outA);
  const a = measureOutput(outA);
  // Second run: determinism check and a warm-cache figure.
  const outB = path.join(root, "out-b");
  const second = fast(root, outB);
  const b = measureOutput(outB);
  rows.push({
    path: "fast",
    services: n,
    stacks: a.stacks,
    resources: a.resources,
    outputBytes: a.bytes,
    wallMs: Math.round(Math.min(first.ms, second.ms)),
    peakRssMb: Math.round(Math.max(first.rssMb, second.rssMb)),
    deterministic: a.digest === b.digest,
  });
  if (cli) {
    fs.writeFileSync(
      path.join(root, "cdktf.json"),
      JSON.stringify({
        language: "typescript",
        app: `node ${path.join(repo, "dist/main.js")}`,
        sendCrashReports: "false",
      }),
    );
    const cliRun = run(path.join(repo, "node_modules/.bin/cdktf"), ["synth", "--output", "out-cli"], root, {
      KIT_ROOT: root,
    });
    const c = measureOutput(path.join(root, "out-cli"));
    rows.push({
      path: "cdktf-cli",
      services: n,
      stacks: c.stacks,
      resources: c.resources,
      outputBytes: c.bytes,
      wallMs: Math.round(cliRun.ms),
      peakRssMb: Math.round(cliRun.rssMb),
    });
  }
  fs.rmSync(root, { recursive: true, force: true });
  return rows;
}

/** The rows as an aligned text table. */
function printTable(rows: readonly Row[]): void {
  const head = ["path", "services", "stacks", "resources", "output", "wall", "peak RSS", "ms/service", "deterministic"];
  const table = rows.map((r) => [
    r.path,
    String(r.services),
    String(r.stacks),
    String(r.resources),
    `${(r.outputBytes / 1048576).toFixed(1)} MiB`,
    `${(r.wallMs / 1000).toFixed(2)} s`,
    `${r.peakRssMb} MiB`,
    r.msPerService === undefined ? "-" : String(r.msPerService),
    r.deterministic === undefined ? "-" : r.deterministic ? "yes" : "NO",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  for (const line of [head, ...table]) console.log(line.map((c, i) => c.padEnd(widths[i])).join("  "));
}

function main(): void {
  const parsed = parseCommand("bench", BENCH_HELP, process.argv.slice(2), {
    sizes: { type: "string", default: "0,50,200,1000" },
    cli: { type: "boolean", default: false },
    out: { type: "string" },
  });
  if (answered(parsed)) return runCommand(() => parsed);
  const { values } = parsed;
  const sizes = values.sizes!.split(",").map(Number);
  const rows = sizes.flatMap((n) => measureSize(n, values.cli!));
  // Marginal cost per service, from the fast rows around the smallest size.
  const base = rows.find((r) => r.path === "fast" && r.services === Math.min(...sizes));
  const withSlope = rows.map((r) =>
    r.path === "fast" && base && r.services > base.services
      ? { ...r, msPerService: +((r.wallMs - base.wallMs) / (r.services - base.services)).toFixed(2) }
      : r,
  );
  printTable(withSlope);

  const file = values.out ?? path.join(repo, "bench-results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const meta = { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.arch()}` };
  fs.writeFileSync(file, JSON.stringify({ ...meta, rows: withSlope }, null, 2) + "\n");
  console.log(`\nWritten ${path.relative(process.cwd(), file)}`);
  if (withSlope.some((r) => r.deterministic === false)) process.exitCode = 1;
}

if (require.main === module) main();
