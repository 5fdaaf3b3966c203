import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../../scripts/bindings/generate";

/**
 * Synthesizes the three outputs the bindings proofs compare (shipped config, all-options
 * fixture, scaffolded services) into a fresh `outdir`, with the google bindings and framework
 * that `env` selects (KIT_GOOGLE_BINDINGS, KIT_CDKTN_MODULES; scripts/bindings/redirect.js).
 */
export function synthOutputs(outdir: string, workDir: string, env: NodeJS.ProcessEnv): void {
  fs.rmSync(outdir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      "-r",
      path.join(ROOT, "scripts/bindings/redirect.js"),
      path.join(ROOT, "dist/scripts/bindings/synth-outputs.js"),
      outdir,
      workDir,
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
}
