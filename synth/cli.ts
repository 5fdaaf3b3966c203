import * as path from "path";
import { synthesize, PolicyError } from "./synth";
import { ConfigError } from "../lib/config/errors";
import { loadConfig } from "../lib/config/load";
import { configWarnings } from "../lib/config/estate-checks";
import { formatFindings } from "../lib/policy/report";
import { answered, parseCommand } from "../lib/cli";

const SYNTH_HELP = `Usage: npm run synth            (or npm run policy: the same with --report)

Validates config/, services/ and approvals/, builds every stack, runs the guardrails and
writes cdktf.out/ (stacks, manifest, policy-report.json, service-kits/). On any problem it
lists them all, exits 1 and leaves the previous cdktf.out/ as it was.

Options:
  --report      print every guardrail finding (npm run policy)
  -h, --help    show this help
Environment: CDKTF_OUTDIR (output folder), KIT_SYNTH_WORKERS (threads).`;

/** Entry point of `main.ts`: returns the process exit code. `--report` prints every finding. */
export function runSynth(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const parsed = parseCommand("synth", SYNTH_HELP, args, { report: { type: "boolean" } });
  if (answered(parsed)) {
    (parsed.code === 0 ? console.log : console.error)(parsed.out);
    return parsed.code;
  }
  // cdktf and npm run the app from the repository root.
  const root = env.KIT_ROOT ?? process.cwd();
  const started = Date.now();
  try {
    const result = synthesize({ root, outdir: env.CDKTF_OUTDIR });
    const warnings = result.findings.filter((f) => f.severity === "warning" && !f.waived);
    const waived = result.findings.filter((f) => f.waived);
    // Settings that are valid but have no effect (e.g. a backup block while backups are off).
    for (const w of configWarnings(loadConfig(root).environments))
      console.log(`warning: ${w.file}: ${w.field}: ${w.message}`);
    if (parsed.values.report) console.log(formatFindings(result.findings));
    else {
      for (const f of warnings) console.log(`warning: ${f.stack}: ${f.path} [${f.rule}] ${f.title}. Fix: ${f.fix}`);
      // Every waiver stays visible on every run: rule, resource and the reviewed reason.
      for (const f of waived) console.log(`waived: ${f.stack}: ${f.path} [${f.rule}] ${f.title}. Reason: ${f.waived}`);
    }
    console.log(
      `Synthesized ${result.stacks.length} stacks into ${path.relative(process.cwd(), result.outdir) || "."} in ${Date.now() - started} ms` +
        ` (${warnings.length} guardrail warnings, ${waived.length} waived; npm run policy lists every finding)`,
    );
    return 0;
  } catch (e) {
    const known = e instanceof ConfigError || e instanceof PolicyError;
    // Anything else is a bug or an environment problem: show the stack only when debugging.
    const text = known || !process.env.KIT_DEBUG ? (e as Error).message : (e as Error).stack;
    console.error(`${known ? "" : "error: "}${text}\nNothing was synthesized; the previous output is unchanged.`);
    return 1;
  }
}
