// The provider schema in the shape of `terraform providers schema -json`, built from the
// provider's SDK v2 Go source at any tag or commit: what `cdktf get` would read from the
// provider binary, for the types the kit uses, stamped with the source it came from.
//
// The SDK turns a helper/schema map into Terraform's configschema with the rules of
// terraform-plugin-sdk v2 helper/schema/core_schema.go (v2.37.0 and v2.40.1 alike):
// schemaMap.CoreConfigSchema, Schema.coreConfigSchemaAttribute / coreConfigSchemaBlock /
// coreConfigSchemaType and Resource.CoreConfigSchema. Each rule below names the one it follows.
//
//   npm run provider-schema -- --ref v6.50.0 --git-dir <provider .git dir> [--out <file>]
import { GoEvaluator } from "./go-eval";
import { Val } from "./go-values";
import { SourceTree } from "./source-tree";
import { goModule, Kind, TypeRegistry } from "./types";

type CtyType = string | [string, CtyType] | ["object", Record<string, CtyType>];

export interface SchemaAttribute {
  type: CtyType;
  description?: string;
  description_kind: "plain";
  deprecated?: true;
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
  write_only?: true;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, NestedBlock>;
  description?: string;
  description_kind: "plain";
  deprecated?: true;
}

export interface NestedBlock {
  nesting_mode: "single" | "list" | "set" | "map";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface TypeSchema {
  version: number;
  block: SchemaBlock;
}

/** The source location a schema came from. */
export interface SchemaSource {
  readonly ref: string;
  readonly commit: string;
  readonly sdk: string;
}

const fieldsOf = (v: Val | undefined): Map<string, Val> => (v?.k === "struct" ? v.fields : new Map());
const flag = (f: Map<string, Val>, name: string): boolean => {
  const v = f.get(name);
  return v?.k === "bool" && v.v;
};
const num = (f: Map<string, Val>, name: string): number => {
  const v = f.get(name);
  return v?.k === "num" ? v.v : 0;
};
const ref = (f: Map<string, Val>, name: string): string | undefined => {
  const v = f.get(name);
  return v?.k === "ref" ? v.name : undefined;
};
const isResource = (v: Val | undefined): boolean => v?.k === "struct" && v.type === "schema.Resource";
const isSchema = (v: Val | undefined): boolean => v?.k === "struct" && v.type === "schema.Schema";

/** Descriptions are Go string expressions; anything the evaluator cannot fold to a string is reported. */
function description(f: Map<string, Val>, where: string, problems: string[]): string {
  const v = f.get("Description");
  if (!v) return "";
  if (v.k === "str") return v.v;
  problems.push(`${where}: Description is not a string the extraction can read`);
  return "";
}

export class SchemaBuilder {
  readonly problems: string[] = [];

  /** Resource.CoreConfigSchema: the resource's block plus `id` (Optional+Computed) and the `timeouts` block. */
  resource(resource: Val, where: string): TypeSchema {
    const f = fieldsOf(resource);
    const block = this.block(f.get("Schema"), where);
    const desc = description(f, where, this.problems);
    if (desc) block.description = desc;
    if (f.get("DeprecationMessage")?.k === "str") block.deprecated = true;
    block.attributes ??= {};
    if (!block.attributes.id)
      block.attributes.id = { type: "string", description_kind: "plain", optional: true, computed: true };
    const timeouts = f.get("Timeouts");
    if (timeouts?.k === "struct" && !block.attributes.timeouts && !block.block_types?.timeouts) {
      const attributes: Record<string, SchemaAttribute> = {};
      // TimeoutCreate .. TimeoutDefault: one optional string per timeout the resource sets.
      for (const key of ["Create", "Read", "Update", "Delete", "Default"])
        if (timeouts.fields.has(key) && timeouts.fields.get(key)!.k !== "nil")
          attributes[key.toLowerCase()] = { type: "string", description_kind: "plain", optional: true };
      block.block_types = sortKeys({
        ...block.block_types,
        timeouts: { nesting_mode: "single", block: { attributes: sortKeys(attributes), description_kind: "plain" } },
      });
    }
    block.attributes = sortKeys(block.attributes);
    return { version: num(f, "SchemaVersion"), block: ordered(block) };
  }

