// Checks a synthesized stack (cdk.tf.json) against the provider rules extracted from the
// provider's Go source (lib/gcp/provider-rules/<tag>.json): what `terraform validate` with the
// real provider would reject, offline. It follows terraform-plugin-sdk v2's schemaMap.validate
// (helper/schema/schema.go) and messages, with one deliberate difference: a block holding an
// unresolved reference is still checked (the SDK defers it to plan), since its other values
// are already known here.
import type { AttributeRule, BlockRule, ProviderRules, ResourceRule, ValueCheck } from "./provider-rules";

export type RuleKind =
  | "unknown-type"
  | "unknown-argument"
  | "unknown-block"
  | "required"
  | "computed-only"
  | "conflicts-with"
  | "exactly-one-of"
  | "at-least-one-of"
  | "required-with"
  | "max-items"
  | "min-items"
  | "type"
  | "enum"
  | "range"
  | "length"
  | "regex"
  | "sent-when-unset";

export interface Violation {
  readonly stack: string;
  /** Terraform address: `google_x.name` or `data.google_x.name`. */
  readonly address: string;
  /** Attribute path inside the resource, SDK style: `node_config.0.disk_size_gb`. */
  readonly path: string;
  readonly rule: RuleKind;
  readonly message: string;
}

type Json = unknown;
type Obj = Record<string, Json>;

/** Arguments Terraform itself handles for every resource and data source. */
const META_ARGUMENTS = new Set([
  "//",
  "count",
  "for_each",
  "depends_on",
  "provider",
  "lifecycle",
  "connection",
  "provisioner",
]);

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** A cdktf token or `${...}` interpolation: known only at plan or apply. */
export function isUnknown(v: Json): boolean {
  return typeof v === "string" && v.includes("${");
}

/** Block values: cdktf writes a single block as an object, several as an array. */
function blockItems(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Whether the SDK sees a value as set: non-null; for blocks, at least one. */
function isSet(v: Json, rule: AttributeRule): boolean {
  if (v === undefined || v === null) return false;
  return rule.block ? isUnknown(v) || blockItems(v).length > 0 : true;
}

type Lookup = { state: "unset" } | { state: "unknown" } | { state: "set"; value: Json };

/** Looks up an absolute SDK key ("a.0.b") in a resource's config, as ResourceConfig.Get does. */
function lookup(config: Obj, attrs: BlockRule["attributes"], key: string): Lookup {
  let value: Json = config;
  let here: BlockRule["attributes"] | undefined = attrs;
  let rule: AttributeRule | undefined;
  for (const part of key.split(".")) {
    if (isUnknown(value)) return { state: "unknown" };
    if (rule && /^\d+$/.test(part)) {
      value = (rule.block ? blockItems(value) : Array.isArray(value) ? value : [])[Number(part)];
      here = rule.block?.attributes;
      rule = undefined;
      continue;
    }
    rule = here?.[part];
    if (!rule || !isObj(value)) return { state: "unset" };
    value = value[part];
  }
  if (isUnknown(value)) return { state: "unknown" };
  if (value === undefined || value === null || (rule && !isSet(value, rule))) return { state: "unset" };
  return { state: "set", value };
}

const GO_QUOTE = (s: string): string => JSON.stringify(s);

function describeCheck(c: ValueCheck): string {
  switch (c.kind) {
    case "enum":
      return `one of [${c.values.map(GO_QUOTE).join(" ")}]${c.ignoreCase ? " (any case)" : ""}`;
    case "intEnum":
      return `one of [${c.values.join(" ")}]`;
    case "notIn":
      return `none of [${c.values.map(GO_QUOTE).join(" ")}]`;
    case "range":
      return c.min !== undefined && c.max !== undefined
        ? `in the range (${c.min} - ${c.max})`
        : c.min !== undefined
          ? `at least (${c.min})`
          : `at most (${c.max})`;
    case "length":
      return `of length between ${c.min ?? 0} and ${c.max ?? "any"}`;
    case "regex":
      return `matching ${GO_QUOTE(c.pattern)}`;
    case "any":
      return c.of.map(describeCheck).join(" or ");
  }
}

const KIND_OF_CHECK: Record<ValueCheck["kind"], RuleKind> = {
  enum: "enum",
  intEnum: "enum",
  notIn: "enum",
  range: "range",
  length: "length",
  regex: "regex",
  any: "enum",
};

function passes(c: ValueCheck, v: Json): boolean {
  switch (c.kind) {
    case "enum":
    case "notIn": {
      const s = String(v);
      const found = c.values.some((x) => (c.ignoreCase ? x.toLowerCase() === s.toLowerCase() : x === s));
      return c.kind === "enum" ? found : !found;
    }
    case "intEnum":
      return c.values.includes(Number(v));
    case "range":
      return (c.min === undefined || Number(v) >= c.min) && (c.max === undefined || Number(v) <= c.max);
    case "length":
      return (c.min === undefined || String(v).length >= c.min) && (c.max === undefined || String(v).length <= c.max);
    case "regex":
      return new RegExp(c.pattern).test(String(v));
    case "any":
      return c.of.some((x) => passes(x, v));
  }
}

/** Terraform's type conversion: what a primitive attribute accepts from JSON. */
function convertible(type: AttributeRule["type"], v: Json): boolean {
  switch (type) {
    case "string":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    case "int":
    case "float":
      return (
        (typeof v === "number" || (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)))) &&
        (type === "float" || Number.isInteger(Number(v)))
      );
    case "bool":
      return typeof v === "boolean" || v === "true" || v === "false";
    case "list":
    case "set":
      return Array.isArray(v);
    case "map":
      return isObj(v);
  }
}

