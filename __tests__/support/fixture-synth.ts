import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { SynthResult } from "../../synth/synth";
import { FIXTURE_ROOT } from "../helpers";

/**
 * The fixture estate (__tests__/fixtures/estate) as `npm run synth` writes it, synthesized once per
 * test run instead of once in every test file that only reads it. The first caller synthesizes
 * into the run's folder (KIT_TEST_RUN_DIR, made by support/global-setup.js) and renames its output
 * into place; a caller in another worker that races it keeps its own and leaves the first in place.
 * Every caller gets its own copy of the output folder, free to write into. Without a run folder
 * (another jest config) it synthesizes for the caller alone. stacks.test.ts synthesizes again and
 * compares byte for byte, so a shared copy that differed from a fresh synthesis would fail there.
 */
export function synthesizedFixture(): SynthResult {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-fixture-"));
  const runDir = process.env.KIT_TEST_RUN_DIR;
  if (!runDir || !fs.existsSync(runDir)) return synthesizeFixture(outdir);
  const shared = path.join(runDir, "fixture-estate");
  if (!fs.existsSync(shared)) {
    const mine = `${shared}.${process.pid}`;
    const { stacks, findings } = synthesizeFixture(path.join(mine, "out"));
    fs.writeFileSync(path.join(mine, "result.json"), JSON.stringify({ stacks, findings }));
    publish(mine, shared);
  }
  fs.cpSync(path.join(shared, "out"), outdir, { recursive: true });
  const { stacks, findings } = JSON.parse(fs.readFileSync(path.join(shared, "result.json"), "utf8"));
  return { outdir, stacks, findings };
}

/** Renames `mine` to `shared` unless another worker's is there already, which stays (the same bytes). */
export function publish(mine: string, shared: string): void {
  try {
    fs.renameSync(mine, shared);
  } catch (e) {
    // rename(2) never replaces a non-empty folder: the first one in place wins.
    if (!fs.existsSync(shared)) throw e;
    fs.rmSync(mine, { recursive: true, force: true });
  }
}

function synthesizeFixture(outdir: string): SynthResult {
  // Loaded only by the caller that synthesizes: the others never load the whole kit for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { synthesize } = require("../../synth/synth") as typeof import("../../synth/synth");
  return synthesize({ root: FIXTURE_ROOT, outdir });
}
