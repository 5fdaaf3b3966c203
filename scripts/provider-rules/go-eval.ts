// Evaluates the provider's schema-building Go code far enough to get the schema literals out:
// package-level vars, helper functions that return *schema.Schema / *schema.Resource /
// map[string]*schema.Schema (with their parameters bound), MergeSchemas and the data-source
// helpers. Calls it cannot or should not run (validators, closures) stay symbolic.
import { Expr, FuncDecl, GoFile, parseFile } from "./go-parse";
import {
  Val,
  Pkg,
  Scope,
  EXTERNAL_CONSTANTS,
  OPAQUE,
  SCHEMA_BUILTINS,
  clone,
  mutate,
  mapValueType,
  fieldType,
  qualify,
} from "./go-values";
import { SourceTree } from "./source-tree";

/** Result types worth running a helper's body for. */
const SCHEMA_RESULT = /schema\.(Schema|Resource)(?![A-Za-z])/;

export class GoEvaluator {
  private readonly pkgs = new Map<string, Pkg>();
  private readonly varCache = new Map<string, Val>();
  private readonly callCache = new Map<string, Val>();
  private depth = 0;
  /** Files the parser could not read (reported by the extraction, never silently dropped). */
  readonly skipped: string[] = [];

  constructor(
    readonly tree: SourceTree,
    readonly module: string,
  ) {}

  pkg(dir: string): Pkg {
    let pkg = this.pkgs.get(dir);
    if (pkg) return pkg;
    const files = [...this.tree.readMany(this.tree.goFiles(dir))].flatMap(([path, src]) => {
      try {
        return [{ path, file: parseFile(src) }];
      } catch (err) {
        this.skipped.push(`${path}: ${(err as Error).message}`);
        return [];
      }
    });
    pkg = { dir, name: files[0]?.file.pkg ?? dir.split("/").pop()!, funcs: new Map(), vars: new Map() };
    for (const { path, file } of files) {
      for (const [name, decl] of file.funcs) pkg.funcs.set(name, { file, decl, path });
      for (const [name, expr] of file.vars) pkg.vars.set(name, { file, expr });
    }
    this.pkgs.set(dir, pkg);
    return pkg;
  }

  /** Package-level var `name` of `dir`, evaluated once. */
  packageVar(dir: string, name: string): Val | undefined {
    const key = `${dir}:${name}`;
    if (this.varCache.has(key)) return this.varCache.get(key);
    const pkg = this.pkg(dir);
    const v = pkg.vars.get(name);
    if (!v) return undefined;
    this.varCache.set(key, OPAQUE(`${name} (cycle)`));
    const val = this.eval(v.expr, { pkg, file: v.file, locals: new Map() }, "");
    this.varCache.set(key, val);
    return val;
  }

  private importDir(file: GoFile, alias: string): { dir?: string; name: string } | undefined {
    const path = file.imports.get(alias);
    if (!path) return undefined;
    const name =
      path
        .split("/")
        .pop()!
        .replace(/^v\d+$/, "") || path.split("/").slice(-2)[0];
    return path.startsWith(this.module + "/") ? { dir: path.slice(this.module.length + 1), name } : { name };
  }

