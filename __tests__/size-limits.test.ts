import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { REPO_ROOT, tsFilesUnder } from "./helpers";

// Hand-written source stays small enough to read whole (STYLE.md): no file over 400 lines,
// no function over 80. Files and functions above the limits when the check was added are
// listed with their size at the time: they may shrink but not grow, and a new one fails.
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const SOURCES = ["main.ts", "lib", "constructs", "handoff", "stacks", "synth", "bootstrap", "changepath", "scripts"];

/** Known debt: "file" or "file#function" -> lines when this check was added. Shrink it, never grow it. */
const KNOWN_DEBT: Readonly<Record<string, number>> = {
  "lib/config/schema.ts": 1034,
  "lib/policy/rules.ts": 857,
  "scripts/provider-rules/go-parse.ts": 664,
  "scripts/provider-rules/go-eval.ts": 550,
  "changepath/plan-guard.ts": 473,
  "changepath/affected-stacks.ts": 449,
  "scripts/provider-rules/extract.ts": 434,
  "bootstrap/bootstrap-schema.ts": 420,
  "stacks/service-stack.ts#constructor": 215,
  "stacks/platform-stack.ts#constructor": 222,
  "scripts/workflows/pr.ts#(anonymous)": 196,
  "constructs/sql-instance.ts#constructor": 167,
  "scripts/new-service.ts#newService": 150,
  "handoff/tenant-baseline.ts#tenantBaseline": 141,
  "scripts/workflows/deploy.ts#(anonymous)": 142,
  "constructs/private-cluster.ts#constructor": 139,
  "scripts/workflows/drift.ts#(anonymous)": 125,
  "lib/config/validate.ts#checkService": 117,
  "scripts/workflows/deploy-env.ts#(anonymous)": 116,
  "constructs/storage-bucket.ts#constructor": 102,
  "handoff/service-handoff.ts#serviceHandoff": 102,
  "changepath/affected-stacks.ts#main": 102,
  "scripts/provider-rules/go-parse.ts#parsePrimary": 100,
  "bootstrap/bootstrap-stack.ts#environment": 96,
  "lib/config/validate.ts#crossValidate": 95,
  "scripts/workflows/plan-env.ts#(anonymous)": 98,
  "bootstrap/bootstrap-stack.ts#constructor": 91,
  "scripts/provider-rules/go-parse.ts#parseFile": 90,
  "changepath/affected-stacks.ts#(anonymous)": 88,
  "scripts/bench.ts#main": 85,
  "lib/gcp/node-pool.ts#checkNodePool": 83,
};

/** "file" -> lines and "file#function" -> lines for everything above the limits in `text`. */
export function oversized(file: string, text: string): Map<string, number> {
  const found = new Map<string, number>();
  const lines = text.split("\n").length;
  if (lines > MAX_FILE_LINES) found.set(file, lines);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const span = lineOf(node.end) - lineOf(node.getStart()) + 1;
      const name = ts.isConstructorDeclaration(node) ? "constructor" : (node.name?.getText() ?? "(anonymous)");
      const key = `${file}#${name}`;
      if (span > MAX_FUNCTION_LINES) found.set(key, Math.max(span, found.get(key) ?? 0));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** What breaks the limits beyond the known debt. */
export function sizeProblems(found: ReadonlyMap<string, number>, debt = KNOWN_DEBT): string[] {
  return [...found].flatMap(([what, lines]) => {
    const limit = what.includes("#") ? MAX_FUNCTION_LINES : MAX_FILE_LINES;
    if (debt[what] === undefined) return [`${what}: ${lines} lines, over ${limit}`];
    return lines > debt[what] ? [`${what}: ${lines} lines, grew from ${debt[what]} (limit ${limit})`] : [];
  });
}

describe("size limits", () => {
  const found = new Map<string, number>();
  for (const file of tsFilesUnder(...SOURCES))
    for (const [k, v] of oversized(file, fs.readFileSync(path.join(REPO_ROOT, file), "utf8"))) found.set(k, v);

  it("no new file over 400 lines or function over 80, and the known ones do not grow", () => {
    expect(sizeProblems(found)).toEqual([]);
  });

  it("catches a long file and a long function (the check can fail)", () => {
    const body = Array.from({ length: 85 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const long = oversized("lib/x.ts", `export function big(): void {\n${body}\n}\n${"\n".repeat(400)}`);
    expect(sizeProblems(long)).toEqual(["lib/x.ts: 488 lines, over 400", "lib/x.ts#big: 87 lines, over 80"]);
    expect(sizeProblems(new Map([["lib/config/schema.ts", 1100]]))).toEqual([
      "lib/config/schema.ts: 1100 lines, grew from 1032 (limit 400)",
    ]);
  });
});
