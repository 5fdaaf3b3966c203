import * as path from "path";
import { App } from "cdktf";
import { loadConfig } from "../lib/config/load";
import { loadBootstrapConfig } from "./bootstrap-schema";
import { ConfigError } from "../lib/config/errors";
import { answered, parseCommand, runCommand } from "../lib/cli";
import { BootstrapStack } from "./bootstrap-stack";
import { GithubSettingsStack } from "./github-settings-stack";
import { layOutStacks } from "../lib/stack-json";

/** The bootstrap app's GCP stack: `cdktf deploy bootstrap` from bootstrap/. */
export const BOOTSTRAP_STACK = "bootstrap";
/** Its GitHub stack (when githubSettings is set), applied after it: `cdktf deploy github`. */
export const GITHUB_STACK = "github";

/**
 * Entry point of the bootstrap app, separate from main.ts so the main synth never contains
 * it. Returns the exit code; a config error writes nothing.
 */
export function runBootstrapSynth(env: NodeJS.ProcessEnv): number {
  // Runs as dist/bootstrap/main.js, two levels below the repository root.
  const root = env.KIT_ROOT ?? path.resolve(__dirname, "../..");
  try {
    const { platform, environments } = loadConfig(root);
    const bootstrap = loadBootstrapConfig(root, environments);
    // The cdktf CLI sets CDKTF_OUTDIR; `npm run bootstrap:synth` does not.
    const app = new App({ outdir: env.CDKTF_OUTDIR ?? path.join(root, "bootstrap", "cdktf.out") });
    // Relative to the stack's folder (bootstrap/cdktf.out/stacks/<stack>), where Terraform runs:
    // bootstrap/terraform.<stack>.tfstate on any machine, and no local path in the JSON.
    const stateFile = (stack: string) => `../../../terraform.${stack}.tfstate`;
    const gcp = new BootstrapStack(app, BOOTSTRAP_STACK, {
      platform,
      environments,
      bootstrap,
      stateFile: stateFile(BOOTSTRAP_STACK),
    });
    const stacks = [BOOTSTRAP_STACK];
    if (bootstrap.githubSettings) {
      new GithubSettingsStack(app, GITHUB_STACK, { environments, bootstrap, gcp, stateFile: stateFile(GITHUB_STACK) });
      stacks.push(GITHUB_STACK);
    }
    app.synth();
    layOutStacks(app);
    console.log(
      `Synthesized ${stacks.join(" and ")} into ${path.relative(process.cwd(), app.outdir) || "."}; apply with: cd bootstrap && npx cdktf deploy ${stacks.join(" ")}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

const HELP = `Usage: npm run bootstrap:synth

Synthesizes the one-time CI setup from config/bootstrap.yaml (state buckets, CI identities
per environment, Workload Identity Federation, and the GitHub settings when configured)
into bootstrap/cdktf.out; apply it with: cd bootstrap && npx cdktf deploy bootstrap [github]
(docs/ci.md, Bootstrap).`;

if (require.main === module)
  runCommand((argv) => {
    const args = parseCommand("bootstrap:synth", HELP, argv, {});
    return answered(args) ? args : { code: runBootstrapSynth(process.env), out: "" };
  });
