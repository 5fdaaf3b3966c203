// Command line of the apply order of cdktf-stacks.sh; the logic is changepath/stack-waves.ts.
import { main } from "../../changepath/stack-waves";

process.exitCode = main(process.argv.slice(2));
