// The three outputs the bindings proof compares, synthesized into one directory: the shipped
// config, the all-options fixture, and that fixture with services scaffolded with every
// new-service flag and with none (main app and bootstrap app each).
//
//   node -r scripts/bindings/redirect.js dist/scripts/bindings/synth-outputs.js <outdir>
import * as fs from "fs";
import * as path from "path";
import { runBootstrapSynth } from "../../bootstrap/main";
import { synthesize } from "../../synth/synth";
import { newService } from "../new-service";
import { ROOT } from "./root";

export const ALL_OPTIONS = path.join(ROOT, "__tests__", "fixtures", "all-options");

/** Every flag of `npm run new-service`, with values valid for the all-options fixture. */
export const EVERY_FLAG = [
  "scaffolded",
  "--team",
  "shop",
  "--group",
  "shop-team@example.com",
  "--cost-center",
  "cc-3003",
  "--envs",
  "full,alt",
  "--redis",
  "--redis-size",
  "3",
  "--armor",
  "--sql",
  "postgres",
  "--bucket",
  "data",
  "--namespace",
  "scaffolded-ns",
  "--route",
  "gateway",
  "--host",
  "full=scaffolded.example.com",
  "--repo",
  "acme/scaffolded",
  "--repo-id",
  "700500",
  "--owner-id",
  "91234567",
];

/**
 * A service with no options: production-like environments need host names (HTTPS), the only flag it
 * needs there; and the other side of the one switch that is on by default (--no-delivery).
 */
export const BARE_FLAGS = ["bare", "--host", "full=bare.example.com", "--no-delivery"];

function synthKit(root: string, outdir: string): void {
  synthesize({ root, outdir: path.join(outdir, "main") });
  const log = console.log;
  console.log = () => undefined;
  try {
    if (runBootstrapSynth({ KIT_ROOT: root, CDKTF_OUTDIR: path.join(outdir, "bootstrap") }) !== 0)
      throw new Error(`bootstrap synthesis of ${root} failed`);
  } finally {
    console.log = log;
  }
}

/** Synthesizes the three outputs below `outdir` (shipped/, all-options/, scaffolded/); `work` holds the copies. */
export function synthOutputs(outdir: string, work: string): void {
  synthKit(ROOT, path.join(outdir, "shipped"));
  const allOptions = path.join(work, "all-options");
  fs.cpSync(ALL_OPTIONS, allOptions, { recursive: true });
  synthKit(allOptions, path.join(outdir, "all-options"));
  for (const argv of [EVERY_FLAG, BARE_FLAGS]) {
    const r = newService(argv, allOptions);
    if (r.code !== 0) throw new Error(`new-service ${argv.join(" ")}: ${r.out}`);
  }
  synthKit(allOptions, path.join(outdir, "scaffolded"));
}

if (require.main === module) {
  // `work` appears in the JSON (the bootstrap state path): runs that are compared share it.
  const [outdir, work] = process.argv.slice(2).map((p) => path.resolve(p));
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  try {
    synthOutputs(outdir, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
