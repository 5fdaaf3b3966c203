import * as path from "path";
import { spawnSync } from "child_process";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { naming } from "../lib/naming";
import { answered, CommandResult, parseCommand, runCommand } from "../lib/cli";
import { runSynth } from "../synth/cli";

const HELP = `Usage: npm run plan -- <stack> [<stack> ...]

Synthesizes, then runs \`cdktf plan --skip-synth\` for the stacks named, with your own
credentials (gcloud auth application-default login). A stack is an environment's platform
stack (its name, e.g. dev) or a service's stack in one environment (svc-<service>-<env>,
e.g. svc-payments-prd). With no stack it lists them.`;

/** Every stack the app synthesizes for the estate under `root`. */
export function stackNames(root: string): string[] {
  const { environments, services } = loadConfig(root);
  return [
    ...environments.map((e) => naming.platformStack(e.name)),
    ...services.flatMap((s) => s.environments.map((e) => naming.serviceStack(s.name, e))),
  ];
}

/** Checks the stack names; returns the refusal, or undefined when they are all known. */
export function planArguments(argv: readonly string[], root: string): CommandResult | string[] {
  const args = parseCommand("plan", HELP, argv, {}, true);
  if (answered(args)) return args;
  let known: string[];
  try {
    known = stackNames(root);
  } catch (e) {
    if (e instanceof ConfigError) return { code: 1, out: e.message };
    throw e;
  }
  const unknown = args.positionals.filter((s) => !known.includes(s));
  if (args.positionals.length === 0 || unknown.length > 0)
    return {
      code: 2,
      out: `plan: ${args.positionals.length === 0 ? "name the stack(s) to plan" : `unknown stack(s) ${unknown.join(", ")}`}, e.g. npm run plan -- ${known[0]}\nStacks: ${known.join(", ")}`,
    };
  return args.positionals;
}

if (require.main === module)
  runCommand((argv) => {
    const root = process.env.KIT_ROOT ?? process.cwd();
    const stacks = planArguments(argv, root);
    if (!Array.isArray(stacks)) return stacks;
    const synth = runSynth([], process.env);
    if (synth !== 0) return { code: synth, out: "" };
    const cdktf = path.join(root, "node_modules", ".bin", "cdktf");
    const plan = spawnSync(cdktf, ["plan", "--skip-synth", ...stacks], { stdio: "inherit", cwd: root });
    return { code: plan.status ?? 1, out: "" };
  });
