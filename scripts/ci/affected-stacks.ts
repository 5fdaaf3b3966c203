// Command line of which stacks a change affects; the logic is changepath/affected-stacks.ts.
import { main } from "../../changepath/affected-cli";

process.exitCode = main(process.argv.slice(2));