  /** schemaMap.CoreConfigSchema: which entries are attributes and which nested blocks. */
  block(schemaMap: Val | undefined, where: string): SchemaBlock {
    const out: SchemaBlock = { description_kind: "plain" };
    if (schemaMap?.k !== "map") {
      this.problems.push(`${where || "(root)"}: Schema is not a map the extraction can read`);
      return out;
    }
    if (schemaMap.entries.size === 0) return out;
    const attributes: Record<string, SchemaAttribute> = {};
    const blocks: Record<string, NestedBlock> = {};
    for (const [name, s] of schemaMap.entries) {
      const at = where ? `${where}.${name}` : name;
      if (s.k !== "struct") {
        this.problems.push(`${at}: schema is not a literal the extraction can read`);
        continue;
      }
      const f = s.fields;
      const elem = f.get("Elem");
      const type = ref(f, "Type");
      if (!elem || elem.k === "nil") attributes[name] = this.attribute(f, at);
      // A map whose Elem is a Resource is a map of strings (flatmap cannot hold objects).
      else if (type === "schema.TypeMap" && isResource(elem))
        attributes[name] = this.attribute(
          new Map([
            ...f,
            [
              "Elem",
              {
                k: "struct",
                type: "schema.Schema",
                fields: new Map([["Type", { k: "ref", name: "schema.TypeString" }]]),
              },
            ],
          ]),
          at,
        );
      else if (this.isAttribute(f)) attributes[name] = this.attribute(f, at);
      else blocks[name] = this.nested(f, at);
    }
    if (Object.keys(attributes).length) out.attributes = sortKeys(attributes);
    if (Object.keys(blocks).length) out.block_types = sortKeys(blocks);
    return ordered(out);
  }

  /** An entry with an Elem: ConfigMode decides, else computed-only entries and non-Resource Elems are attributes. */
  protected isAttribute(f: Map<string, Val>): boolean {
    const mode = ref(f, "ConfigMode");
    if (mode === "schema.SchemaConfigModeAttr") return true;
    if (mode === "schema.SchemaConfigModeBlock") return false;
    // SchemaConfigModeAuto: computed-only entries never appear in configuration, so they are attributes.
    if (flag(f, "Computed") && !flag(f, "Optional")) return true;
    return !isResource(f.get("Elem"));
  }

  /** Schema.coreConfigSchemaAttribute. */
  private attribute(f: Map<string, Val>, where: string): SchemaAttribute {
    let required = flag(f, "Required");
    let optional = flag(f, "Optional");
    // Required with a DefaultFunc that yields a value is optional to Terraform. The provider's
    // DefaultFuncs read the environment; with none set (as for `cdktf get`) only a literal default counts.
    if (required && f.has("DefaultFunc") && defaultFuncYields(f.get("DefaultFunc")!, where, this.problems)) {
      required = false;
      optional = true;
    }
    const out: SchemaAttribute = { type: this.type(f, where), description_kind: "plain" };
    const desc = description(f, where, this.problems);
    if (desc) out.description = desc;
    if (f.get("Deprecated")?.k === "str" && (f.get("Deprecated") as { v: string }).v !== "") out.deprecated = true;
    if (required) out.required = true;
    if (optional) out.optional = true;
    if (flag(f, "Computed")) out.computed = true;
    if (flag(f, "Sensitive")) out.sensitive = true;
    if (flag(f, "WriteOnly")) out.write_only = true;
    return out;
  }

  /** Schema.coreConfigSchemaBlock: nesting from the Type; MinItems/MaxItems adjusted as the SDK does. */
  private nested(f: Map<string, Val>, where: string): NestedBlock {
    const block = this.block(fieldsOf(f.get("Elem")).get("Schema"), where);
    const desc = description(f, where, this.problems);
    if (desc) block.description = desc;
    if (f.get("Deprecated")?.k === "str") block.deprecated = true;
    const type = ref(f, "Type");
    const nesting =
      type === "schema.TypeList"
        ? "list"
        : type === "schema.TypeSet"
          ? "set"
          : type === "schema.TypeMap"
            ? "map"
            : undefined;
    if (!nesting) this.problems.push(`${where}: a nested block must be a list, set or map (got ${type ?? "no Type"})`);
    let min = num(f, "MinItems");
    let max = num(f, "MaxItems");
    if (flag(f, "Required") && min === 0) min = 1; // "required" block: at least one item
    if (flag(f, "Optional") && min > 0) min = 0; // MinItems was always ignored on optional blocks
    if (flag(f, "Computed") && !flag(f, "Optional")) min = max = 0; // never set by the user
    const out: NestedBlock = { nesting_mode: nesting ?? "list", block: ordered(block) };
    if (min) out.min_items = min;
    if (max) out.max_items = max;
    return out;
  }

