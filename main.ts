import { runSynth } from "./synth/cli";

// Reads config, builds every stack and synthesizes; see synth/synth.ts.
process.exitCode = runSynth(process.argv.slice(2), process.env);
