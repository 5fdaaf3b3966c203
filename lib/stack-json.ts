import * as fs from "fs";
import * as path from "path";

/**
 * The kit's stack JSON (cdk.tf.json) in one byte layout, whichever framework synthesized it:
 * keys sorted, two-space indent, an empty array or object opened and closed on two lines, no
 * final newline. That is cdktf 0.21's layout (json-stable-stringify with `space: 2`), so cdktf's
 * files are rewritten unchanged; CDK Terrain writes the same JSON with safe-stable-stringify,
 * which puts empty collections on one line (`[]`). With this the exit path to cdktn gives the
 * same bytes (README, "CDK Terrain"). Only the layout is touched: the value is parsed and laid
 * out again, never edited.
 */
export function stackJsonLayout(value: unknown, level = 0): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const indent = "\n" + "  ".repeat(level);
  const item = indent + "  ";
  if (Array.isArray(value)) return `[${value.map((v) => item + stackJsonLayout(v, level + 1)).join(",")}${indent}]`;
  const entries = Object.keys(value)
    .sort()
    .map((k) => `${item}${JSON.stringify(k)}: ${stackJsonLayout((value as Record<string, unknown>)[k], level + 1)}`);
  return `{${entries.join(",")}${indent}}`;
}

/** What an App's manifest says of its stacks (cdktf and cdktn alike). */
export interface SynthesizedApp {
  readonly outdir: string;
  readonly manifest: { readonly stacks: Record<string, { readonly synthesizedStackPath: string }> };
}

/** The framework that synthesizes: cdktf itself, or CDK Terrain served as "cdktf" (scripts/bindings/redirect.js). */
export interface Framework {
  readonly name: string;
  readonly version: string;
}

// An internal file of the package, without types: require() rather than import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version }: Framework = require("cdktf/package.json");
export const FRAMEWORK: Framework = { name, version };

/**
 * Whether `framework` writes stack JSON in the kit's layout already: cdktf 0.21.0, whose files
 * stackJsonLayout leaves byte for byte as they are (stack-json.test.ts; the cdktn end-to-end test
 * compares cdktn's laid-out files with cdktf's as written). Parsing and laying out every file
 * again only to find that cost a tenth of a synthesis.
 */
export const writesKitLayout = (framework: Framework): boolean =>
  framework.name === "cdktf" && framework.version === "0.21.0";

/**
 * Lays out the stack JSON of `names` (default: every stack of the manifest) the kit's way, unless
 * `framework` wrote it so.
 */
export function layOutStacks(
  app: SynthesizedApp,
  names: readonly string[] = Object.keys(app.manifest.stacks),
  framework: Framework = FRAMEWORK,
): void {
  if (writesKitLayout(framework)) return;
  for (const name of names) {
    const file = path.join(app.outdir, app.manifest.stacks[name].synthesizedStackPath);
    const text = fs.readFileSync(file, "utf8");
    const laidOut = stackJsonLayout(JSON.parse(text));
    if (laidOut !== text) fs.writeFileSync(file, laidOut);
  }
}
