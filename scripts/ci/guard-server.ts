// Command line of the plan-guard server cdktf-stacks.sh starts once per run; the logic is changepath/guard-server.ts.
import { answered, parseCommand } from "../../lib/cli";
import { serve } from "../../changepath/guard-server";

const HELP = `Usage: node dist/scripts/ci/guard-server.js <folder>

The plan guard for every stack of one scripts/ci/cdktf-stacks.sh run, in one process: answers
the requests cdktf-stacks.sh writes to <folder>/req (changepath/guard-server.ts). Stops when
<folder>/stop appears or process $GUARD_PARENT (default: its parent) is gone.`;

const parsed = parseCommand("guard-server", HELP, process.argv.slice(2), {}, true);
if (answered(parsed)) {
  (parsed.code === 0 ? console.log : console.error)(parsed.out);
  process.exitCode = parsed.code;
} else if (parsed.positionals.length !== 1) {
  console.error(`guard-server: expected one folder\n\n${HELP}`);
  process.exitCode = 2;
} else serve(parsed.positionals[0], Number(process.env.GUARD_PARENT ?? process.ppid));
