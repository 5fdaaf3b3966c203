// Command line of refuses synthesized JSON that redirects the provider, backend or credentials; the logic is changepath/synth-guard.ts.
import { main } from "../../changepath/synth-guard";

process.exitCode = main(process.argv.slice(2));
