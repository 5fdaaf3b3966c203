// Extracts the offline validation rules of terraform-provider-google (SDK v2 schema: arguments,
// blocks, Required, ConflictsWith, ExactlyOneOf, AtLeastOneOf, RequiredWith, Min/MaxItems and
// the enum/range/length/regex validators) for every resource type the kit imports, from the
// provider's Go source at one tag, and writes them as data: lib/gcp/provider-rules/<tag>.json.
//
//   npm run provider-rules -- --tag v6.50.0 --git-dir <provider .git dir> [--types google_x,...]
import * as fs from "fs";
import { parseOrExit } from "../../lib/cli";
import * as path from "path";
import type { AttributeRule, ProviderRules, ResourceRule, ValueCheck, ValueType } from "../../lib/gcp/provider-rules";
import { providerTypeOfModule } from "../../lib/gcp/provider-rules";
import { GoEvaluator } from "./go-eval";
import { Val } from "./go-values";
import { GitTree, SourceTree } from "./source-tree";
import { goModule, Kind, TypeRegistry } from "./types";
import { checksOf, describe, num, str, strings } from "./validators";

const ROOT = path.resolve(__dirname, "..", "..").replace(/[\\/]dist$/, "");
const KIT_SOURCES = [
  "main.ts",
  "synth",
  "stacks",
  "handoff",
  "constructs",
  "lib",
  "bootstrap",
  "changepath",
  "scripts",
];

/** What the extracted data cannot see: a clean conformance check says nothing about these. */
export const CANNOT_SEE = [
  "CustomizeDiff functions (plan-time checks in Go code, e.g. container cluster autopilot and node version rules)",
  "API-side validation (quotas, formats and combinations the Google API rejects at apply)",
  "validators written as Go code beyond their unconditional `regexp.MustCompile(...).MatchString` tests (listed per attribute under `unchecked`: length limits, CIDR, RFC 3339, IAM member formats)",
  "ForceNew and lifecycle behaviour after apply (what a change replaces; see the provider docs)",
  "plugin-framework resources (none of the kit's types use the framework at this tag)",
  "DiffSuppressFunc / StateFunc normalisation (values that plan clean although they differ)",
];

/**
 * Expand functions that force-send fields of a block (ForceSendFields), so an unset bool
 * reaches the API as SDK v2's zero value `false`. Which fields they force-send is read from
 * the function's source at the tag; this list only says where to look. First seen:
 * expandKubeletConfig at v6.50.0 sends cpu_cfs_quota = false (CPU limits off); v7.6.0
 * stopped force-sending it (CHANGELOG 7.6.0, PR #24569).
 */
export const FORCE_SENDERS = [
  { block: "kubelet_config", expand: "expandKubeletConfig", file: "google/services/container/node_config.go" },
] as const;

/** Attributes an expand function force-sends from `cfg["name"]` with their SDK zero values, from its Go source. */
export function forceSentFields(goSource: string, expand: string): Map<string, boolean | number | string> {
  const start = goSource.indexOf(`\nfunc ${expand}(`);
  if (start < 0) return new Map();
  const end = goSource.indexOf("\n}\n", start);
  const body = goSource.slice(start, end < 0 ? undefined : end);
  const out = new Map<string, boolean | number | string>();
  for (const m of body.matchAll(/if (\w+), ok := cfg\["(\w+)"\]; ok \{([^}]*)\}/g)) {
    if (!/ForceSendFields/.test(m[3])) continue;
    const cast = /\.\((bool|int|string)\)/.exec(m[3])?.[1];
    out.set(m[2], cast === "bool" ? false : cast === "int" ? 0 : "");
  }
  return out;
}

/** Marks, in every block named like a force-sender's, the fields it sends when unset. */
function markForceSent(rules: Record<string, ResourceRule>, tree: SourceTree): void {
  for (const sender of FORCE_SENDERS) {
    const owners = Object.values(rules).filter((rule) => rule.source.startsWith(path.dirname(sender.file)));
    if (owners.length === 0) continue;
    const sent = forceSentFields(tree.read(sender.file), sender.expand);
    const visit = (attrs: Record<string, AttributeRule>): void => {
      for (const [key, rule] of Object.entries(attrs)) {
        if (!rule.block) continue;
        if (key === sender.block) {
          for (const [field, value] of sent) {
            const target = rule.block.attributes[field] as { sentWhenUnset?: unknown } | undefined;
            // Only optional, non-computed fields: the user can leave them out and get the zero value.
            if (target && !(target as AttributeRule).required && !(target as AttributeRule).computed)
              target.sentWhenUnset = { value, from: `${sender.expand}, ${sender.file}` };
          }
        }
        visit(rule.block.attributes as Record<string, AttributeRule>);
      }
    };
    for (const rule of owners) visit(rule.attributes as Record<string, AttributeRule>);
  }
}

