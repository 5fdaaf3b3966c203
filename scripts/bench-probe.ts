// Preloaded into the synth process by the benchmark: records its peak memory at exit.
import * as fs from "fs";

const target = process.env.KIT_BENCH_STATS;
if (target) {
  process.on("exit", () => {
    fs.writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
