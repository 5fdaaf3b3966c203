// The expression and statement parser behind go-parse.ts: literals, calls, selectors, indexes and
// simple statements. Anything else (control flow, closures' bodies) stays opaque text, never guessed.
import { Tok } from "./go-lex";

export type Expr =
  | { k: "str"; v: string }
  | { k: "num"; v: number }
  | { k: "id"; name: string }
  | { k: "sel"; x: Expr; name: string }
  | { k: "call"; fn: Expr; args: Expr[]; spread: boolean }
  | { k: "comp"; type: string; elems: { key?: Expr; value: Expr }[] }
  | { k: "unary"; op: string; x: Expr }
  | { k: "binary"; op: string; x: Expr; y: Expr }
  | { k: "index"; x: Expr; index: Expr }
  | { k: "opaque"; text: string }
  /** A closure: its parameters and the token range of its body, read only by validator analysis. */
  | { k: "func"; params: string[]; body: [number, number] };

export type Stmt =
  | { k: "return"; values: Expr[] }
  | { k: "assign"; lhs: Expr[]; op: string; rhs: Expr[] }
  | { k: "expr"; x: Expr }
  | { k: "other"; text: string };

/** Binary operators by precedence, lowest first (the Go spec's five levels). */
const BINARY_PRECEDENCE: Record<string, number> = Object.fromEntries(
  [
    ["||"],
    ["&&"],
    ["==", "!=", "<", "<=", ">", ">="],
    ["+", "-", "|", "^"],
    ["*", "/", "%", "<<", ">>", "&", "&^"],
  ].flatMap((ops, level) => ops.map((op) => [op, level + 1])),
);

export class Parser {
  i = 0;
  constructor(
    readonly toks: Tok[],
    readonly src: string,
  ) {}

