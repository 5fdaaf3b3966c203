import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { KitConfig, loadConfig } from "./config/load";
import { Finding } from "./policy/aspect";
import { Part } from "./build-app";
import { PartResult, resultFile, synthesizePart } from "./synth-part";
import { ServiceHandoff } from "../stacks/service-handoff";

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
  readonly workers: number;
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

/** What a worker thread gets (lib/synth-worker.ts). */
export interface WorkerInput {
  readonly config: KitConfig;
  readonly part: Part;
  readonly outdir: string;
  /** Int32 flag the worker sets to 1 when its result file is written. */
  readonly done: SharedArrayBuffer;
}

const WORKER_FILE = path.join(__dirname, "synth-worker.js");
/** Below this many service stacks a second thread costs more than it saves. */
const PARALLEL_THRESHOLD = 60;
const WORKER_TIMEOUT_MS = 15 * 60_000;

function workerCount(config: KitConfig, requested: number | undefined): number {
  // Workers run compiled JavaScript; from TypeScript sources (tests) synthesis stays in-thread.
  if (!fs.existsSync(WORKER_FILE)) return 1;
  const fromEnv = Number(process.env.KIT_SYNTH_WORKERS);
  if (requested ?? (fromEnv > 0 ? fromEnv : undefined)) return Math.max(1, Math.floor(requested ?? fromEnv));
  const serviceStacks = config.services.reduce((n, s) => n + s.environments.length, 0);
  return serviceStacks >= PARALLEL_THRESHOLD ? Math.min(os.availableParallelism(), 4) : 1;
}

/** Starts parts 1..count-1 in worker threads; part 0 runs in this thread meanwhile. */
function startWorkers(config: KitConfig, count: number, staging: string): Array<{ outdir: string; done: Int32Array }> {
  return Array.from({ length: count - 1 }, (_, i) => {
    const outdir = `${staging}.part${i + 1}`;
    const done = new SharedArrayBuffer(4);
    const input: WorkerInput = { config, part: { index: i + 1, count }, outdir, done };
    new Worker(WORKER_FILE, { workerData: input }).unref();
    return { outdir, done: new Int32Array(done) };
  });
}

/** Waits for a worker's flag (synchronously: the API stays synchronous) and reads its result. */
function collect(worker: { outdir: string; done: Int32Array }): PartResult {
  if (Atomics.wait(worker.done, 0, 0, WORKER_TIMEOUT_MS) === "timed-out") {
    throw new Error(`A synthesis worker did not finish within ${WORKER_TIMEOUT_MS / 60_000} minutes; run with KIT_SYNTH_WORKERS=1`);
  }
  const result = JSON.parse(fs.readFileSync(resultFile(worker.outdir), "utf8"));
  if (result.error) throw new Error(result.error);
  return result;
}

function writeHandoffs(outdir: string, handoffs: readonly ServiceHandoff[]): void {
  for (const h of handoffs) {
    const dir = path.join(outdir, "service-kits", h.service);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${h.environment}.yaml`), h.manifest);
  }
}

/**
 * Validates config, builds every stack and synthesizes into a staging directory that
 * replaces `outdir` only when everything succeeded: a failed run leaves the previous
 * output untouched and no half-written stacks. Large apps are split into parts
 * synthesized in parallel threads and merged into one output, byte-identical to a
 * single-threaded run.
 */
export function synthesize(options: SynthOptions): SynthResult {
  const config = loadConfig(options.root);
  const outdir = path.resolve(options.root, options.outdir ?? "cdktf.out");
  const staging = `${outdir}.staging-${process.pid}`;
  const count = workerCount(config, options.workers);
  const cleanup = () => {
    fs.rmSync(staging, { recursive: true, force: true });
    for (let i = 1; i < count; i++) fs.rmSync(`${staging}.part${i}`, { recursive: true, force: true });
  };
  cleanup();
  try {
    const workers = startWorkers(config, count, staging);
    const main = synthesizePart(config, { index: 0, count }, staging);
    const parts: PartResult[] = [main, ...workers.map(collect)];

    // Merge: stacks move into the main part's tree and manifest.
    workers.forEach((w) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(w.outdir, "manifest.json"), "utf8"));
      for (const [name, entry] of Object.entries(manifest.stacks)) {
        fs.renameSync(path.join(w.outdir, "stacks", name), path.join(staging, "stacks", name));
        (main.app.manifest.stacks as Record<string, unknown>)[name] = entry;
      }
    });
    if (workers.length > 0) main.app.manifest.writeToFile();

    const findings = parts.flatMap((p) => p.findings).sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
    const errors = findings.filter((f) => f.severity === "error" && !f.waived);
    if (errors.length > 0) throw new PolicyError(errors);

    fs.writeFileSync(path.join(staging, "policy-report.json"), JSON.stringify({ findings }, null, 2) + "\n");
    writeHandoffs(staging, parts.flatMap((p) => p.handoffs));
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    return { outdir, stacks: parts.flatMap((p) => p.stacks), findings, workers: count };
  } finally {
    cleanup();
  }
}