const TYPE_NAMES: Record<string, ValueType> = {
  "schema.TypeString": "string",
  "schema.TypeInt": "int",
  "schema.TypeFloat": "float",
  "schema.TypeBool": "bool",
  "schema.TypeList": "list",
  "schema.TypeSet": "set",
  "schema.TypeMap": "map",
};

/** An import of one google provider module: the prebuilt package's, or the kit's generated bindings'. */
const GOOGLE_MODULE_IMPORT = /(?:@cdktf\/provider-google\/lib|\.gen\/providers\/google)\/([a-z0-9-]+)/g;

/** Resource and data source types the kit's source imports from its google bindings. */
export function kitTypes(root: string): { resources: string[]; dataSources: string[] } {
  const found = { resources: new Set<string>(), dataSources: new Set<string>() };
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) return fs.readdirSync(abs).forEach((f) => walk(path.join(rel, f)));
    if (!rel.endsWith(".ts")) return;
    for (const m of fs.readFileSync(abs, "utf8").matchAll(GOOGLE_MODULE_IMPORT)) {
      const t = providerTypeOfModule(m[1]);
      if (t) (t.kind === "data" ? found.dataSources : found.resources).add(t.type);
    }
  };
  KIT_SOURCES.forEach(walk);
  return { resources: [...found.resources].sort(), dataSources: [...found.dataSources].sort() };
}

function attributeRule(s: Val, where: string, problems: string[], ev: GoEvaluator): AttributeRule | undefined {
  if (s.k !== "struct") {
    problems.push(`${where}: schema is not a literal the extraction can read (${describe(s)})`);
    return undefined;
  }
  const f = (name: string): Val | undefined => s.fields.get(name);
  const flag = (name: string): true | undefined =>
    f(name)?.k === "bool" && (f(name) as { v: boolean }).v ? true : undefined;
  const typeVal = f("Type");
  const type = typeVal?.k === "ref" ? TYPE_NAMES[typeVal.name] : undefined;
  if (!type) {
    problems.push(`${where}: unknown Type ${typeVal ? describe(typeVal) : "(none)"}`);
    return undefined;
  }
  const rule: Record<string, unknown> = { type };
  for (const [go, key] of [
    ["Required", "required"],
    ["Optional", "optional"],
    ["Computed", "computed"],
    ["ForceNew", "forceNew"],
    ["WriteOnly", "writeOnly"],
  ] as const) {
    if (flag(go)) rule[key] = true;
  }
  if (str(f("Deprecated"))) rule.deprecated = str(f("Deprecated"));
  for (const [go, key] of [
    ["ConflictsWith", "conflictsWith"],
    ["ExactlyOneOf", "exactlyOneOf"],
    ["AtLeastOneOf", "atLeastOneOf"],
    ["RequiredWith", "requiredWith"],
  ] as const) {
    const v = f(go);
    if (!v) continue;
    if (strings(v)) {
      if (strings(v)!.length) rule[key] = strings(v);
    } else problems.push(`${where}: ${go} is not a list of strings (${describe(v)})`);
  }
  for (const [go, key] of [
    ["MaxItems", "maxItems"],
    ["MinItems", "minItems"],
  ] as const) {
    if (num(f(go))) rule[key] = num(f(go));
  }
  const checks: ValueCheck[] = [];
  const unchecked: string[] = [];
  for (const go of ["ValidateFunc", "ValidateDiagFunc"]) {
    const v = f(go);
    if (!v || v.k === "nil") continue;
    const c = checksOf(v, ev);
    checks.push(...c.checks);
    unchecked.push(...c.unchecked);
  }
  const elem = f("Elem");
  if (elem?.k === "struct" && elem.type === "schema.Resource") {
    rule.block = blockRule(elem, where, problems, ev);
  } else if (elem?.k === "struct" && elem.type === "schema.Schema") {
    const inner = attributeRule(elem, `${where}.*`, problems, ev);
    if (inner) {
      rule.elem = inner.type;
      if (inner.checks) rule.elemChecks = inner.checks;
      if (inner.unchecked) unchecked.push(...inner.unchecked.map((u) => `${u} (elements)`));
    }
  } else if (elem && elem.k !== "nil") {
    problems.push(`${where}: Elem is not a literal the extraction can read (${describe(elem)})`);
  } else if (type === "map") rule.elem = "string"; // SDK default for a map without Elem
  if (checks.length) rule.checks = checks;
  if (unchecked.length) rule.unchecked = unchecked;
  return rule as unknown as AttributeRule;
}

function blockRule(
  resource: Val,
  where: string,
  problems: string[],
  ev: GoEvaluator,
): { attributes: Record<string, AttributeRule> } {
  const schema = resource.k === "struct" ? resource.fields.get("Schema") : undefined;
  if (schema?.k !== "map") {
    problems.push(`${where}: Schema is not a map the extraction can read (${schema ? describe(schema) : "missing"})`);
    return { attributes: {} };
  }
  const attributes: Record<string, AttributeRule> = {};
  for (const key of [...schema.entries.keys()].sort()) {
    const a = attributeRule(schema.entries.get(key)!, where ? `${where}.${key}` : key, problems, ev);
    if (a) attributes[key] = a;
  }
  return { attributes };
}