  peek(off = 0): Tok | undefined {
    return this.toks[this.i + off];
  }
  is(v: string, off = 0): boolean {
    const t = this.peek(off);
    return !!t && (t.t === "op" || t.t === "id") && t.v === v;
  }
  expect(v: string): Tok {
    const t = this.toks[this.i];
    if (!t || t.v !== v) throw new Error(`expected ${v} at ${this.where()}, found ${t?.v}`);
    this.i++;
    return t;
  }
  where(): string {
    const pos = this.toks[this.i]?.pos ?? this.src.length;
    return `line ${this.src.slice(0, pos).split("\n").length}`;
  }
  textOf(from: number, to: number): string {
    if (from >= to) return "";
    const end = to < this.toks.length ? this.toks[to].pos : this.src.length;
    return this.src.slice(this.toks[from].pos, end).trim().slice(0, 200);
  }
  /** Skips a balanced () [] {} group starting at the current opening token. */
  skipGroup(): void {
    const open = this.toks[this.i].v;
    const close = { "(": ")", "[": "]", "{": "}" }[open];
    if (!close) throw new Error(`not a group at ${this.where()}`);
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const t = this.toks[this.i];
      if (t.t !== "op") continue;
      if (t.v === "(" || t.v === "[" || t.v === "{") depth++;
      else if (t.v === ")" || t.v === "]" || t.v === "}") depth--;
      if (depth === 0) {
        this.i++;
        return;
      }
    }
  }
  /** Skips to the next `;` (or closing bracket) at this nesting depth. */
  skipToSemi(): void {
    while (this.i < this.toks.length && !this.is(";") && !this.is(")") && !this.is("}")) {
      if (this.is("(") || this.is("[") || this.is("{")) this.skipGroup();
      else this.i++;
    }
  }

  // ---- types (kept as normalized text) ----
  parseType(): string {
    const t = this.peek();
    if (!t) throw new Error("type expected");
    if (this.is("*")) {
      this.i++;
      return "*" + this.parseType();
    }
    if (this.is("[")) {
      this.i++;
      let len = "";
      while (!this.is("]")) len += this.toks[this.i++].v;
      this.i++;
      return `[${len}]` + this.parseType();
    }
    if (this.is("map")) {
      this.i++;
      this.expect("[");
      const key = this.parseType();
      this.expect("]");
      return `map[${key}]` + this.parseType();
    }
    if (this.is("func")) {
      const from = this.i++;
      this.skipGroup();
      if (this.is("(")) this.skipGroup();
      else if (this.peek()?.t === "id" || this.is("*") || this.is("[")) this.parseType();
      return this.textOf(from, this.i);
    }
    if (this.is("struct") || this.is("interface")) {
      const from = this.i++;
      this.skipGroup();
      return this.textOf(from, this.i);
    }
    if (this.is("chan")) {
      this.i++;
      return "chan " + this.parseType();
    }
    if (this.is("(")) {
      this.i++;
      const inner = this.parseType();
      this.expect(")");
      return inner;
    }
    let name = this.expectId();
    if (this.is(".")) {
      this.i++;
      name += "." + this.expectId();
    }
    return name;
  }
  expectId(): string {
    const t = this.toks[this.i];
    if (t?.t !== "id") throw new Error(`identifier expected at ${this.where()}, found ${t?.v}`);
    this.i++;
    return t.v;
  }

  // ---- expressions ----
  parseExpr(prec = 1): Expr {
    let x = this.parseUnary();
    for (;;) {
      const t = this.peek();
      const p = t?.t === "op" ? BINARY_PRECEDENCE[t.v] : undefined;
      if (!p || p < prec) return x;
      this.i++;
      x = { k: "binary", op: t!.v, x, y: this.parseExpr(p + 1) };
    }
  }
  parseUnary(): Expr {
    const t = this.peek();
    if (t?.t === "op" && ["&", "-", "+", "!", "^", "*", "<-"].includes(t.v)) {
      this.i++;
      return { k: "unary", op: t.v, x: this.parseUnary() };
    }
    return this.parsePrimary();
  }
  parsePrimary(): Expr {
    const from = this.i;
    let x = this.parseOperand();
    for (;;) {
      if (this.is(".")) {
        this.i++;
        if (this.is("(")) {
          this.skipGroup(); // a type assertion: the value is only known at run time
          x = { k: "opaque", text: this.textOf(from, this.i) };
        } else x = { k: "sel", x, name: this.expectId() };
      } else if (this.is("(")) {
        x = this.parseCall(x);
      } else if (this.is("[")) {
        x = this.parseIndex(x, from);
      } else if (this.is("{") && isTypeLike(x)) {
        x = this.parseCompositeBody(typeText(x));
      } else return x;
    }
  }
  /** A literal, name, parenthesized expression, closure or composite literal, before any selector or call. */
  private parseOperand(): Expr {
    const from = this.i;
    const t = this.peek();
    if (!t) throw new Error("unexpected end");
    if (t.t === "str" || t.t === "num" || t.t === "char") {
      this.i++;
      if (t.t === "str") return { k: "str", v: t.v };
      return t.t === "num" ? { k: "num", v: Number(t.v.replace(/_/g, "")) } : { k: "opaque", text: t.v };
    }
    if (this.is("func")) {
      this.i++;
      const params = parseParams(this).map((p) => p.name);
      while (!this.is("{") && !this.is(";") && !this.is(")") && !this.is(",")) {
        if (this.is("interface") || this.is("struct")) this.i++; // its {...} belongs to the result type
        if (this.is("(") || this.is("[") || this.is("{")) this.skipGroup();
        else this.i++;
      }
      if (!this.is("{")) return { k: "opaque", text: this.textOf(from, this.i) }; // a func type
      const start = this.i;
      this.skipGroup();
      return { k: "func", params, body: [start, this.i] };
    }
    if (this.is("(")) {
      this.i++;
      const x = this.parseExpr();
      this.expect(")");
      return x;
    }
    if (this.is("[") || this.is("map") || this.is("struct") || this.is("interface") || this.is("chan")) {
      const type = this.parseType();
      return this.is("{") ? this.parseCompositeBody(type) : { k: "opaque", text: type };
    }
    if (t.t === "id") {
      this.i++;
      return { k: "id", name: t.v };
    }
    if (this.is("{")) return this.parseCompositeBody(""); // element of a literal with its type elided
    throw new Error(`unexpected ${t.v} at ${this.where()}`);
  }
  /** `f(args)`: a type argument (make([]T, n), new(T)) is kept as its text. */
  private parseCall(fn: Expr): Expr {
    this.i++;
    const args: Expr[] = [];
    let spread = false;
    while (!this.is(")")) {
      args.push(this.is("[") || this.is("map") || this.is("*") ? this.parseTypeOrExpr() : this.parseExpr());
      if (this.is("...")) {
        spread = true;
        this.i++;
      }
      if (this.is(",") || this.is(";")) this.i++;
    }
    this.i++;
    return { k: "call", fn, args, spread };
  }
  private parseTypeOrExpr(): Expr {
    const at = this.i;
    try {
      const type = this.parseType();
      if (this.is(",") || this.is(")")) return { k: "opaque", text: type };
    } catch {
      // not a type: an expression
    }
    this.i = at;
    return this.parseExpr();
  }
  /** `x[i]`; a slice expression `x[a:b]` stays opaque. */
  private parseIndex(x: Expr, from: number): Expr {
    this.i++;
    const index = this.is(":") ? { k: "opaque" as const, text: "" } : this.parseExpr();
    if (this.is(":")) {
      while (!this.is("]")) this.i++;
      this.i++;
      return { k: "opaque", text: this.textOf(from, this.i) };
    }
    this.expect("]");
    return { k: "index", x, index };
  }
  parseCompositeBody(type: string): Expr {
    this.expect("{");
    const elems: { key?: Expr; value: Expr }[] = [];
    while (!this.is("}")) {
      if (this.is(";")) {
        this.i++;
        continue;
      }
      const first = this.parseExpr();
      if (this.is(":")) {
        this.i++;
        elems.push({ key: first, value: this.parseExpr() });
      } else elems.push({ value: first });
      if (this.is(",")) this.i++;
    }
    this.i++;
    return { k: "comp", type, elems };
  }

  // ---- statements (only what schema helpers use; the rest stays opaque) ----
  parseBlock(range: [number, number]): Stmt[] {
    const saved = this.i;
    this.i = range[0] + 1;
    const out: Stmt[] = [];
    while (this.i < range[1] - 1) {
      if (this.is(";")) {
        this.i++;
        continue;
      }
      const from = this.i;
      try {
        out.push(this.parseStmt());
      } catch {
        this.i = from;
        this.skipToSemi();
        out.push({ k: "other", text: this.textOf(from, this.i) });
      }
      if (!this.is(";") && !this.is("}")) {
        this.i = from;
        this.skipToSemi();
        out[out.length - 1] = { k: "other", text: this.textOf(from, this.i) };
      }
    }
    this.i = saved;
    return out;
  }
  private parseStmt(): Stmt {
    const from = this.i;
    if (["if", "for", "switch", "select", "go", "defer", "goto", "break", "continue", "{"].some((w) => this.is(w))) {
      // Control flow: skip the header and every block that belongs to the statement.
      while (!this.is(";") && this.i < this.toks.length) {
        if (this.is("{") || this.is("(") || this.is("[")) this.skipGroup();
        else this.i++;
        if (this.toks[this.i - 1]?.v === "}" && !this.is("else")) break;
      }
      return { k: "other", text: this.textOf(from, this.i) };
    }
    if (this.is("return")) {
      this.i++;
      const values: Expr[] = [];
      while (!this.is(";") && !this.is("}")) {
        values.push(this.parseExpr());
        if (this.is(",")) this.i++;
      }
      return { k: "return", values };
    }
    if (this.is("var")) {
      this.i++;
      const name = this.expectId();
      if (!this.is("=")) this.parseType();
      if (!this.is("="))
        return { k: "assign", lhs: [{ k: "id", name }], op: "=", rhs: [{ k: "opaque", text: "zero value" }] };
      this.i++;
      return { k: "assign", lhs: [{ k: "id", name }], op: "=", rhs: [this.parseExpr()] };
    }
    const lhs = [this.parseExpr()];
    while (this.is(",")) {
      this.i++;
      lhs.push(this.parseExpr());
    }
    const t = this.peek();
    if (t?.t === "op" && /^([-+*/%&|^]|<<|>>|&\^)?=$|^:=$/.test(t.v)) {
      this.i++;
      const rhs = [this.parseExpr()];
      while (this.is(",")) {
        this.i++;
        rhs.push(this.parseExpr());
      }
      return { k: "assign", lhs, op: t.v, rhs };
    }
    if (this.is("++") || this.is("--")) {
      this.i++;
      return { k: "other", text: this.textOf(from, this.i) };
    }
    return { k: "expr", x: lhs[0] };
  }
}

