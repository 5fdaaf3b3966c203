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
import { ConfigError, ConfigIssue, fieldPath, fromZod } from "./errors";
import { crossValidate } from "./validate";
import { withProduction } from "./isolation";

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
      if (s instanceof z.ZodObject && typeof step === "string" && Object.hasOwn(s.shape, step))
        return unwrap(s.shape[step]);
      return [];
    });
  }
  return [...new Set(current.flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : [])))];
}

/** Config files are a few KiB; anything this large is the wrong file, not a config. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Aliases a file may expand; a few YAML anchors are fine, a "billion laughs" file is not. */
const MAX_ALIAS_COUNT = 100;
/** Keys that would reach JavaScript object internals when a config object is built. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Why `file` could not be read, phrased for the person who has to fix it. */
function readProblem(root: string, file: string, err: NodeJS.ErrnoException): string {
  const abs = path.join(root, file);
  let link: string | undefined;
  try {
    if (fs.lstatSync(abs).isSymbolicLink()) link = fs.readlinkSync(abs);
  } catch {
    // Not there at all: reported below as missing.
  }
  if (link !== undefined && (err.code === "ENOENT" || err.code === "ELOOP")) {
    return err.code === "ELOOP"
      ? `is a symbolic link to "${link}" that loops back on itself; point it at a real file or remove it`
      : `is a symbolic link to "${link}", which does not exist; fix the link or remove it`;
  }
  switch (err.code) {
    case "ENOENT":
      return "is missing; copy the example from the README";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied); make it readable (chmod a+r) or remove it";
    case "EISDIR":
      return "is a folder, not a file; config files are single YAML files";
    default:
      return `cannot be read (${err.code ?? err.message}); check the file`;
  }
}

/** Where a reserved key sits in `value`, as field paths. */
function reservedKeys(value: unknown, at: (string | number)[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => reservedKeys(v, [...at, i]));
  if (value === null || typeof value !== "object") return [];
  return Object.keys(value).flatMap((k) =>
    RESERVED_KEYS.has(k) ? [fieldPath([...at, k])] : reservedKeys((value as Record<string, unknown>)[k], [...at, k]),
  );
}

function readYaml(root: string, file: string, issues: ConfigIssue[]): unknown {
  const problem = (message: string, where = file, field = "") => {
    issues.push({ file: where, field, message });
    return undefined;
  };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(root, file));
  } catch (e) {
    return problem(readProblem(root, file, e as NodeJS.ErrnoException));
  }
  if (bytes.length > MAX_FILE_BYTES)
    return problem(
      `is ${bytes.length} bytes; config files are small (limit ${MAX_FILE_BYTES}), is this the right file?`,
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return problem("is not UTF-8 text; save it as UTF-8");
  }
  const known = parsedTexts.get(text);
  if (known !== undefined) return structuredClone(known);
  const value = parseYamlText(text, file, problem);
  if (value === undefined) return undefined;
  if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.delete(parsedTexts.keys().next().value!);
  parsedTexts.set(text, value);
  return structuredClone(value);
}

/**
 * Files parsed without a problem, by their text: a process that loads the same estate more
 * than once (new-service's checks before and after writing, the plan guard's server, the tests)
 * parses each text once. Callers get a copy, so the kept value never changes.
 */
const parsedTexts = new Map<string, unknown>();
const MAX_PARSED_TEXTS = 512;

/** The value of one YAML text, or undefined after reporting its problems through `problem`. */
function parseYamlText(
  text: string,
  file: string,
  problem: (message: string, where?: string, field?: string) => undefined,
): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const first = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const message = /^Map keys must be unique/.test(first)
        ? "has the same key twice in one mapping; keep one of them (YAML gives no way to tell which one was meant)"
        : `is not valid YAML: ${first}`;
      problem(message, pos ? `${file}:${pos.line}:${pos.col}` : file);
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // By name, not instanceof: the error is made by the yaml module's realm, which need not be this one.
    if ((e as Error | undefined)?.name === "ReferenceError") {
      return problem(
        `expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; write the values out instead of nesting aliases`,
      );
    }
    throw e;
  }
  const reserved = reservedKeys(value);
  for (const field of reserved) {
    problem(
      `"${field.replace(/^.*[.\]]/, "")}" is a reserved word in JavaScript and cannot be a key in config files; rename or remove it`,
      file,
      field,
    );
  }
  return reserved.length > 0 ? undefined : (value ?? {});
}

/** Reads one YAML file and validates it; problems go to `issues` (also used by the bootstrap config). */
export function parse<T extends ZodTypeAny>(
  root: string,
  file: string,
  schema: T,
  issues: ConfigIssue[],
): z.infer<T> | undefined {
  const raw = readYaml(root, file, issues);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    issues.push(...fromZod(file, result.error.issues, (at) => keysAt(schema, at)));
    return undefined;
  }
  return result.data;
}

/**
 * Files editors keep next to the one being edited: Emacs locks (`.#x.yaml`) and autosaves
 * (`#x.yaml#`), Vim swap files (`.x.yaml.swp`), backups (`x.yaml~`), and other dotfiles.
 * An unsaved edit must not break synthesis, so these are skipped without a word.
 */