function resourceRule(resource: Val, type: string, source: string, problems: string[], ev: GoEvaluator): ResourceRule {
  if (resource.k !== "struct" || resource.type !== "schema.Resource") {
    problems.push(`${type}: constructor did not evaluate to a schema.Resource literal (${describe(resource)})`);
    return { source, attributes: {} };
  }
  const block = blockRule(resource, "", problems, ev);
  const timeouts = resource.fields.get("Timeouts");
  const keys = timeouts?.k === "struct" ? [...timeouts.fields.keys()].map((k) => k.toLowerCase()).sort() : [];
  const deprecated = str(resource.fields.get("DeprecationMessage"));
  return {
    source,
    ...(keys.length ? { timeouts: keys } : {}),
    ...(deprecated ? { deprecated } : {}),
    attributes: block.attributes,
  };
}

export interface ExtractOptions {
  readonly tree: SourceTree;
  readonly tag: string;
  readonly resources: readonly string[];
  readonly dataSources: readonly string[];
  readonly date: string;
}

/** Rules for the given types, plus what could not be read (the caller fails on any). */
export function extract(opts: ExtractOptions): { rules: ProviderRules; problems: string[] } {
  const tree = opts.tree;
  const { module, sdk } = goModule(tree);
  const ev = new GoEvaluator(tree, module);
  const problems: string[] = [];

  const registry = new TypeRegistry(tree, ev);
  const build = (kind: Kind, types: readonly string[]): Record<string, ResourceRule> => {
    const out: Record<string, ResourceRule> = {};
    for (const [type, { val, source }] of registry.evaluate(kind, types, opts.tag, problems)) {
      const own: string[] = [];
      out[type] = resourceRule(val, type, source, own, ev);
      problems.push(...own.map((p) => `${type}: ${p}`));
    }
    return out;
  };
  const resources = build("resources", opts.resources);
  markForceSent(resources, tree);
  const dataSources = build("dataSources", opts.dataSources);
  problems.push(...ev.skipped.map((s) => `could not parse ${s}`));
  return {
    rules: {
      provider: "hashicorp/terraform-provider-google",
      tag: opts.tag,
      commit: tree.commit(),
      extractedAt: opts.date,
      sdk: `terraform-plugin-sdk/v2 ${sdk}`,
      cannotSee: CANNOT_SEE,
      resources,
      dataSources,
    },
    problems,
  };
}

const USAGE =
  "usage: npm run provider-rules -- --tag <provider tag, e.g. v6.50.0> --git-dir <clone of hashicorp/terraform-provider-google (its .git dir)> [--types google_a,google_b] [--out <file>]";

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function main(argv: string[]): number {
  // --help and unknown flags are answered before anything runs.
  parseOrExit(
    "provider-rules",
    USAGE,
    { tag: { type: "string" }, "git-dir": { type: "string" }, types: { type: "string" }, out: { type: "string" } },
    argv,
  );
  const tag = arg(argv, "tag");
  const gitDir = arg(argv, "git-dir");
  if (!tag || !gitDir) {
    console.error(USAGE);
    return 2;
  }
  // A working clone's root, or its .git directory.
  const dir = fs.existsSync(path.join(gitDir, ".git")) ? path.join(gitDir, ".git") : gitDir;
  const tree = new GitTree(dir, tag);
  try {
    tree.commit();
  } catch {
    console.error(
      `provider-rules: ${tag} is not a tag of the git directory ${gitDir}; fetch the provider (git clone https://github.com/hashicorp/terraform-provider-google) and pick a tag from \`git tag\``,
    );
    return 1;
  }
  const kit = kitTypes(ROOT);
  const extra = (arg(argv, "types") ?? "").split(",").filter(Boolean);
  const { rules, problems } = extract({
    tree,
    tag,
    resources: [...new Set([...kit.resources, ...extra.filter((t) => !t.startsWith("data."))])].sort(),
    dataSources: [
      ...new Set([...kit.dataSources, ...extra.filter((t) => t.startsWith("data.")).map((t) => t.slice(5))]),
    ].sort(),
    date: new Date().toISOString().slice(0, 10),
  });
  if (problems.length) {
    console.error(
      `provider-rules: ${problems.length} schema part(s) could not be read; nothing written:\n  ${problems.join("\n  ")}`,
    );
    return 1;
  }
  const out = arg(argv, "out") ?? path.join(ROOT, "lib", "gcp", "provider-rules", `${tag}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(rules, null, 1) + "\n");
  const count = (r: Record<string, ResourceRule>): number => Object.keys(r).length;
  console.log(
    `provider-rules: ${count(rules.resources)} resource and ${count(rules.dataSources)} data source type(s) from ${tag} (${rules.commit}) -> ${path.relative(process.cwd(), out)}`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
