import * as path from "path";
import { ZodTypeAny } from "zod";
import { environmentSchema, platformSchema, serviceSchema } from "../lib/config/schema";
import { bootstrapSchema, BOOTSTRAP_CONFIG_PATH } from "../bootstrap/bootstrap-schema";
import { CONFIG_PATHS } from "../lib/config/load";

/**
 * Each kind of config file, the zod schema that validates it and the JSON Schema generated
 * from that (`npm run schemas`), which editors with the YAML language server use for
 * completion, key docs and errors as you type.
 */
export interface ConfigKind {
  readonly schema: ZodTypeAny;
  /** Generated JSON Schema, relative to the repository root. */
  readonly jsonSchema: string;
  /** Does this repository-relative (POSIX) path hold this kind of file? */
  readonly matches: (file: string) => boolean;
}

const inDir = (dir: string) => (file: string) => path.posix.dirname(file) === dir && /\.ya?ml$/.test(file);

export const CONFIG_KINDS = {
  platform: {
    schema: platformSchema,
    jsonSchema: "schemas/platform.schema.json",
    matches: (f: string) => f === CONFIG_PATHS.platform,
  },
  environment: {
    schema: environmentSchema,
    jsonSchema: "schemas/environment.schema.json",
    matches: inDir(CONFIG_PATHS.environments),
  },
  service: { schema: serviceSchema, jsonSchema: "schemas/service.schema.json", matches: inDir(CONFIG_PATHS.services) },
  bootstrap: {
    schema: bootstrapSchema,
    jsonSchema: "schemas/bootstrap.schema.json",
    matches: (f: string) => f === BOOTSTRAP_CONFIG_PATH,
  },
} as const satisfies Record<string, ConfigKind>;

export type ConfigKindName = keyof typeof CONFIG_KINDS;

/** The kind of config file at `file` (repository-relative, POSIX), if any. */
export function configKindOf(file: string): ConfigKindName | undefined {
  return (Object.keys(CONFIG_KINDS) as ConfigKindName[]).find((k) => CONFIG_KINDS[k].matches(file));
}

/**
 * The first line of a config file: points the YAML language server at its JSON Schema,
 * relative to the file so it works in any checkout.
 */
export function schemaModeline(file: string): string {
  const kind = configKindOf(file);
  if (!kind) throw new Error(`${file} is not a config file the kit reads`);
  return `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(file), CONFIG_KINDS[kind].jsonSchema)}`;
}