  /** Schema.coreConfigSchemaType: Int and Float are numbers; a collection without Elem holds strings. */
  private type(f: Map<string, Val>, where: string): CtyType {
    const type = ref(f, "Type");
    switch (type) {
      case "schema.TypeString":
        return "string";
      case "schema.TypeBool":
        return "bool";
      case "schema.TypeInt":
      case "schema.TypeFloat":
        return "number";
      case "schema.TypeList":
      case "schema.TypeSet":
      case "schema.TypeMap": {
        const elem = f.get("Elem");
        let elemType: CtyType = "string";
        if (isSchema(elem)) elemType = this.type(fieldsOf(elem), `${where}.*`);
        // A bare ValueType as Elem (a common provider mistake the SDK shims).
        else if (elem?.k === "ref" && elem.name.startsWith("schema.Type"))
          elemType = this.type(new Map([["Type", elem]]), `${where}.*`);
        else if (isResource(elem)) elemType = impliedType(this.block(fieldsOf(elem).get("Schema"), where));
        else if (elem && elem.k !== "nil")
          this.problems.push(`${where}: Elem is not a literal the extraction can read`);
        return [type === "schema.TypeList" ? "list" : type === "schema.TypeSet" ? "set" : "map", elemType];
      }
      default:
        this.problems.push(`${where}: unknown Type ${type ?? "(none)"}`);
        return "string";
    }
  }
}

/** configschema.Block.ImpliedType: an object of its attributes and nested blocks (list/set/map of objects). */
export function impliedType(block: SchemaBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) attrs[name] = a.type;
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const inner = impliedType(b.block);
    attrs[name] = b.nesting_mode === "single" ? inner : [b.nesting_mode, inner];
  }
  return ["object", sortKeys(attrs)];
}

