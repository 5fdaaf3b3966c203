// Command line of the shard split of the plan and deploy workflows; the logic is changepath/shards.ts.
import { main } from "../../changepath/shards";

process.exitCode = main(process.argv.slice(2));
