import * as fs from "fs";
import { workerData } from "worker_threads";
import { synthesizePart, resultFile } from "./synth-part";
import type { WorkerInput } from "./synth";

// Synthesizes its parts of a parallel synthesis (see synth/synth.ts), one after the other,
// and always signals the main thread, which waits synchronously on the shared flag.
const input = workerData as WorkerInput;
try {
  for (const p of input.parts) {
    const outdir = input.outdirs[p];
    try {
      fs.writeFileSync(
        resultFile(outdir),
        JSON.stringify(synthesizePart(input.config, { index: p, count: input.count }, outdir)),
      );
    } catch (e) {
      fs.mkdirSync(outdir, { recursive: true });
      fs.writeFileSync(resultFile(outdir), JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
    }
  }
} finally {
  const flag = new Int32Array(input.done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
