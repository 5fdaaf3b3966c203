// Command line of the deny-by-default plan guard; the logic is changepath/plan-guard.ts.
import { main } from "../../changepath/plan-guard";

process.exitCode = main(process.argv.slice(2));