  eval(e: Expr, s: Scope, type: string): Val {
    switch (e.k) {
      case "str":
        return { k: "str", v: e.v };
      case "num":
        return { k: "num", v: e.v };
      case "opaque":
        return OPAQUE(e.text);
      case "func":
        return { k: "closure", params: e.params, body: e.body, scope: { ...s, locals: new Map(s.locals) } };
      case "id":
        return this.ident(e.name, s);
      case "sel": {
        if (e.x.k === "id" && !s.locals.has(e.x.name) && !s.pkg.vars.has(e.x.name)) {
          const imp = this.importDir(s.file, e.x.name);
          if (imp?.dir) return this.ident(e.name, { pkg: this.pkg(imp.dir), file: s.file, locals: new Map() }, true);
          if (imp) return EXTERNAL_CONSTANTS[`${imp.name}.${e.name}`] ?? { k: "ref", name: `${imp.name}.${e.name}` };
        }
        const x = this.eval(e.x, s, "");
        if (x.k === "struct") return x.fields.get(e.name) ?? OPAQUE(`${x.type}.${e.name}`);
        return OPAQUE(`.${e.name}`);
      }
      case "unary": {
        const x = this.eval(e.x, s, type.replace(/^\*/, ""));
        if (e.op === "&" || e.op === "+") return x;
        if (e.op === "-" && x.k === "num") return { k: "num", v: -x.v };
        if (e.op === "!" && x.k === "bool") return { k: "bool", v: !x.v };
        return OPAQUE(e.op);
      }
      case "binary": {
        const x = this.eval(e.x, s, "");
        const y = this.eval(e.y, s, "");
        if (x.k === "num" && y.k === "num") {
          const ops: Record<string, (a: number, b: number) => number> = {
            "+": (a, b) => a + b,
            "-": (a, b) => a - b,
            "*": (a, b) => a * b,
            "/": (a, b) => Math.trunc(a / b),
            "<<": (a, b) => a * 2 ** b,
          };
          if (ops[e.op]) return { k: "num", v: ops[e.op](x.v, y.v) };
        }
        if (x.k === "str" && y.k === "str" && e.op === "+") return { k: "str", v: x.v + y.v };
        return OPAQUE(`binary ${e.op}`);
      }
      case "index": {
        const x = this.eval(e.x, s, "");
        const i = this.eval(e.index, s, "");
        if (x.k === "map" && i.k === "str") return x.entries.get(i.v) ?? OPAQUE(`missing key ${i.v}`);
        if (x.k === "list" && i.k === "num") return x.items[i.v] ?? OPAQUE("index");
        return OPAQUE("index");
      }
      case "comp":
        return this.composite(e, s, e.type || type);
      case "call":
        return this.call(e, s);
    }
  }

  private ident(name: string, s: Scope, qualified = false): Val {
    if (!qualified) {
      if (s.locals.has(name)) return s.locals.get(name)!;
      if (name === "true" || name === "false") return { k: "bool", v: name === "true" };
      if (name === "nil") return { k: "nil" };
    }
    if (s.pkg.vars.has(name)) return this.packageVar(s.pkg.dir, name)!;
    if (s.pkg.funcs.has(name)) return { k: "ref", name: `${s.pkg.name}.${name}` };
    return OPAQUE(name);
  }

