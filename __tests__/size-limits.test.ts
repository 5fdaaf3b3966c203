import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { appSources } from "../scripts/source-folders";
import { REPO_ROOT, tsFilesUnder } from "./helpers";

// Hand-written source stays small enough to read whole (STYLE.md): no file over 400 lines,
// no function over 80. Files and functions above the limits when the check was added are
// listed with a ceiling (their size then, rounded up to the next 50 lines): they may shrink
// but not pass it, and anything new over the limits fails.
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
// The app's TypeScript as tsconfig.json names it, tests aside.
const SOURCES = appSources(REPO_ROOT);

/** Known debt: "file" or "file#function" -> ceiling in lines. Split them and delete the entry; never raise one. */
const KNOWN_DEBT: Readonly<Record<string, number>> = {};

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
    expect(sizeProblems(new Map([["lib/x.ts", 460]]), { "lib/x.ts": 450 })).toEqual([
      "lib/x.ts: 460 lines, grew from 450 (limit 400)",
    ]);
  });
});
