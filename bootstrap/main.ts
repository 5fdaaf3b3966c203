import * as path from "path";
import { App } from "cdktf";
import { loadConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "../lib/config/bootstrap-schema";
import { ConfigError } from "../lib/config/errors";
import { BootstrapStack } from "../stacks/bootstrap-stack";

/** The bootstrap app's only stack: `cdktf deploy bootstrap` from bootstrap/. */
export const BOOTSTRAP_STACK = "bootstrap";

/**
 * Entry point of the bootstrap app, separate from main.ts so the main synth never contains
 * it. Returns the exit code; a config error writes nothing.
 */
export function runBootstrapSynth(env: NodeJS.ProcessEnv): number {
  // Runs as dist/bootstrap/main.js, two levels below the repository root.
  const root = env.KIT_ROOT ?? path.resolve(__dirname, "../..");
  try {
    const { platform, environments } = loadConfig(root);
    const bootstrap = loadBootstrapConfig(root);
    // The cdktf CLI sets CDKTF_OUTDIR; `npm run bootstrap:synth` does not.
    const app = new App({ outdir: env.CDKTF_OUTDIR ?? path.join(root, "bootstrap", "cdktf.out") });
    new BootstrapStack(app, BOOTSTRAP_STACK, {
      platform,
      environments,
      bootstrap,
      stateFile: path.join(root, "bootstrap", `terraform.${BOOTSTRAP_STACK}.tfstate`),
    });
    app.synth();
    console.log(`Synthesized the ${BOOTSTRAP_STACK} stack into ${path.relative(process.cwd(), app.outdir) || "."}; apply it with: cd bootstrap && npx cdktf deploy ${BOOTSTRAP_STACK}`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = runBootstrapSynth(process.env);