/** schema.EnvDefaultFunc(k, dv) / MultiEnvDefaultFunc(ks, dv) yield dv when no variable is set. */
function defaultFuncYields(v: Val, where: string, problems: string[]): boolean {
  if (v.k === "call" && /^schema\.(Multi)?EnvDefaultFunc$/.test(v.fn)) return (v.args[1]?.k ?? "nil") !== "nil";
  problems.push(`${where}: Required with a DefaultFunc the extraction cannot run`);
  return false;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Key order of Terraform's JSON (Go struct field order), so files diff cleanly. */
function ordered(b: SchemaBlock): SchemaBlock {
  return {
    ...(b.attributes ? { attributes: b.attributes } : {}),
    ...(b.block_types ? { block_types: b.block_types } : {}),
    ...(b.description ? { description: b.description } : {}),
    description_kind: "plain",
    ...(b.deprecated ? { deprecated: true as const } : {}),
  };
}

/** Terraform's address of the provider, as `terraform providers schema -json` keys it. */
export const GOOGLE_FQPN = "registry.terraform.io/hashicorp/google";

/** The provider's own configuration block: the Schema of the schema.Provider literal in Provider(). */
export function providerBlock(ev: GoEvaluator, builder: SchemaBuilder): TypeSchema {
  const pkg = ev.pkg("google/provider");
  const fn = pkg.funcs.get("Provider");
  for (const st of fn ? fn.file.parser.parseBlock(fn.decl.body) : []) {
    const rhs = st.k === "assign" ? st.rhs[0] : undefined;
    const lit = rhs?.k === "unary" ? rhs.x : rhs;
    if (lit?.k !== "comp" || lit.type !== "schema.Provider") continue;
    const schema = lit.elems.find((e) => e.key?.k === "id" && e.key.name === "Schema")?.value;
    if (!schema) break;
    // Only the Schema field: the resource maps beside it would evaluate every type of the provider.
    const val = ev.eval(schema, { pkg, file: fn!.file, locals: new Map() }, "map[string]*schema.Schema");
    const block = builder.block(val, "provider");
    if (frameworkServedLast(ev.tree.read("main.go"))) dropItemLimits(block);
    return { version: 0, block };
  }
  builder.problems.push("provider: no schema.Provider literal with a Schema in google/provider Provider()");
  return { version: 0, block: { description_kind: "plain" } };
}

/**
 * main.go muxes the SDK provider with the plugin-framework one (google/fwprovider). The mux
 * (terraform-plugin-mux tf5muxserver GetProviderSchema, v0.20.0) keeps the provider schema of the
 * LAST server whose schema equals the one before, and schema_equality.go ignores MinItems and
 * MaxItems when comparing: so Terraform sees the framework's ListNestedBlocks, without item
 * limits, although the SDK schema sets MaxItems: 1 on batching and external_credentials.
 */
export function frameworkServedLast(mainGo: string): boolean {
  const sdk = mainGo.indexOf(".GRPCProvider");
  const fw = mainGo.indexOf("providerserver.NewProtocol5(");
  return sdk >= 0 && fw > sdk;
}

function dropItemLimits(block: SchemaBlock): void {
  for (const nested of Object.values(block.block_types ?? {})) {
    delete nested.min_items;
    delete nested.max_items;
    dropItemLimits(nested.block);
  }
}

export interface ProviderSchemaJson {
  format_version: "1.0";
  provider_schemas: Record<
    string,
    {
      provider: TypeSchema;
      resource_schemas: Record<string, TypeSchema>;
      data_source_schemas: Record<string, TypeSchema>;
    }
  >;
  /** Read by @cdktf/provider-generator for the version in generated docs links. */
  provider_versions: Record<string, string>;
  /** Not in Terraform's output: where this schema was read from. */
  source: { repository: string; ref: string; commit: string; sdk: string; coreSchemaRules: string };
}

/** The provider version a ref names: v6.50.0 -> 6.50.0, release-8.0.0 -> 8.0.0. */
export function versionOfRef(ref: string): string | undefined {
  return /(?:^v|^release-)(\d+\.\d+\.\d+)$/.exec(ref)?.[1];
}

export interface SchemaOptions {
  readonly tree: SourceTree;
  readonly ref: string;
  readonly version: string;
  readonly resources: readonly string[];
  readonly dataSources: readonly string[];
  /** For break cases only: a builder with a deliberately wrong rule. */
  readonly builder?: SchemaBuilder;
}

/** The schema JSON for the given types at `ref`, and what could not be read (the caller fails on any). */
export function providerSchema(opts: SchemaOptions): { schema: ProviderSchemaJson; problems: string[] } {
  const { module, sdk } = goModule(opts.tree);
  const ev = new GoEvaluator(opts.tree, module);
  const registry = new TypeRegistry(opts.tree, ev);
  const builder = opts.builder ?? new SchemaBuilder();
  const problems: string[] = [];
  const build = (kind: Kind, types: readonly string[]): Record<string, TypeSchema> => {
    const out: Record<string, TypeSchema> = {};
    for (const [type, { val }] of registry.evaluate(kind, types, opts.ref, problems))
      out[type] = builder.resource(val, type);
    return sortKeys(out);
  };
  const resource_schemas = build("resources", opts.resources);
  const data_source_schemas = build("dataSources", opts.dataSources);
  const provider = providerBlock(ev, builder);
  problems.push(...builder.problems, ...ev.skipped.map((s) => `could not parse ${s}`));
  return {
    schema: {
      format_version: "1.0",
      provider_schemas: { [GOOGLE_FQPN]: { provider, resource_schemas, data_source_schemas } },
      provider_versions: { [GOOGLE_FQPN]: opts.version },
      source: {
        repository: "hashicorp/terraform-provider-google",
        ref: opts.ref,
        commit: opts.tree.commit(),
        sdk: `terraform-plugin-sdk/v2 ${sdk}`,
        coreSchemaRules: "terraform-plugin-sdk/v2 helper/schema/core_schema.go (CoreConfigSchema)",
      },
    },
    problems,
  };
}
