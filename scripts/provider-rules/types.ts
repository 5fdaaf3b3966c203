// Finds the schema constructor of each resource / data source type in the provider's source and
// evaluates it to a schema.Resource value, for the rules (extract.ts) and the schema (schema.ts).
import { GoEvaluator } from "./go-eval";
import { Pkg, Val } from "./go-values";
import { SourceTree } from "./source-tree";
import { Expr, GoFile, parseFile } from "./go-parse";

export type Kind = "resources" | "dataSources";

/** A type's evaluated schema.Resource and the Go file its constructor is in. */
export interface EvaluatedType {
  readonly val: Val;
  readonly source: string;
}

type Entry = { expr: Expr; file: GoFile; pkg: Pkg };

/**
 * Where each type's constructor is: the type maps of google/provider (v6: provider_mmv1_resources.go,
 * provider_dcl_resources.go), or, from v7, `registry.Schema{Name: ..., Schema: ...}.Register()`
 * in the init() of the service package's file.
 */
export class TypeRegistry {
  private readonly entries: Record<Kind, Map<string, Entry>> = { resources: new Map(), dataSources: new Map() };

  constructor(
    private readonly tree: SourceTree,
    private readonly ev: GoEvaluator,
  ) {
    const provider = ev.pkg("google/provider");
    for (const [name, v] of provider.vars) {
      if (v.expr.k !== "comp" || !v.expr.type.includes("schema.Resource")) continue;
      const into = /datasource/i.test(name) ? this.entries.dataSources : this.entries.resources;
      for (const el of v.expr.elems)
        if (el.key?.k === "str") into.set(el.key.v, { expr: el.value, file: v.file, pkg: provider });
    }
  }

  private registered(type: string): void {
    for (const p of this.tree.grep(`Name: *"${type}"`, "google/services")) {
      const file = parseFile(this.tree.read(p));
      const init = file.funcs.get("init");
      if (!init) continue;
      for (const st of file.parser.parseBlock(init.body)) {
        if (
          st.k !== "expr" ||
          st.x.k !== "call" ||
          st.x.fn.k !== "sel" ||
          st.x.fn.name !== "Register" ||
          st.x.fn.x.k !== "comp"
        )
          continue;
        const elems = st.x.fn.x.elems;
        const field = (n: string): Expr | undefined => elems.find((e) => e.key?.k === "id" && e.key.name === n)?.value;
        const name = field("Name");
        const kind = field("Type");
        const schema = field("Schema");
        if (name?.k !== "str" || kind?.k !== "sel" || !schema) continue;
        const into = /DataSource/.test(kind.name) ? this.entries.dataSources : this.entries.resources;
        into.set(name.v, { expr: schema, file, pkg: this.ev.pkg(p.slice(0, p.lastIndexOf("/"))) });
      }
    }
  }

  /** Evaluated schemas of `types`; a type that cannot be found is a problem, not a silent gap. */
  evaluate(kind: Kind, types: readonly string[], tag: string, problems: string[]): Map<string, EvaluatedType> {
    const out = new Map<string, EvaluatedType>();
    for (const type of types) {
      if (!this.entries[kind].has(type)) this.registered(type);
      const entry = this.entries[kind].get(type);
      if (!entry) {
        problems.push(
          `${type}: not in the provider's SDK ${kind === "resources" ? "resource" : "data source"} maps at ${tag} (a plugin-framework type, or a typo)`,
        );
        continue;
      }
      const scope = { pkg: entry.pkg, file: entry.file, locals: new Map() };
      const val = this.ev.eval(entry.expr, scope, "");
      const fn = entry.expr.k === "call" ? entry.expr.fn : undefined;
      const qualified =
        fn?.k === "sel" && fn.x.k === "id"
          ? `${entry.file.imports.get(fn.x.name)?.split("/").pop() ?? fn.x.name}.${fn.name}`
          : fn?.k === "id"
            ? `${entry.pkg.name}.${fn.name}`
            : "";
      const source = (qualified && this.ev.findFunc(qualified, scope)?.path) || entry.pkg.dir;
      out.set(type, { val, source });
    }
    return out;
  }
}

/** The module path and SDK version from go.mod. */
export function goModule(tree: SourceTree): { module: string; sdk: string } {
  const mod = tree.read("go.mod");
  return {
    module: /^module\s+(\S+)/m.exec(mod)![1],
    sdk: /terraform-plugin-sdk\/v2 (v\S+)/.exec(mod)?.[1] ?? "unknown",
  };
}
