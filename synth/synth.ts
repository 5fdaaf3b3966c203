import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn } from "child_process";
import { Worker } from "worker_threads";
import { Manifest } from "cdktf";
import { KitConfig, loadConfig } from "../lib/config/load";
import { Finding } from "../lib/policy/aspect";
import { PartResult, resultFile, synthesizePart } from "./synth-part";

export interface SynthOptions {
  /** Repository root holding config/ and services/. */
  readonly root: string;
  /** Final output directory. @default "cdktf.out" under root */
  readonly outdir?: string;
  /** Parallel parts. @default KIT_SYNTH_WORKERS, else up to 4 cores when there are 60+ service stacks */
  readonly workers?: number;
}

export interface SynthResult {
  readonly outdir: string;
  readonly stacks: string[];
  readonly findings: Finding[];
}

export class PolicyError extends Error {
  constructor(public readonly findings: Finding[]) {
    super(
      `Guardrails found ${findings.length} error${findings.length === 1 ? "" : "s"}:\n` +
        findings.map((f) => `  ${f.stack}: ${f.path} [${f.rule}] ${f.title}. Fix: ${f.fix}`).join("\n") +
        "\nIf a finding is intended, add a waiver with a reason to the environment or service file (see README, Guardrails).",
    );
    this.name = "PolicyError";
  }
}

/** What a worker thread gets (synth/synth-worker.ts). */
export interface WorkerInput {
  readonly config: KitConfig;
  /** Part indices this thread synthesizes, in order. */
  readonly parts: number[];
  readonly count: number;
  /** Output directory of every part, by index. */
  readonly outdirs: string[];
  /** Int32 flag the worker sets to 1 when all its result files are written. */
  readonly done: SharedArrayBuffer;
}

const WORKER_FILE = path.join(__dirname, "synth-worker.js");
/** Service stacks per part: larger parts grow the heap and garbage collection superlinearly. */
const PART_SIZE = 400;
const WORKER_TIMEOUT_MS = 15 * 60_000;
const CLEANUP_WAIT_MS = 60_000;

interface Plan {
  readonly parts: number;
  readonly threads: number;
}

/** How many parts, and threads to run them on (KIT_SYNTH_WORKERS or `workers` overrides). */
function plan(config: KitConfig, requested: number | undefined): Plan {
  const serviceStacks = config.services.reduce((n, s) => n + s.environments.length, 0);
  const parts = Math.max(1, Math.min(config.services.length, Math.ceil(serviceStacks / PART_SIZE)));
  // Worker threads run compiled JavaScript; from TypeScript sources (tests) all parts stay in-thread.
  if (!fs.existsSync(WORKER_FILE)) return { parts, threads: 1 };
  const fromEnv = Number(process.env.KIT_SYNTH_WORKERS) || undefined;
  const wanted = requested ?? fromEnv;
  if (wanted !== undefined) {
    const threads = Math.max(1, Math.min(Math.floor(wanted), Math.max(1, config.services.length)));
    return { parts: Math.max(parts, threads), threads };
  }
  return { parts, threads: Math.min(parts, os.availableParallelism(), 4) };
}

/**
 * Validates config, builds every stack and synthesizes into a staging directory that
 * replaces `outdir` only when everything succeeded: a failed run leaves the previous
 * output untouched and no half-written stacks. Large apps are split into parts (by
 * service), synthesized on several threads and merged into one output, byte-identical
 * to a single-part run.
 */
