import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT, tsFilesUnder } from "./helpers";

// Layers read top-down: synth/ -> stacks/ -> constructs/ -> lib/. A file imports only from
// its own layer or below (STYLE.md); this catches an upward import as soon as it is written.
const ORDER = ["lib", "constructs", "stacks", "synth"] as const;

function layerOf(rel: string): number {
  return ORDER.indexOf(rel.split("/")[0] as (typeof ORDER)[number]);
}

/** Every import of `file` that reaches a higher layer, as "file -> target". */
export function upwardImports(file: string, source: string): string[] {
  const own = layerOf(file);
  const found: string[] = [];
  for (const m of source.matchAll(/from\s+["'](\.[^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]));
    if (layerOf(target) > own) found.push(`${file} -> ${target}`);
  }
  return found;
}

describe("layering", () => {
  it("no file in lib/, constructs/ or stacks/ imports from a layer above it", () => {
    const files = tsFilesUnder(...ORDER);
    const violations = files.flatMap((f) => upwardImports(f, fs.readFileSync(path.join(REPO_ROOT, f), "utf8")));
    expect(violations).toEqual([]);
  });

  it("detects an upward import (the check can fail)", () => {
    expect(upwardImports("lib/naming.ts", 'import { x } from "../stacks/platform-stack";')).toEqual([
      "lib/naming.ts -> stacks/platform-stack",
    ]);
    expect(upwardImports("stacks/a.ts", 'import { x } from "../synth/build-app";')).toEqual([
      "stacks/a.ts -> synth/build-app",
    ]);
    expect(upwardImports("synth/a.ts", 'import { x } from "../stacks/platform-stack";')).toEqual([]);
  });
});
