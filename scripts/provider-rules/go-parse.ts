// A small parser for the subset of Go the provider's schema definitions are written in:
// package-level declarations, composite literals, calls, selectors and simple statements.
// Anything else (if/for/switch bodies, closures) is kept as opaque source text, never guessed.

export type Tok = { t: "id" | "str" | "num" | "char" | "op"; v: string; pos: number };

const KEYWORDS_ENDING_STATEMENT = new Set(["break", "continue", "fallthrough", "return"]);
const OPS = [
  "<<=",
  ">>=",
  "&^=",
  "...",
  "&&",
  "||",
  "<-",
  "++",
  "--",
  "==",
  "!=",
  "<=",
  ">=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "<<",
  ">>",
  "&^",
  "+",
  "-",
  "*",
  "/",
  "%",
  "&",
  "|",
  "^",
  "<",
  ">",
  "=",
  "!",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  ".",
  ":",
  "~",
];

/** Go tokens with automatic semicolons inserted as the language spec says. */
export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const semiAfter = (): boolean => {
    const last = out[out.length - 1];
    if (!last) return false;
    if (last.t === "op") return [")", "]", "}", "++", "--"].includes(last.v);
    return (
      last.t !== "id" ||
      !/^(package|import|func|var|const|type|struct|interface|map|chan|if|else|for|switch|case|default|go|defer|select|range|goto)$/.test(
        last.v,
      ) ||
      KEYWORDS_ENDING_STATEMENT.has(last.v)
    );
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      if (semiAfter()) out.push({ t: "op", v: ";", pos: i });
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (src.startsWith("//", i)) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      const body = src.slice(i, end);
      if (body.includes("\n") && semiAfter()) out.push({ t: "op", v: ";", pos: i });
      i = end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_0-9]+/.exec(src.slice(i, i + 200))!;
      out.push({ t: "id", v: m[0], pos: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1]))) {
      const m = /^(0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9]+)?i?)/.exec(src.slice(i, i + 100))!;
      out.push({ t: "num", v: m[0], pos: i });
      i += m[0].length;
    } else if (c === '"') {
      let j = i + 1;
      while (src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      out.push({ t: "str", v: goString(src.slice(i + 1, j)), pos: i });
      i = j + 1;
    } else if (c === "`") {
      const j = src.indexOf("`", i + 1);
      out.push({ t: "str", v: src.slice(i + 1, j).replace(/\r/g, ""), pos: i });
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (src[j] !== "'") j += src[j] === "\\" ? 2 : 1;
      out.push({ t: "char", v: src.slice(i, j + 1), pos: i });
      i = j + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new Error(`unexpected character ${JSON.stringify(c)} at ${i}`);
      out.push({ t: "op", v: op, pos: i });
      i += op.length;
    }
  }
  if (semiAfter()) out.push({ t: "op", v: ";", pos: src.length });
  return out;
}

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

const BINARY_PRECEDENCE: Record<string, number> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  "+": 4,
  "-": 4,
  "|": 4,
  "^": 4,
  "*": 5,
  "/": 5,
  "%": 5,
  "<<": 5,
  ">>": 5,
  "&": 5,
  "&^": 5,
};

