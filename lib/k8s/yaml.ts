/** A value the hand-off's YAML emitter can write. */
export type Yaml = string | number | boolean | readonly Yaml[] | { readonly [key: string]: Yaml };

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/@-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|[-+.\d][\d._eE+-]*)$/i;

/**
 * Block-style YAML for the small, known documents of the hand-off. Hand-rolled because the
 * general emitter costs more than the rest of a service stack's synthesis; tests parse the
 * output back with the `yaml` package and render it with kustomize.
 */
export function toYaml(value: Yaml, indent = ""): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "{}";
  if (typeof value === "string") {
    if (PLAIN.test(value) && !RESERVED.test(value)) return value;
    return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  }
  const nested = (v: Yaml, pad: string) =>
    typeof v === "object" && Object.keys(v).length > 0 ? `\n${toYaml(v, pad)}` : ` ${toYaml(v, pad)}`;
  if (Array.isArray(value))
    return value.map((v) => `${indent}-${nested(v, indent + "  ").replace(/^\n\s*/, " ")}`).join("\n");
  return Object.entries(value)
    .map(([k, v]) => `${indent}${toYaml(k)}:${nested(v, indent + "  ")}`)
    .join("\n");
}

/** Several documents in one file. */
export const toYamlDocuments = (docs: readonly Yaml[]): string => docs.map((d) => `${toYaml(d)}\n`).join("---\n");