const EDITOR_FILE = /^\.|^#.*#$|~$/;
const YAML_FILE = /\.ya?ml$/;

/** Whether `dir` holds a YAML file at any depth (editor files and dot folders aside). */
function holdsYaml(dir: string): boolean {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .some((d) =>
        EDITOR_FILE.test(d.name)
          ? false
          : d.isDirectory()
            ? holdsYaml(path.join(dir, d.name))
            : YAML_FILE.test(d.name.toLowerCase()),
      );
  } catch {
    return false;
  }
}

/**
 * The YAML files directly in `dir`, one per name (`dev.yaml` or `dev.yml`). Problems a user
 * would otherwise never notice (a file in a subfolder, two files for one name, a broken
 * link) are reported; editor files and non-YAML files are skipped.
 */
function yamlFiles(root: string, dir: string, kind: string, issues: ConfigIssue[]): string[] {
  const abs = path.join(root, dir);
  let names: string[];
  try {
    names = fs.readdirSync(abs).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR")
      issues.push({ file: dir, field: "", message: `is a file; it must be the folder of ${kind} files` });
    else if (code !== "ENOENT")
      issues.push({ file: dir, field: "", message: `cannot be read (${code}); check the folder's permissions` });
    return [];
  }
  const byName = new Map<string, string>();
  for (const name of names) {
    if (EDITOR_FILE.test(name)) continue;
    const file = path.posix.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(abs, name));
    } catch (e) {
      // Only a link can fail here; report it only if it claims to be a config file.
      if (YAML_FILE.test(name.toLowerCase()))
        issues.push({ file, field: "", message: readProblem(root, file, e as NodeJS.ErrnoException) });
      continue;
    }
    if (stat.isDirectory()) {
      if (holdsYaml(path.join(abs, name))) {
        issues.push({
          file: `${file}/`,
          field: "",
          message: `${kind} files in subfolders are not read; move them to ${dir}/ (one file per ${kind}) or remove the folder`,
        });
      }
      continue;
    }
    if (!YAML_FILE.test(name)) {
      if (YAML_FILE.test(name.toLowerCase()))
        issues.push({
          file,
          field: "",
          message: `has an upper-case extension; rename it to ${name.replace(/\.[^.]+$/, ".yaml")}`,
        });
      continue;
    }
    if (!stat.isFile()) {
      issues.push({ file, field: "", message: "is not a regular file; config files are plain YAML files" });
      continue;
    }
    const stem = name.replace(YAML_FILE, "");
    const other = byName.get(stem);
    if (other) {
      issues.push({
        file,
        field: "",
        message: `${kind} "${stem}" is also defined by ${other}; keep one file (.yaml) and delete the other`,
      });
      continue;
    }
    byName.set(stem, file);
  }
  return [...byName.values()];
}

/** An environment's name: its file's name without the extension. */
const environmentName = (file: string): string => path.posix.basename(file).replace(YAML_FILE, "");

/**
 * The environments' names from config/environments/ under `root`, read as loadConfig reads
 * them (editor files skipped) but without validating anything: for tools that must work
 * while the config is broken, such as CI's stack selection.
 */
export function environmentNames(root: string): string[] {
  return yamlFiles(root, CONFIG_PATHS.environments, "environment", []).map(environmentName);
}

/**
 * Reads and validates every config file under `root`. Throws ConfigError listing every
 * problem in every file; returns only when all of it is usable.
 */
export function loadConfig(root: string): KitConfig {
  const issues: ConfigIssue[] = [];
  const platform = parse(root, CONFIG_PATHS.platform, platformSchema, issues);
  if (!platform && fs.existsSync(path.join(root, CONFIG_PATHS.platform.replace(/\.yaml$/, ".yml")))) {
    issues.push({
      file: CONFIG_PATHS.platform.replace(/\.yaml$/, ".yml"),
      field: "",
      message: `is not read; rename it to ${path.posix.basename(CONFIG_PATHS.platform)}`,
    });
  }

  const envFiles = yamlFiles(root, CONFIG_PATHS.environments, "environment", issues);
  if (envFiles.length === 0) {
    issues.push({ file: CONFIG_PATHS.environments, field: "", message: "has no environment files; add e.g. dev.yaml" });
  }
  const environments = envFiles.flatMap((file) => {
    const env = parse(root, file, environmentSchema, issues);
    return env ? [withProduction({ ...env, name: environmentName(file), file }, platform)] : [];
  });
  const services = yamlFiles(root, CONFIG_PATHS.services, "service", issues).flatMap((file) => {
    const svc = parse(root, file, serviceSchema, issues);
    return svc ? [{ ...svc, file }] : [];
  });

  // Cross-file checks run on every file that parsed, so one run reports every problem;
  // an environment whose file failed still counts as existing for the services naming it.
  issues.push(...crossValidate(platform, environments, services, envFiles.map(environmentName)));
  if (issues.length > 0 || !platform) throw new ConfigError(issues);
  return { platform, environments, services };
}