function isTypeLike(x: Expr): boolean {
  return x.k === "id" || (x.k === "sel" && x.x.k === "id");
}
function typeText(x: Expr): string {
  if (x.k === "id") return x.name;
  if (x.k === "sel" && x.x.k === "id") return `${x.x.name}.${x.name}`;
  return "?";
}

export function parseParams(p: Parser): { name: string; variadic: boolean }[] {
  p.expect("(");
  const groups: { names: string[]; variadic: boolean; hasType: boolean }[] = [];
  while (!p.is(")")) {
    // Each entry: "name Type", "name ...Type", "name" (type comes later) or just "Type".
    const first = p.peek()!;
    const next = p.peek(1)!;
    if (first.t === "id" && (next.v === "," || next.v === ")")) {
      p.i++;
      groups.push({ names: [first.v], variadic: false, hasType: false });
    } else if (first.t === "id" && next.v !== ".") {
      p.i++;
      const variadic = p.is("...");
      if (variadic) p.i++;
      p.parseType();
      groups.push({ names: [first.v], variadic, hasType: true });
    } else {
      if (p.is("...")) p.i++;
      p.parseType();
      groups.push({ names: [], variadic: false, hasType: true });
    }
    if (p.is(",")) p.i++;
  }
  p.i++;
  // "a, b string": names without a type share the next type; a bare list of types names nothing.
  const allBare = groups.every((g) => !g.hasType);
  return groups.flatMap((g) => (allBare ? [] : g.names.map((name) => ({ name, variadic: g.variadic }))));
}
