// The values the Go evaluator (go-eval.ts) computes, and the schema helpers it implements by what
// their Go code does instead of running it.
import { Expr, FuncDecl, GoFile } from "./go-parse";

export type Val =
  | { k: "str"; v: string }
  | { k: "num"; v: number }
  | { k: "bool"; v: boolean }
  | { k: "nil" }
  | { k: "list"; items: Val[] }
  | { k: "map"; entries: Map<string, Val> }
  | { k: "struct"; type: string; fields: Map<string, Val> }
  /** A call left symbolic: `fn` is package-qualified, e.g. validation.StringInSlice; `impl` is the closure it returned. */
  | { k: "call"; fn: string; args: Val[]; impl?: Val }
  /** A func literal with the scope it closes over. */
  | { k: "closure"; params: string[]; body: [number, number]; scope: Scope }
  /** A named function value, e.g. a validator passed without calling it. */
  | { k: "ref"; name: string }
  | { k: "opaque"; text: string };

/** Constants of Go's standard library that validators use as bounds. */
export const EXTERNAL_CONSTANTS: Record<string, Val> = {
  "math.MaxInt32": { k: "num", v: 2 ** 31 - 1 },
  "math.MinInt32": { k: "num", v: -(2 ** 31) },
  "math.MaxInt64": { k: "num", v: Number.MAX_SAFE_INTEGER },
  "math.MaxInt": { k: "num", v: Number.MAX_SAFE_INTEGER },
};

export const OPAQUE = (text: string): Val => ({ k: "opaque", text });

export interface Pkg {
  readonly dir: string;
  readonly name: string;
  readonly funcs: Map<string, { file: GoFile; decl: FuncDecl; path: string }>;
  readonly vars: Map<string, { file: GoFile; expr: Expr }>;
}

export interface Scope {
  readonly pkg: Pkg;
  readonly file: GoFile;
  readonly locals: Map<string, Val>;
}

/** Helpers with a loop or mutation inside, implemented here by what their code does. */
export const SCHEMA_BUILTINS: Record<string, (args: Val[]) => Val> = {
  "tpgresource.MergeSchemas": ([a, b]) => ({ k: "map", entries: new Map([...asMap(a), ...asMap(b)]) }),
  "tpgresource.DatasourceSchemaFromResourceSchema": ([rs]) => dataSourceSchema(rs),
  // Builds regexes from templates (verify.RFC1035NameTemplate); only %v, %s and %d occur.
  "fmt.Sprintf": ([format, ...rest]) => {
    if (format?.k !== "str" || !rest.every((r) => r.k === "str" || r.k === "num")) return OPAQUE("fmt.Sprintf");
    let i = 0;
    return { k: "str", v: format.v.replace(/%[vsd]/g, () => String((rest[i++] as { v: string | number }).v)) };
  },
};

export function asMap(v: Val | undefined): Map<string, Val> {
  return v?.k === "map" ? v.entries : new Map();
}

// tpgresource/datasource_helpers.go: every attribute Computed, nothing Required, no validators.
export function dataSourceSchema(rs: Val): Val {
  const out = new Map<string, Val>();
  for (const [key, s] of asMap(rs)) {
    if (s.k !== "struct") continue;
    const fields = new Map<string, Val>([["Computed", { k: "bool", v: true }]]);
    // The fields the Go helper copies: Description and Type (then Elem, below).
    for (const name of ["Description", "Type"]) {
      const value = s.fields.get(name);
      if (value) fields.set(name, value);
    }
    const elem = s.fields.get("Elem");
    if (elem?.k === "struct" && elem.type === "schema.Resource") {
      fields.set("Elem", {
        k: "struct",
        type: "schema.Resource",
        fields: new Map([["Schema", dataSourceSchema(elem.fields.get("Schema") ?? OPAQUE(""))]]),
      });
    } else if (elem) fields.set("Elem", elem);
    out.set(key, { k: "struct", type: "schema.Schema", fields });
  }
  return { k: "map", entries: out };
}

/** Deep copy, so helpers that mutate a map never change a shared package-level value. */
export function clone(v: Val): Val {
  if (v.k === "map") return { k: "map", entries: new Map([...v.entries].map(([key, x]) => [key, clone(x)])) };
  if (v.k === "struct")
    return { k: "struct", type: v.type, fields: new Map([...v.fields].map(([key, x]) => [key, clone(x)])) };
  if (v.k === "list") return { k: "list", items: v.items.map(clone) };
  return v;
}

/** Statement-level helpers that change a schema map in place (tpgresource/datasource_helpers.go). */
export function mutate(fn: string, [target, ...keys]: Val[]): void {
  if (target?.k !== "map") return;
  const names = keys.flatMap((k) =>
    k.k === "str" ? [k.v] : k.k === "list" ? k.items.flatMap((i) => (i.k === "str" ? [i.v] : [])) : [],
  );
  const flags =
    fn === "tpgresource.AddRequiredFieldsToSchema"
      ? true
      : fn === "tpgresource.AddOptionalFieldsToSchema"
        ? false
        : undefined;
  for (const n of names) {
    const s = target.entries.get(n);
    if (fn === "tpgresource.DeleteFieldsFromSchema") target.entries.delete(n);
    else if (flags !== undefined && s?.k === "struct") {
      s.fields.set("Computed", { k: "bool", v: false });
      s.fields.set("Optional", { k: "bool", v: !flags });
      s.fields.set("Required", { k: "bool", v: flags });
    }
  }
}

export function mapValueType(t: string): string {
  let depth = 0;
  for (let i = 3; i < t.length; i++) {
    if (t[i] === "[") depth++;
    else if (t[i] === "]" && --depth === 0) return t.slice(i + 1);
  }
  return "";
}

/** Types of schema.Schema / schema.Resource fields whose literals elide their type. */
export function fieldType(structType: string, field: string): string {
  if (/schema\.Resource$/.test(structType) && field === "Schema") return "map[string]*schema.Schema";
  return "";
}

export function qualify(t: string, s: Scope): string {
  if (t.includes(".") || !t) return t || "?";
  return `${s.pkg.name}.${t}`;
}
