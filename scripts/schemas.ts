import { ZodFirstPartyTypeKind, ZodTypeAny, ZodObject } from "zod";
import { zodToJsonSchema, ignoreOverride } from "zod-to-json-schema";
import { CONFIG_KINDS, ConfigKindName } from "./schema-files";
import { environmentSchema, waiverSchema } from "../lib/config/schema";
import { bootstrapSchema, MULTI_REGIONS } from "../bootstrap/bootstrap-schema";
import { REGIONS } from "../lib/config/regions";
import { RULE_IDS } from "../lib/policy/rules";
import { RATE_LIMIT_INTERVALS } from "../lib/gcp/armor";
import { writeGenerated } from "./generated-files";
import { answered, parseCommand, runCommand } from "../lib/cli";

/**
 * `npm run schemas`: writes schemas/*.schema.json from the zod schemas validation uses, so
 * editors complete keys, show each key's `.describe()` text and flag errors as you type.
 * Checks that only exist as zod refinements (cross-file ones, and those below) are still
 * caught by `npm run synth`.
 */

export const REGENERATE = "npm run schemas";

/** The schema at `keys` under `schema`, looking through optional, default and refine wrappers. */
function field(schema: ZodTypeAny, ...keys: string[]): ZodTypeAny {
  let s = schema;
  for (const key of keys) {
    while (!(s instanceof ZodObject)) {
      if (!("innerType" in s._def || "schema" in s._def)) throw new Error(`no object at ${key} in the config schema`);
      s = s._def.innerType ?? s._def.schema;
    }
    s = s.shape[key];
    if (!s) throw new Error(`no field ${keys.join(".")} in the config schema`);
  }
  while (s._def.typeName !== ZodFirstPartyTypeKind.ZodEffects && "innerType" in s._def) s = s._def.innerType;
  return s;
}

/**
 * Refinements whose allowed values are a known list: the converter cannot see inside a
 * refine, so the list is given here, from the same constants validation uses.
 */
const REFINED_ENUMS: readonly { readonly at: ZodTypeAny; readonly values: readonly (string | number)[] }[] = [
  { at: field(environmentSchema, "region"), values: Object.keys(REGIONS).sort() },
  { at: field(waiverSchema, "rule"), values: RULE_IDS },
  { at: field(environmentSchema, "armor", "rateLimit", "intervalSec"), values: RATE_LIMIT_INTERVALS },
  { at: field(bootstrapSchema, "stateBucketLocation"), values: [...MULTI_REGIONS, ...Object.keys(REGIONS).sort()] },
];

/** JSON Schema (draft-07) text of one kind of config file. */
export function jsonSchemaText(kind: ConfigKindName): string {
  const { schema } = CONFIG_KINDS[kind];
  const converted = zodToJsonSchema(schema, {
    target: "jsonSchema7",
    $refStrategy: "none",
    override: (def) => {
      // `.describe()` copies the def but keeps the refinement, so match on the refinement itself.
      const effect = (def as { effect?: unknown }).effect;
      const refined = effect ? REFINED_ENUMS.find((r) => r.at._def.effect === effect) : undefined;
      if (!refined) return ignoreOverride;
      const type = typeof refined.values[0] === "number" ? "number" : "string";
      return { type, enum: [...refined.values], ...(def.description ? { description: def.description } : {}) };
    },
  });
  const { $schema, ...rest } = converted as Record<string, unknown>;
  const text = JSON.stringify(
    {
      $schema,
      $comment: `Generated from lib/config by \`${REGENERATE}\`; do not edit.`,
      title: `GKE platform kit: ${kind} file`,
      ...rest,
    },
    null,
    2,
  );
  return `${text}\n`;
}

/** Every generated schema file (repository-relative path -> text). */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(
    (Object.keys(CONFIG_KINDS) as ConfigKindName[]).map((k) => [CONFIG_KINDS[k].jsonSchema, jsonSchemaText(k)]),
  );
}

if (require.main === module)
  runCommand((argv) => {
    const args = parseCommand(
      "schemas",
      "Usage: npm run schemas\n\nWrites schemas/*.schema.json from lib/config (also done by npm run docs).",
      argv,
      {},
    );
    if (answered(args)) return args;
    const changed = writeGenerated(process.env.KIT_ROOT ?? process.cwd(), jsonSchemaFiles());
    return { code: 0, out: changed.length === 0 ? "schemas/ is up to date" : `updated ${changed.join(", ")}` };
  });
