import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT, tsFilesUnder } from "./helpers";

// The folders are the architecture (STYLE.md, "Layers"). Each folder imports only from itself
// and the folders listed for it; scripts/ and __tests__/ sit on top and may import anything.
//   lib/         facts, config schema and validation, policy rules: imports nothing of the kit
//   constructs/  one Terraform concern each, typed props
//   handoff/     the Kubernetes hand-off generators (service kits, tenant baseline, routes)
//   stacks/      compose constructs and hand-offs per environment and service
//   synth/       the synthesis pipeline of the main app
//   bootstrap/   the separate bootstrap app (CI identities, state buckets, GitHub settings)
//   changepath/  the change path: synth guard, affected stacks, plan guard, plan summary
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  lib: [],
  constructs: ["lib"],
  handoff: ["lib"],
  stacks: ["lib", "constructs", "handoff"],
  synth: ["lib", "constructs", "handoff", "stacks"],
  bootstrap: ["lib", "constructs"],
  changepath: ["lib"],
};
const LAYERS = Object.keys(ALLOWED);

function folderOf(rel: string): string {
  return rel.split("/")[0];
}

/** Every relative import of `file` that leaves its folder for one it may not use, as "file -> target". */
export function forbiddenImports(file: string, source: string): string[] {
  const own = folderOf(file);
  const allowed = ALLOWED[own];
  if (!allowed) return [];
  const found: string[] = [];
  for (const m of source.matchAll(/from\s+["'](\.[^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]));
    const to = folderOf(target);
    // The generated provider bindings stand where @cdktf/provider-google stood: every layer may use them.
    if (to === ".gen") continue;
    if (to !== own && !allowed.includes(to)) found.push(`${file} -> ${target}`);
  }
  return found;
}

describe("layering", () => {
  it("no file in a layer folder imports from a folder its layer may not use", () => {
    const files = tsFilesUnder(...LAYERS);
    for (const layer of LAYERS) expect([layer, files.some((f) => folderOf(f) === layer)]).toEqual([layer, true]);
    const violations = files.flatMap((f) => forbiddenImports(f, fs.readFileSync(path.join(REPO_ROOT, f), "utf8")));
    expect(violations).toEqual([]);
  });

  it("detects an upward or sideways import (the check can fail)", () => {
    expect(forbiddenImports("lib/naming.ts", 'import { x } from "../stacks/platform-stack";')).toEqual([
      "lib/naming.ts -> stacks/platform-stack",
    ]);
    expect(forbiddenImports("stacks/a.ts", 'import { x } from "../synth/build-app";')).toEqual([
      "stacks/a.ts -> synth/build-app",
    ]);
    expect(forbiddenImports("handoff/a.ts", 'import { x } from "../constructs/network";')).toEqual([
      "handoff/a.ts -> constructs/network",
    ]);
    expect(forbiddenImports("stacks/a.ts", 'import { x } from "../bootstrap/bootstrap-stack";')).toEqual([
      "stacks/a.ts -> bootstrap/bootstrap-stack",
    ]);
    expect(forbiddenImports("changepath/a.ts", 'import { x } from "../scripts/bench";')).toEqual([
      "changepath/a.ts -> scripts/bench",
    ]);
    expect(forbiddenImports("synth/a.ts", 'import { x } from "../stacks/platform-stack";')).toEqual([]);
    expect(forbiddenImports("bootstrap/a.ts", 'import { x } from "./bootstrap-stack";')).toEqual([]);
  });
});
