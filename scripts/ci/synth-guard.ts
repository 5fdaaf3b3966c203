// Command line of the synth guard (a strict validator of synthesized JSON); the logic is changepath/synth-guard.ts.
import { main } from "../../changepath/synth-guard";

process.exitCode = main(process.argv.slice(2));