  private composite(e: Extract<Expr, { k: "comp" }>, s: Scope, type: string): Val {
    const t = type.replace(/^\*/, "");
    if (t.startsWith("map[")) {
      const valueType = mapValueType(t);
      const entries = new Map<string, Val>();
      for (const el of e.elems) {
        const key = el.key ? this.eval(el.key, s, "") : OPAQUE("");
        if (key.k === "str") entries.set(key.v, this.eval(el.value, s, valueType));
      }
      return { k: "map", entries };
    }
    if (t.startsWith("[")) {
      const elemType = t.replace(/^\[[^\]]*\]/, "");
      return { k: "list", items: e.elems.map((el) => this.eval(el.value, s, elemType)) };
    }
    const fields = new Map<string, Val>();
    for (const el of e.elems) {
      if (el.key?.k === "id") fields.set(el.key.name, this.eval(el.value, s, fieldType(t, el.key.name)));
    }
    return { k: "struct", type: qualify(t, s), fields };
  }

  private call(e: Extract<Expr, { k: "call" }>, s: Scope): Val {
    if (e.fn.k === "id" && !s.locals.has(e.fn.name) && !s.pkg.funcs.has(e.fn.name)) {
      // Go builtins used while building schemas.
      if (e.fn.name === "make")
        return e.args[0]?.k === "opaque" && e.args[0].text.startsWith("map")
          ? { k: "map", entries: new Map() }
          : { k: "list", items: [] };
      if (e.fn.name === "append") {
        const [first, ...rest] = e.args.map((a) => this.eval(a, s, ""));
        const items = first?.k === "list" ? [...first.items] : [];
        for (const r of rest) {
          if (e.spread && r.k === "list") items.push(...r.items);
          else items.push(r);
        }
        return { k: "list", items };
      }
    }
    const fn = this.eval(e.fn, s, "");
    let args = e.args.map((a) => this.eval(a, s, ""));
    if (e.spread && args.length && args[args.length - 1].k === "list")
      args = [...args.slice(0, -1), ...(args[args.length - 1] as { items: Val[] }).items];
    // Applying a validator, e.g. `return ValidateRegexp(re)(v, k)`: the result is that validator.
    if (fn.k === "call") return fn;
    if (fn.k !== "ref") return OPAQUE(`call of ${fn.k === "opaque" ? fn.text : fn.k}`);
    const builtin = SCHEMA_BUILTINS[fn.name];
    if (builtin) return builtin(args);
    const target = this.findFunc(fn.name, s);
    if (!target) return { k: "call", fn: fn.name, args };
    const { pkg, file, decl } = target;
    const stmts = file.parser.parseBlock(decl.body);
    const single = stmts.length === 1 && stmts[0].k === "return" && stmts[0].values.length === 1;
    // Run schema builders, and one-line wrappers (e.g. verify.ValidateEnum returns a
    // validation.StringInSlice call); anything else stays a named, symbolic call.
    if (!SCHEMA_RESULT.test(decl.results) && !single) return { k: "call", fn: fn.name, args };
    const cacheKey = args.length === 0 ? `${pkg.dir}:${decl.name}` : undefined;
    if (cacheKey && this.callCache.has(cacheKey)) return clone(this.callCache.get(cacheKey)!);
    if (this.depth > 40) return OPAQUE(`recursion in ${fn.name}`);
    this.depth++;
    const locals = new Map<string, Val>();
    decl.params.forEach((p, i) =>
      locals.set(p.name, p.variadic ? { k: "list", items: args.slice(i) } : (args[i] ?? { k: "nil" })),
    );
    const result = this.run(stmts, { pkg, file, locals }, decl.results);
    this.depth--;
    const val: Val =
      (result.k === "opaque" || result.k === "closure") && !SCHEMA_RESULT.test(decl.results)
        ? { k: "call", fn: fn.name, args, ...(result.k === "closure" ? { impl: result } : {}) }
        : result;
    if (cacheKey) this.callCache.set(cacheKey, clone(val));
    return val;
  }

  /** A named validator function's body reduced to the validator call it makes, if it makes one. */
  expandValidator(name: string): Val | undefined {
    const target = this.findFunc(name, {
      pkg: this.pkg("google/provider"),
      file: undefined as never,
      locals: new Map(),
    });
    if (!target) return undefined;
    const locals = new Map<string, Val>(target.decl.params.map((p) => [p.name, OPAQUE(p.name)]));
    const result = this.run(
      target.file.parser.parseBlock(target.decl.body),
      { pkg: target.pkg, file: target.file, locals },
      "",
    );
    return result.k === "call" ? result : undefined;
  }

  /**
   * The regexes a validator closure requires at its top level, as
   * `if !regexp.MustCompile(re).MatchString(value) { <error> }` before any early return.
   * Anything conditional or differently shaped is left out (the caller lists it as unchecked).
   */
  closureRegexes(c: Extract<Val, { k: "closure" }>): string[] | undefined {
    const p = c.scope.file.parser;
    const locals = new Map(c.scope.locals);
    c.params.forEach((name) => locals.set(name, OPAQUE(name)));
    const scope: Scope = { ...c.scope, locals };
    const found: string[] = [];
    const saved = p.i;
    try {
      let depth = 0;
      for (let i = c.body[0] + 1; i < c.body[1] - 1; i++) {
        const t = p.toks[i];
        if (t.t === "op" && (t.v === "{" || t.v === "(" || t.v === "[")) depth++;
        else if (t.t === "op" && (t.v === "}" || t.v === ")" || t.v === "]")) depth--;
        if (depth !== 0) continue;
        if (t.v === "return" && t.t === "id") return found.length ? found : undefined; // what follows is conditional on nothing, but earlier ifs may have returned
        if (t.t === "id" && t.v === "if") {
          // An early `return` inside an if before the regex makes the regex conditional.
          let j = i + 1;
          let d = 0;
          let returns = false;
          for (; j < c.body[1]; j++) {
            const u = p.toks[j];
            if (u.v === "{" || u.v === "(" || u.v === "[") d++;
            else if (u.v === "}" || u.v === ")" || u.v === "]") d--;
            if (d > 0 && u.t === "id" && u.v === "return") returns = true;
            if (d === 0 && u.v === "}") break;
          }
          // Only `if !regexp...MatchString(x) { ...Errorf... }`: a mismatch reports an error, nothing else.
          const blockToks = p.toks.slice(i, j).map((u) => u.v);
          const isRegex =
            p.toks[i + 1]?.v === "!" &&
            p.toks[i + 2]?.v === "regexp" &&
            p.toks[i + 4]?.v === "MustCompile" &&
            blockToks.includes("Errorf") &&
            !returns &&
            !blockToks.includes("else");
          if (isRegex) {
            p.i = i + 2;
            const e = p.parseExpr();
            const arg =
              e.k === "call" && e.fn.k === "sel" && e.fn.name === "MatchString" && e.fn.x.k === "call"
                ? e.fn.x.args[0]
                : undefined;
            const re = arg ? this.eval(arg, scope, "") : undefined;
            if (re?.k !== "str" || !p.is("{")) return undefined;
            found.push(re.v);
          } else if (returns) return found.length ? found : undefined;
          i = j;
        } else if (
          t.t === "id" &&
          (p.toks[i + 1]?.v === ":=" || p.toks[i + 1]?.v === "=") &&
          (i === c.body[0] + 1 || p.toks[i - 1].v === ";")
        ) {
          // Straight-line locals such as `re := fmt.Sprintf(...)`.
          p.i = i + 2;
          locals.set(t.v, this.eval(p.parseExpr(), scope, ""));
        }
      }
      return found.length ? found : undefined;
    } catch {
      return undefined;
    } finally {
      p.i = saved;
    }
  }

  /** A named function used as a validator, seen as a closure over its own parameters. */
  asClosure(name: string): Extract<Val, { k: "closure" }> | undefined {
    const target = this.findFunc(name, {
      pkg: this.pkg("google/provider"),
      file: undefined as never,
      locals: new Map(),
    });
    if (!target) return undefined;
    return {
      k: "closure",
      params: target.decl.params.map((p) => p.name),
      body: target.decl.body,
      scope: { pkg: target.pkg, file: target.file, locals: new Map() },
    };
  }

  findFunc(qualified: string, s: Scope): { pkg: Pkg; file: GoFile; decl: FuncDecl; path: string } | undefined {
    const [pkgName, name] = qualified.split(".");
    const pkg = pkgName === s.pkg.name ? s.pkg : [...this.pkgs.values()].find((p) => p.name === pkgName);
    const f = pkg?.funcs.get(name);
    return pkg && f ? { pkg, ...f } : undefined;
  }

  /** Runs a body's straight-line statements; the last top-level return is the result. */
  private run(stmts: ReturnType<GoFile["parser"]["parseBlock"]>, s: Scope, results: string): Val {
    for (const st of stmts) {
      if (st.k === "return")
        return st.values.length === 1
          ? this.eval(st.values[0], s, results.replace(/^\(|\)$/g, ""))
          : OPAQUE("multiple results");
      if (st.k === "assign" && st.lhs.length === st.rhs.length) {
        st.lhs.forEach((l, i) => this.assign(l, this.eval(st.rhs[i], s, ""), s));
      } else if (st.k === "expr" && st.x.k === "call") {
        const fn = this.eval(st.x.fn, s, "");
        const args = st.x.args.map((a) => this.eval(a, s, ""));
        if (fn.k === "ref") mutate(fn.name, args);
      }
    }
    return OPAQUE("no straight-line return");
  }

  private assign(lhs: Expr, v: Val, s: Scope): void {
    if (lhs.k === "id") s.locals.set(lhs.name, lhs.name === "_" ? v : clone(v));
    else if (lhs.k === "index") {
      const target = this.eval(lhs.x, s, "");
      const key = this.eval(lhs.index, s, "");
      if (target.k === "map" && key.k === "str") target.entries.set(key.v, v);
    } else if (lhs.k === "sel") {
      const target = this.eval(lhs.x, s, "");
      if (target.k === "struct") target.fields.set(lhs.name, v);
    }
  }
}