export class Parser {
  i = 0;
  /** Off inside if/for/switch headers, where `T {` opens a block, not a literal. */
  private compositeOk = true;

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
    const t = this.peek();
    if (!t) throw new Error("unexpected end");
    let x: Expr;
    if (t.t === "str") {
      this.i++;
      x = { k: "str", v: t.v };
    } else if (t.t === "num") {
      this.i++;
      x = { k: "num", v: Number(t.v.replace(/_/g, "")) };
    } else if (t.t === "char") {
      this.i++;
      x = { k: "opaque", text: t.v };
    } else if (this.is("func")) {
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
      x = { k: "func", params, body: [start, this.i] };
    } else if (this.is("(")) {
      this.i++;
      const saved = this.compositeOk;
      this.compositeOk = true;
      x = this.parseExpr();
      this.compositeOk = saved;
      this.expect(")");
    } else if (this.is("[") || this.is("map") || this.is("struct") || this.is("interface") || this.is("chan")) {
      const type = this.parseType();
      x = this.is("{") ? this.parseCompositeBody(type) : { k: "opaque", text: type };
    } else if (t.t === "id") {
      this.i++;
      x = { k: "id", name: t.v };
    } else if (this.is("{")) {
      x = this.parseCompositeBody(""); // element of a literal with its type elided
    } else {
      throw new Error(`unexpected ${t.v} at ${this.where()}`);
    }
    for (;;) {
      if (this.is(".")) {
        this.i++;
        if (this.is("(")) {
          this.skipGroup(); // a type assertion: the value is only known at run time
          x = { k: "opaque", text: this.textOf(from, this.i) };
        } else x = { k: "sel", x, name: this.expectId() };
      } else if (this.is("(")) {
        this.i++;
        const args: Expr[] = [];
        let spread = false;
        const saved = this.compositeOk;
        this.compositeOk = true;
        while (!this.is(")")) {
          if (this.is("[") || this.is("map") || this.is("*")) {
            // make([]T, n) / new(T): a type argument
            const at = this.i;
            try {
              args.push({ k: "opaque", text: this.parseType() });
              if (!this.is(",") && !this.is(")")) throw new Error("not a type");
            } catch {
              this.i = at;
              args.pop();
              args.push(this.parseExpr());
            }
          } else args.push(this.parseExpr());
          if (this.is("...")) {
            spread = true;
            this.i++;
          }
          if (this.is(",")) this.i++;
          else if (this.is(";")) this.i++;
        }
        this.compositeOk = saved;
        this.i++;
        x = { k: "call", fn: x, args, spread };
      } else if (this.is("[")) {
        this.i++;
        const saved = this.compositeOk;
        this.compositeOk = true;
        const index = this.is(":") ? { k: "opaque" as const, text: "" } : this.parseExpr();
        if (this.is(":")) {
          while (!this.is("]")) this.i++;
          this.i++;
          this.compositeOk = saved;
          x = { k: "opaque", text: this.textOf(from, this.i) };
          continue;
        }
        this.compositeOk = saved;
        this.expect("]");
        x = { k: "index", x, index };
      } else if (this.is("{") && this.compositeOk && isTypeLike(x)) {
        x = this.parseCompositeBody(typeText(x));
      } else return x;
    }
  }
  parseCompositeBody(type: string): Expr {
    this.expect("{");
    const saved = this.compositeOk;
    this.compositeOk = true;
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
    this.compositeOk = saved;
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

/** Top-level declarations of one Go file: imports, funcs (bodies unparsed) and vars. */
export function parseFile(src: string): GoFile {
  const p = new Parser(tokenize(src), src);
  p.expect("package");
  const pkg = p.expectId();
  const imports = new Map<string, string>();
  const funcs = new Map<string, FuncDecl>();
  const vars = new Map<string, Expr>();
  const importSpec = (): void => {
    let alias: string | undefined;
    if (p.peek()?.t === "id" || p.is(".")) alias = p.toks[p.i++].v;
    const path = p.toks[p.i++].v;
    imports.set(alias ?? path.split("/").pop()!, path);
  };
  const varSpec = (): void => {
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
  };
  while (p.i < p.toks.length) {
    if (p.is(";")) {
      p.i++;
    } else if (p.is("import") || p.is("var") || p.is("const")) {
      const kind = p.toks[p.i++].v;
      const spec = kind === "import" ? importSpec : varSpec;
      if (p.is("(")) {
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
      } else spec();
    } else if (p.is("type")) {
      p.i++;
      if (p.is("(")) p.skipGroup();
      else p.skipToSemi();
    } else if (p.is("func")) {
      p.i++;
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
        continue;
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
      if (!p.is("{")) continue;
      const start = p.i;
      p.skipGroup();
      funcs.set(name, { name, params, results, body: [start, p.i] });
    } else {
      p.skipToSemi();
      if (p.is(")") || p.is("}")) p.i++;
    }
  }
  return { pkg, imports, funcs, vars, parser: p };
}

function parseParams(p: Parser): { name: string; variadic: boolean }[] {
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

/** The value of an interpreted Go string literal's body. */
function goString(body: string): string {
  const simple: Record<string, string> = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
  };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (e.length === 1) return simple[e] ?? e;
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return String.fromCodePoint(parseInt(e.slice(1), 16));
  });
}