class Checker {
  readonly out: Violation[] = [];
  constructor(
    private readonly stack: string,
    private readonly address: string,
    private readonly root: Obj,
    private readonly rootAttrs: BlockRule["attributes"],
  ) {}

  add(path: string, rule: RuleKind, message: string): void {
    this.out.push({ stack: this.stack, address: this.address, path, rule, message });
  }

  /** One object (the resource, or one block) against its attributes; `prefix` is its SDK key. */
  block(obj: Obj, attrs: BlockRule["attributes"], prefix: string, topLevel: boolean): void {
    for (const key of Object.keys(obj)) {
      if (attrs[key] || (topLevel && META_ARGUMENTS.has(key)) || (topLevel && key === "timeouts")) continue;
      const v = obj[key];
      const looksLikeBlock = isObj(v) || (Array.isArray(v) && v.length > 0 && v.every(isObj));
      if (looksLikeBlock)
        this.add(prefix + key, "unknown-block", `Blocks of type ${GO_QUOTE(key)} are not expected here.`);
      else this.add(prefix + key, "unknown-argument", `An argument named ${GO_QUOTE(key)} is not expected here.`);
    }
    for (const [key, rule] of Object.entries(attrs)) this.attribute(prefix + key, obj[key], rule);
  }

  private keysSet(keys: readonly string[]): { specified: string[]; unknown: number } {
    const specified: string[] = [];
    let unknown = 0;
    for (const k of keys) {
      const found = lookup(this.root, this.rootAttrs, k);
      if (found.state === "unknown") unknown++;
      else if (found.state === "set") specified.push(k);
    }
    return { specified, unknown };
  }

  private attribute(k: string, v: Json, rule: AttributeRule): void {
    const allKeys = (list: readonly string[]): string[] => [...new Set([...list, k])].sort();
    if (rule.exactlyOneOf) {
      const keys = allKeys(rule.exactlyOneOf);
      const { specified, unknown } = this.keysSet(keys);
      if (specified.length === 0 && unknown === 0)
        return this.add(k, "exactly-one-of", `${GO_QUOTE(k)}: one of \`${keys.join(",")}\` must be specified`);
      if (specified.length > 1)
        return this.add(
          k,
          "exactly-one-of",
          `${GO_QUOTE(k)}: only one of \`${keys.join(",")}\` can be specified, but \`${specified.join(",")}\` were specified.`,
        );
    }
    if (rule.atLeastOneOf) {
      const keys = allKeys(rule.atLeastOneOf);
      const { specified, unknown } = this.keysSet(keys);
      if (specified.length === 0 && unknown === 0)
        return this.add(k, "at-least-one-of", `${GO_QUOTE(k)}: one of \`${keys.join(",")}\` must be specified`);
    }
    if (!isSet(v, rule)) {
      if (rule.required)
        this.add(k, "required", `The argument ${GO_QUOTE(k)} is required, but no definition was found.`);
      // Not a validate error but worse: the provider silently sends a value nobody chose.
      else if (rule.sentWhenUnset)
        this.add(
          k,
          "sent-when-unset",
          `${GO_QUOTE(k)} is unset in a block that is set: the provider sends ${JSON.stringify(rule.sentWhenUnset.value)} for it (${rule.sentWhenUnset.from}); set it explicitly.`,
        );
      return;
    }
    if (!rule.required && !rule.optional) {
      return this.add(
        k,
        "computed-only",
        `Can't configure a value for ${GO_QUOTE(k)}: its value will be decided automatically based on the result of applying this configuration.`,
      );
    }
    if (rule.requiredWith) {
      const keys = allKeys(rule.requiredWith);
      const { specified, unknown } = this.keysSet(keys);
      if (specified.length + unknown < keys.length)
        return this.add(k, "required-with", `${GO_QUOTE(k)}: all of \`${keys.join(",")}\` must be specified`);
    }
    if (isUnknown(v)) return;
    for (const other of rule.conflictsWith ?? []) {
      if (lookup(this.root, this.rootAttrs, other).state === "set")
        return this.add(k, "conflicts-with", `${GO_QUOTE(k)}: conflicts with ${other}`);
    }
    this.value(k, v, rule);
  }

