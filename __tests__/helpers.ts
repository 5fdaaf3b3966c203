import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Construct } from "constructs";
import { Testing } from "cdktf";
import { parse, stringify } from "yaml";
import { KitConfig, loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";

export const REPO_ROOT = path.resolve(__dirname, "..");
/**
 * The estate the kit's own tests run on: a copy of the example config/, services/ and
 * approvals/ that the tests own. The adopter's files under REPO_ROOT are checked only by
 * checks that hold for any valid estate (__tests__/estate.test.ts and the staleness tests).
 */
export const FIXTURE_ROOT = path.join(__dirname, "fixtures", "estate");

/** Parsed JSON or YAML of unknown shape, for assertions. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Synthesized {
  /** Raw JSON text, for cdktf's jest matchers. */
  readonly text: string;
  readonly json: Json;
}

/** Synthesizes whatever `build` adds to a fresh test stack. */
export function synthConstruct(build: (scope: Construct) => void): Synthesized {
  const text = Testing.synthScope(build);
  return { text, json: JSON.parse(text) };
}

/** Every resource of `type`, config only. */
export function resourcesOf(json: Json, type: string): Json[] {
  return Object.values(json.resource?.[type] ?? {});
}

export function onlyResource(json: Json, type: string): Json {
  const all = resourcesOf(json, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** The environments and services a narrowed estate keeps (see tempKit). */
export interface KitSubset {
  readonly environments: readonly string[];
  readonly services: readonly string[];
}

/**
 * A throwaway copy of the fixture estate's config/ and services/ (or another estate's) to break on purpose.
 * With `only`, a smaller valid estate: just those environments and services (a third of the stacks
 * synthesize in a third of the time), for a case that needs no other stack; see narrowKit.
 */
export function tempKit(from: string = FIXTURE_ROOT, only?: KitSubset): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-"));
  for (const dir of ["config", "services"]) {
    fs.cpSync(path.join(from, dir), path.join(root, dir), { recursive: true });
  }
  if (only) narrowKit(root, only);
  return root;
}

/**
 * Drops every other environment and service from the estate in `root`: their files, and where the
 * platform and the kept services name them (lists, environment-keyed settings, entries with an
 * `environment`). Config validation judges the result like any estate; the helper's test shows both
 * fixtures narrowed stay valid.
 */
export function narrowKit(root: string, only: KitSubset): void {
  const names = (dir: string) => fs.readdirSync(path.join(root, dir)).map((f) => f.replace(/\.yaml$/, ""));
  const dropped = {
    environments: new Set(names("config/environments").filter((e) => !only.environments.includes(e))),
    services: new Set(names("services").filter((s) => !only.services.includes(s))),
  };
  const unknown = [...only.environments, ...only.services].filter(
    (n) => !names("config/environments").includes(n) && !names("services").includes(n),
  );
  if (unknown.length) throw new Error(`narrowKit: no environment or service ${unknown.join(", ")} in ${root}`);
  dropped.environments.forEach((e) => fs.rmSync(path.join(root, "config/environments", `${e}.yaml`)));
  dropped.services.forEach((s) => fs.rmSync(path.join(root, "services", `${s}.yaml`)));
  const gone = new Set([...dropped.environments, ...dropped.services]);
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value
        .filter((v) => !(typeof v === "string" && gone.has(v)) && !gone.has((v as Json)?.environment))
        .map(prune);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !dropped.environments.has(k))
        .map(([k, v]) => [k, prune(v)]),
    );
  };
  for (const file of ["config/platform.yaml", ...only.services.map((s) => `services/${s}.yaml`)])
    writeFile(root, file, stringify(prune(parse(fs.readFileSync(path.join(root, file), "utf8")))));
}

/** Whether the folders `dirs` hold the same files with the same bytes under `a` and `b`. */
export function sameFiles(a: string, b: string, dirs: readonly string[]): boolean {
  const list = (root: string, rel: string): string[] =>
    fs.statSync(path.join(root, rel)).isDirectory()
      ? fs.readdirSync(path.join(root, rel)).flatMap((f) => list(root, path.join(rel, f)))
      : [rel];
  const files = (root: string) => dirs.flatMap((d) => (fs.existsSync(path.join(root, d)) ? list(root, d) : [])).sort();
  const [fa, fb] = [files(a), files(b)];
  return (
    fa.join("\n") === fb.join("\n") &&
    fa.every((f) => fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))))
  );
}

/** Parses a YAML file in `root`, lets `edit` change it, writes it back. */
export function editYaml(root: string, file: string, edit: (doc: Json) => void): void {
  const abs = path.join(root, file);
  const doc = parse(fs.readFileSync(abs, "utf8"));
  edit(doc);
  fs.writeFileSync(abs, stringify(doc));
}

export function writeFile(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** Records console.log and console.error for the current test (restored after each test). */
export function captureConsole(): { readonly logs: string[]; readonly errors: string[] } {
  const captured = { logs: [] as string[], errors: [] as string[] };
  beforeEach(() => {
    captured.logs.length = 0;
    captured.errors.length = 0;
    jest.spyOn(console, "error").mockImplementation((m: string) => void captured.errors.push(m));
    jest.spyOn(console, "log").mockImplementation((m: string) => void captured.logs.push(m));
  });
  afterEach(() => jest.restoreAllMocks());
  return captured;
}

/** "file: field: message" for each problem loadConfig reports in `root`; none when valid. */
export function configProblems(root: string): string[] {
  try {
    loadConfig(root);
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
    throw e;
  }
  return [];
}

/** Every .ts file under the given repository paths (files or folders), as posix paths relative to the repository. */
export function tsFilesUnder(...rels: string[]): string[] {
  return rels.flatMap((rel) =>
    fs.statSync(path.join(REPO_ROOT, rel)).isDirectory()
      ? tsFilesUnder(...fs.readdirSync(path.join(REPO_ROOT, rel)).map((f) => path.posix.join(rel, f)))
      : rel.endsWith(".ts")
        ? [rel]
        : [],
  );
}

/**
 * `config` with `callee`'s service file declaring `callers` (networkAccess.ingressFromNamespaces)
 * and `edit` applied to it: an estate whose services call each other.
 */
export function withCallers(
  config: KitConfig,
  callee: string,
  callers: readonly string[],
  edit: (s: Json) => void = () => undefined,
): KitConfig {
  const services = config.services.map((s) => {
    if (s.name !== callee) return s;
    const changed = structuredClone(s) as Json;
    changed.networkAccess = { ...changed.networkAccess, ingressFromNamespaces: [...callers] };
    edit(changed);
    return changed as KitConfig["services"][number];
  });
  return { ...config, services };
}
