import { runSynth } from "./lib/cli";

// Reads config, builds every stack and synthesizes; see lib/synth.ts.
process.exitCode = runSynth(process.argv.slice(2), process.env);
