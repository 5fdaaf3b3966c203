// A small parser for the subset of Go the provider's schema definitions are written in:
// package-level declarations, composite literals, calls, selectors and simple statements.
// Anything else (if/for/switch bodies, closures) is kept as opaque source text, never guessed.

import { tokenize } from "./go-lex";
import { Expr, Parser, parseParams } from "./go-expr";

export type { Expr, Stmt } from "./go-expr";

export interface FuncDecl {
  readonly name: string;
  readonly params: { name: string; variadic: boolean }[];
  readonly results: string;
  /** Token range of the body, parsed on demand. */
  readonly body: [number, number];
}

export interface GoFile {
  readonly pkg: string;
  readonly imports: Map<string, string>;
  readonly funcs: Map<string, FuncDecl>;
  readonly vars: Map<string, Expr>;
  readonly parser: Parser;
}

/** Top-level declarations of one Go file: imports, funcs (bodies unparsed) and vars. */
export function parseFile(src: string): GoFile {
  const p = new Parser(tokenize(src), src);
  p.expect("package");
  const file: GoFile = { pkg: p.expectId(), imports: new Map(), funcs: new Map(), vars: new Map(), parser: p };
  while (p.i < p.toks.length) {
    if (p.is(";")) {
      p.i++;
    } else if (p.is("import") || p.is("var") || p.is("const")) {
      const kind = p.toks[p.i++].v;
      const spec = kind === "import" ? () => importSpec(p, file.imports) : () => varSpec(p, file.vars);
      if (p.is("(")) specGroup(p, spec);
      else spec();
    } else if (p.is("type")) {
      p.i++;
      if (p.is("(")) p.skipGroup();
      else p.skipToSemi();
    } else if (p.is("func")) {
      p.i++;
      const decl = funcDecl(p);
      if (decl) file.funcs.set(decl.name, decl);
    } else {
      p.skipToSemi();
      if (p.is(")") || p.is("}")) p.i++;
    }
  }
  return file;
}

/** `( spec; spec; ... )`: a spec that cannot be read is skipped, not guessed. */
function specGroup(p: Parser, spec: () => void): void {
  p.i++;
  while (!p.is(")")) {
    if (p.is(";")) p.i++;
    else {
      const at = p.i;
      try {
        spec();
      } catch {
        p.i = at;
        p.skipToSemi();
      }
    }
  }
  p.i++;
}

function importSpec(p: Parser, imports: Map<string, string>): void {
  let alias: string | undefined;
  if (p.peek()?.t === "id" || p.is(".")) alias = p.toks[p.i++].v;
  const path = p.toks[p.i++].v;
  imports.set(alias ?? path.split("/").pop()!, path);
}

function varSpec(p: Parser, vars: Map<string, Expr>): void {
  const names = [p.expectId()];
  while (p.is(",")) {
    p.i++;
    names.push(p.expectId());
  }
  if (!p.is("=")) p.parseType();
  if (p.is("=")) {
    p.i++;
    const values = [p.parseExpr()];
    while (p.is(",")) {
      p.i++;
      values.push(p.parseExpr());
    }
    names.forEach((n, k) => values[k] && vars.set(n, values[k]));
  }
}

/** A func declaration after `func`; undefined for a method or a body-less declaration. */
function funcDecl(p: Parser): FuncDecl | undefined {
  if (p.is("(")) {
    // A method: not something a schema is built from.
    p.skipGroup();
    p.expectId();
    p.skipGroup();
    while (!p.is("{") && !p.is(";")) {
      if (p.is("(")) p.skipGroup();
      else p.i++;
    }
    if (p.is("{")) p.skipGroup();
    return undefined;
  }
  const name = p.expectId();
  if (p.is("[")) p.skipGroup();
  const params = parseParams(p);
  const rFrom = p.i;
  while (!p.is("{") && !p.is(";")) {
    if (p.is("(") || p.is("[")) p.skipGroup();
    else p.i++;
  }
  const results = p.textOf(rFrom, p.i);
  if (!p.is("{")) return undefined;
  const start = p.i;
  p.skipGroup();
  return { name, params, results, body: [start, p.i] };
}