export function synthesize(options: SynthOptions): SynthResult {
  const config = loadConfig(options.root);
  const outdir = path.resolve(options.root, options.outdir ?? "cdktf.out");
  const staging = `${outdir}.staging-${process.pid}`;
  const { parts, threads } = plan(config, options.workers);
  const outdirs = Array.from({ length: parts }, (_, p) => (p === 0 ? staging : `${staging}.part${p}`));
  const byThread = Array.from({ length: threads }, (_, t) => outdirs.map((_, p) => p).filter((p) => p % threads === t));
  const flags: Int32Array[] = [];
  const cleanup = () => outdirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  cleanup();
  try {
    for (const mine of byThread.slice(1)) {
      const done = new SharedArrayBuffer(4);
      const input: WorkerInput = { config, parts: mine, count: parts, outdirs, done };
      new Worker(WORKER_FILE, { workerData: input }).unref();
      flags.push(new Int32Array(done));
    }
    const results = new Map<number, PartResult>();
    for (const p of byThread[0]) results.set(p, synthesizePart(config, { index: p, count: parts }, outdirs[p]));
    for (const flag of flags) {
      if (Atomics.wait(flag, 0, 0, WORKER_TIMEOUT_MS) === "timed-out") {
        throw new Error(
          `A synthesis thread did not finish within ${WORKER_TIMEOUT_MS / 60_000} minutes; run with KIT_SYNTH_WORKERS=1`,
        );
      }
    }
    for (const p of byThread.slice(1).flat()) {
      const result = JSON.parse(fs.readFileSync(resultFile(outdirs[p]), "utf8"));
      if (result.error) throw new Error(result.error);
      results.set(p, result);
    }
    if (parts > 1) mergeParts(staging, outdirs.slice(1));

    const all = [...results.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
    const findings = all
      .flatMap((r) => r.findings)
      .sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
    const errors = findings.filter((f) => f.severity === "error" && !f.waived);
    if (errors.length > 0) throw new PolicyError(errors);

    fs.writeFileSync(path.join(staging, "policy-report.json"), JSON.stringify({ findings }, null, 2) + "\n");
    replaceDir(outdir, staging);
    return { outdir, stacks: all.flatMap((r) => r.stacks), findings };
  } finally {
    // Threads still writing (after an error elsewhere) must finish before their output is removed.
    flags.forEach((flag) => Atomics.wait(flag, 0, 0, CLEANUP_WAIT_MS));
    cleanup();
  }
}

/**
 * Puts `fresh` in place of `target` with two renames. Deleting the old tree (thousands of
 * files for a large app) takes longer than synthesizing it, so a detached `rm` does it
 * after this process has exited; the old tree's name is git-ignored.
 */
function replaceDir(target: string, fresh: string): void {
  if (!fs.existsSync(target)) return fs.renameSync(fresh, target);
  // An empty folder (e.g. a new temporary directory) goes at once: no process to start for it.
  if (fs.readdirSync(target).length === 0) {
    fs.rmdirSync(target);
    return fs.renameSync(fresh, target);
  }
  const old = `${target}.old-${process.pid}`;
  fs.renameSync(target, old);
  fs.renameSync(fresh, target);
  if (process.platform === "win32") return fs.rmSync(old, { recursive: true, force: true });
  spawn("rm", ["-rf", old], { detached: true, stdio: "ignore" }).unref();
}

/** Moves the other parts' stacks and hand-offs into part 0's tree and manifest. */
function mergeParts(target: string, others: readonly string[]): void {
  const first = JSON.parse(fs.readFileSync(path.join(target, Manifest.fileName), "utf8"));
  // cdktf's own Manifest writes the merged file, so it is formatted exactly as a single run's.
  const manifest = new Manifest(first.version, target, false);
  Object.assign(manifest.stacks, first.stacks);
  for (const dir of others) {
    const part = JSON.parse(fs.readFileSync(path.join(dir, Manifest.fileName), "utf8"));
    for (const [name, entry] of Object.entries(part.stacks)) {
      fs.renameSync(path.join(dir, Manifest.stacksFolder, name), path.join(target, Manifest.stacksFolder, name));
      Object.assign(manifest.stacks, { [name]: entry });
    }
    const kits = path.join(dir, "service-kits");
    if (fs.existsSync(kits)) {
      fs.mkdirSync(path.join(target, "service-kits"), { recursive: true });
      for (const service of fs.readdirSync(kits))
        fs.renameSync(path.join(kits, service), path.join(target, "service-kits", service));
    }
  }
  manifest.writeToFile();
}
