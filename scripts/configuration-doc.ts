import { CONFIG_KINDS, ConfigKindName } from "./schema-files";
import { jsonSchemaText } from "./schemas";
import { RULES } from "../lib/policy/rules";

// docs/configuration.md: every key of every config file with its type, default, what it does
// and the guardrails that name it, generated from the same schemas validation uses (through
// their JSON Schemas, `npm run schemas`). `npm run docs` writes it; a test fails when stale.

export const CONFIGURATION_DOC = "docs/configuration.md";

type Schema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

export interface KeyRow {
  readonly key: string;
  readonly type: string;
  readonly required: boolean;
  readonly default?: unknown;
  readonly description: string;
}

const RULE_ID = /(?<!e\.g\. )\b[A-Z]{3}\d{3}\b/g;
const KNOWN_RULES = new Set(RULES.map((r) => r.id));

function typeOf(s: Schema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum)
    return s.enum.length > 8 ? `one of ${s.enum.length} values` : s.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeOf).join(" | ");
  if (s.type === "array") return `list of ${s.items ? typeOf(s.items) : "any"}`;
  if (s.type === "object" && !s.properties && typeof s.additionalProperties === "object")
    return `map of ${typeOf(s.additionalProperties)}`;
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
}

/** One row per key under `schema`, depth first; list items as `key[]`, map values as `key.<name>`. */
export function keyRows(schema: Schema, prefix = "", required = true): KeyRow[] {
  const rows: KeyRow[] = [];
  const nested = (child: Schema, path: string): void => {
    for (const variant of child.anyOf ?? child.oneOf ?? [child]) {
      if (variant.properties) rows.push(...keyRows(variant, path));
      else if (variant.items?.properties || variant.items?.anyOf) nested(variant.items, `${path}[]`);
      else if (typeof variant.additionalProperties === "object" && variant.additionalProperties.properties)
        rows.push(...keyRows(variant.additionalProperties, `${path}.<name>`));
    }
  };
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const key = prefix ? `${prefix}.${name}` : name;
    const isRequired = required && (schema.required ?? []).includes(name);
    rows.push({
      key,
      type: typeOf(child),
      required: isRequired,
      default: child.default,
      description: child.description ?? "",
    });
    nested(child, key);
  }
  // Keys the variants of a union share appear once, with the first variant's text.
  return rows.filter((r, i) => rows.findIndex((o) => o.key === r.key) === i);
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The guardrails that govern a key: those whose fix or title names it (by its last two
 * segments, e.g. `redis.tier`, `upgrade.maxSurge`) and those its description names by ID.
 */
export function guardrails(key: string, description: string): string {
  const segments = key.replace(/\[\]|\.<name>/g, "").split(".");
  const named = new Set((description.match(RULE_ID) ?? []).filter((id) => KNOWN_RULES.has(id)));
  if (segments.length >= 2) {
    const tail = segments.slice(-2).join(".").replace(/\./g, "\\.");
    const mentions = new RegExp(`(?<![\\w.])${tail}(?!\\w)`);
    for (const r of RULES) if (mentions.test(r.fix) || mentions.test(r.title)) named.add(r.id);
  }
  return [...named].join(", ");
}

function section(kind: ConfigKindName): string {
  const schema = JSON.parse(jsonSchemaText(kind)) as Schema;
  const rows = keyRows(schema).map((r) => {
    const dflt = r.default === undefined ? (r.required ? "required" : "") : `\`${JSON.stringify(r.default)}\``;
    return `| \`${r.key}\` | ${cell(r.type)} | ${cell(dflt)} | ${cell(r.description)} | ${guardrails(r.key, r.description)} |`;
  });
  return [
    `## ${kind} (\`${CONFIG_KINDS[kind].jsonSchema}\`)`,
    "",
    cell(schema.description ?? ""),
    "",
    "| Key | Type | Default | What it does | Guardrails |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** The whole of docs/configuration.md. */
export function configurationDoc(): string {
  const kinds = Object.keys(CONFIG_KINDS) as ConfigKindName[];
  return [
    "# Configuration reference",
    "",
    "<!-- Generated from the config schemas (lib/config, lib/options) by `npm run docs`; do not edit. -->",
    "",
    "Every key of every config file: its type, its default (empty: optional, no default),",
    "what it does, and the guardrails (README, Guardrails) that govern it. Nested keys",
    "are dotted; `[]` is an item of a list, `<name>` a key of a map. Validation is stricter than",
    "the types: the JSON Schemas in `schemas/` and `npm run synth` report what a value may be.",
    "",
    ...kinds.map(section).join("\n\n").split("\n"),
    "",
  ].join("\n");
}
