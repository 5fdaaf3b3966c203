// Command line of the plan comment, run summary and drift issue; the logic is changepath/plan-summary.ts.
import { main } from "../../changepath/plan-summary";

process.exitCode = main(process.argv.slice(2));