  private value(k: string, v: Json, rule: AttributeRule): void {
    if (rule.block) {
      const items = blockItems(v);
      if (!items.every((i) => isObj(i) || isUnknown(i)))
        return this.add(k, "type", `Blocks of type ${GO_QUOTE(k.split(".").pop()!)} must be objects.`);
      this.count(k, items.length, rule);
      items.forEach((item, i) => isObj(item) && this.block(item, rule.block!.attributes, `${k}.${i}.`, false));
      return;
    }
    if (!convertible(rule.type, v))
      return this.add(k, "type", `Inappropriate value for attribute ${GO_QUOTE(k)}: ${rule.type} required.`);
    if (rule.type === "list" || rule.type === "set" || rule.type === "map") {
      const elems = Array.isArray(v) ? v : Object.values(v as Obj);
      if (Array.isArray(v)) this.count(k, v.length, rule);
      elems.forEach((e, i) => {
        const key = Array.isArray(v) ? `${k}.${i}` : `${k}.${Object.keys(v as Obj)[i]}`;
        if (isUnknown(e)) return;
        if (rule.elem && !convertible(rule.elem, e))
          return this.add(key, "type", `Inappropriate value for element of ${GO_QUOTE(k)}: ${rule.elem} required.`);
        this.checks(key, e, rule.elemChecks);
      });
      return;
    }
    this.checks(k, v, rule.checks);
  }

  private count(k: string, n: number, rule: AttributeRule): void {
    if (rule.maxItems && n > rule.maxItems)
      this.add(k, "max-items", `Attribute ${k} supports ${rule.maxItems} item maximum, but config has ${n} declared.`);
    if (rule.minItems && n < rule.minItems)
      this.add(
        k,
        "min-items",
        `Attribute ${k} requires ${rule.minItems} item minimum, but config has only ${n} declared.`,
      );
  }

  private checks(k: string, v: Json, checks: readonly ValueCheck[] | undefined): void {
    for (const c of checks ?? []) {
      if (!passes(c, v))
        this.add(
          k,
          KIND_OF_CHECK[c.kind],
          `expected ${k} to be ${describeCheck(c)}, got ${JSON.stringify(v)} (${c.from})`,
        );
    }
  }
}

function checkTimeouts(checker: Checker, config: Obj, rule: ResourceRule): void {
  const t = config.timeouts;
  if (t === undefined) return;
  if (!rule.timeouts)
    return checker.add("timeouts", "unknown-block", `Blocks of type "timeouts" are not expected here.`);
  for (const key of Object.keys(isObj(t) ? t : {})) {
    if (!rule.timeouts.includes(key))
      checker.add(`timeouts.${key}`, "unknown-argument", `An argument named ${GO_QUOTE(key)} is not expected here.`);
  }
}

/**
 * Every violation of the provider rules in one synthesized stack's `resource` and `data`
 * sections (google_* types only), in a stable order. `stack` only labels the result.
 */
export function checkStack(stack: string, json: Record<string, unknown>, rules: ProviderRules): Violation[] {
  const out: Violation[] = [];
  for (const [section, table, prefix] of [
    ["resource", rules.resources, ""],
    ["data", rules.dataSources, "data."],
  ] as const) {
    const byType = json[section];
    if (!isObj(byType)) continue;
    for (const [type, instances] of Object.entries(byType)) {
      // Other providers' types (e.g. github_* in the bootstrap's GitHub stack) are not these rules' business.
      if (!type.startsWith("google_")) continue;
      for (const [name, config] of Object.entries(isObj(instances) ? instances : {})) {
        const address = `${prefix}${type}.${name}`;
        const rule = table[type];
        if (!rule) {
          out.push({
            stack,
            address,
            path: "",
            rule: "unknown-type",
            message: `no rules for ${section} type ${type} at provider ${rules.tag}: add it with \`npm run provider-rules -- --tag ${rules.tag} --git-dir <provider clone>\``,
          });
          continue;
        }
        if (!isObj(config)) continue;
        const checker = new Checker(stack, address, config, rule.attributes);
        checker.block(config, rule.attributes, "", true);
        checkTimeouts(checker, config, rule);
        out.push(...checker.out);
      }
    }
  }
  return out;
}

/** One line per violation, as the test and any report print them. */
export function formatViolation(v: Violation): string {
  return `${v.stack}: ${v.address}${v.path ? ` ${v.path}` : ""}: [${v.rule}] ${v.message}`;
}
