import * as fs from "fs";
import { workerData } from "worker_threads";
import { synthesizePart, resultFile } from "./synth-part";
import type { WorkerInput } from "./synth";

// Runs one part of a parallel synthesis (see lib/synth.ts) and always signals the main
// thread, which waits synchronously on the shared flag, with a result or an error.
const input = workerData as WorkerInput;
try {
  const { stacks, findings, handoffs } = synthesizePart(input.config, input.part, input.outdir);
  fs.writeFileSync(resultFile(input.outdir), JSON.stringify({ stacks, findings, handoffs }));
} catch (e) {
  fs.mkdirSync(input.outdir, { recursive: true });
  fs.writeFileSync(resultFile(input.outdir), JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
} finally {
  const flag = new Int32Array(input.done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
