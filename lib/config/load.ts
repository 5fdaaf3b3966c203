import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "yaml";
import { z, ZodTypeAny } from "zod";
import {
  environmentSchema,
  EnvironmentConfig,
  platformSchema,
  PlatformConfig,
  serviceSchema,
  ServiceConfig,
} from "./schema";
import { ConfigError, ConfigIssue, fromZod } from "./errors";
import { crossValidate } from "./validate";

export interface KitConfig {
  readonly platform: PlatformConfig;
  readonly environments: readonly EnvironmentConfig[];
  readonly services: readonly ServiceConfig[];
}

/** Where the config files live, relative to the repository root. */
export const CONFIG_PATHS = {
  platform: "config/platform.yaml",
  environments: "config/environments",
  services: "services",
} as const;

/** The keys a strict object accepts at `at`, found by walking the schema. */
function keysAt(schema: ZodTypeAny, at: readonly (string | number)[]): string[] {
  const unwrap = (s: ZodTypeAny): ZodTypeAny[] => {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) return unwrap(s._def.innerType);
    if (s instanceof z.ZodEffects) return unwrap(s._def.schema);
    if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) return [...s._def.options].flatMap(unwrap);
    return [s];
  };
  let current = unwrap(schema);
  for (const step of at) {
    current = current.flatMap((s) => {
      if (s instanceof z.ZodArray) return typeof step === "number" ? unwrap(s.element) : [];
      if (s instanceof z.ZodObject && typeof step === "string" && step in s.shape) return unwrap(s.shape[step]);
      return [];
    });
  }
  return [...new Set(current.flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : [])))];
}

function readYaml(root: string, file: string, issues: ConfigIssue[]): unknown {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      issues.push({ file: pos ? `${file}:${pos.line}:${pos.col}` : file, field: "", message: `is not valid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}` });
    }
    return undefined;
  }
  return doc.toJS() ?? {};
}

/** Reads one YAML file and validates it; problems go to `issues` (also used by the bootstrap config). */
export function parse<T extends ZodTypeAny>(root: string, file: string, schema: T, issues: ConfigIssue[]): z.infer<T> | undefined {
  const raw = readYaml(root, file, issues);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    issues.push(...fromZod(file, result.error.issues, (at) => keysAt(schema, at)));
    return undefined;
  }
  return result.data;
}

function yamlFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.posix.join(dir, f));
}

/**
 * Reads and validates every config file under `root`. Throws ConfigError listing every
 * problem in every file; returns only when all of it is usable.
 */
export function loadConfig(root: string): KitConfig {
  const issues: ConfigIssue[] = [];
  if (!fs.existsSync(path.join(root, CONFIG_PATHS.platform))) {
    throw new ConfigError([{ file: CONFIG_PATHS.platform, field: "", message: "is missing; copy the example from the README" }]);
  }
  const platform = parse(root, CONFIG_PATHS.platform, platformSchema, issues);

  const envFiles = yamlFiles(root, CONFIG_PATHS.environments);
  if (envFiles.length === 0) {
    issues.push({ file: CONFIG_PATHS.environments, field: "", message: "has no environment files; add e.g. dev.yaml" });
  }
  const environments = envFiles.flatMap((file) => {
    const env = parse(root, file, environmentSchema, issues);
    return env ? [{ ...env, name: path.basename(file).replace(/\.ya?ml$/, ""), file }] : [];
  });
  const services = yamlFiles(root, CONFIG_PATHS.services).flatMap((file) => {
    const svc = parse(root, file, serviceSchema, issues);
    return svc ? [{ ...svc, file }] : [];
  });

  // Cross-file checks only make sense once every file parsed.
  if (issues.length === 0 && platform) issues.push(...crossValidate(platform, environments, services));
  if (issues.length > 0) throw new ConfigError(issues);
  return { platform: platform!, environments, services };
}
