import { createHash } from "crypto";
import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse, parseAllDocuments } from "yaml";
import { K8sObject } from "../../lib/k8s/kustomize";

/**
 * The real `kubectl kustomize`, for every test that renders a kustomization, with its output
 * kept by content: a render is reused only when the kubectl binary and every file the
 * kustomization reads (itself, its resources, components, patches and generator inputs,
 * followed into other kustomizations) are byte for byte the same, so an edit to any input
 * renders again. A kubectl start with strategic-merge patches costs ~0.3 s of CPU; most
 * renders of a test run repeat an earlier one (the same hand-off from the same config).
 * The store is node_modules/.cache/kit-kustomize (`npm ci` empties it, so CI renders
 * everything once); KIT_KUSTOMIZE_CACHE=off renders every time. A kustomization with a field
 * the walk below does not know, or a remote resource, is never cached.
 */

export const KUBECTL = process.env.KUBECTL ?? "kubectl";
export const MISSING_KUBECTL =
  `"${KUBECTL} kustomize" is needed to render the hand-off's kustomize overlays and was not found. ` +
  "Install kubectl 1.14 or newer (it embeds kustomize; e.g. `apt-get install kubectl` or " +
  "`gcloud components install kubectl`), or point KUBECTL at a kubectl binary (README, Hand-off).";

const STORE = path.join(__dirname, "..", "..", "node_modules", ".cache", "kit-kustomize");
const MAX_BUFFER = 64 * 1024 * 1024;

/** Fields that name no file. */
const NO_FILES = new Set([
  "apiVersion",
  "kind",
  "metadata",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "commonAnnotations",
  "labels",
  "images",
  "replicas",
  "generatorOptions",
  "buildMetadata",
  "sortOptions",
  "vars",
]);
/** Fields whose entries are paths (a file, or a directory holding a kustomization). */
const PATH_LISTS = new Set(["resources", "components", "bases", "crds", "transformers", "generators", "validators"]);
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

type Json = Record<string, unknown>;
/** Thrown by the walk: this kustomization is rendered, never cached. */
class Uncacheable extends Error {}

/** Every file the kustomization in `dir` reads, as absolute paths. */
export function kustomizeInputs(dir: string, seen = new Set<string>()): string[] {
  const file = KUSTOMIZATION_FILES.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new Uncacheable(`no kustomization in ${dir}`);
  if (seen.has(file)) return [];
  seen.add(file);
  const doc = (parse(fs.readFileSync(file, "utf8")) ?? {}) as Json;
  const files = [file];
  const add = (ref: unknown) => {
    if (typeof ref !== "string") return;
    if (/^[a-z]+:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref)) throw new Uncacheable(ref);
    const p = path.resolve(dir, ref.replace(/^[^=]*=/, ""));
    if (!fs.existsSync(p)) throw new Uncacheable(`${ref} not found`);
    files.push(...(fs.statSync(p).isDirectory() ? kustomizeInputs(p, seen) : [p]));
  };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  for (const [key, value] of Object.entries(doc)) {
    if (NO_FILES.has(key)) continue;
    if (PATH_LISTS.has(key)) list(value).forEach(add);
    // An inline patch (a string with a line break) names no file.
    else if (key === "patchesStrategicMerge") list(value).forEach((p) => String(p).includes("\n") || add(p));
    else if (key === "patches" || key === "patchesJson6902" || key === "replacements")
      list(value).forEach((p) => add((p as Json).path));
    else if (key === "configMapGenerator" || key === "secretGenerator")
      for (const g of list(value) as Json[]) [...list(g.files), ...list(g.envs), g.env].forEach(add);
    else if (key === "openapi") add((value as Json)?.path);
    else throw new Uncacheable(`field ${key}`);
  }
  return files;
}

let kubectlId: string | undefined;
/** The kubectl binary's identity: its resolved path, size and modification time. */
function kubectlIdentity(): string {
  if (kubectlId === undefined) {
    const r = spawnSync("sh", ["-c", 'command -v "$0"', KUBECTL], { encoding: "utf8" });
    const bin = r.status === 0 ? fs.realpathSync(r.stdout.trim()) : "";
    if (!bin) throw new Error(MISSING_KUBECTL);
    const s = fs.statSync(bin);
    kubectlId = `${bin} ${s.size} ${s.mtimeMs}`;
  }
  return kubectlId;
}

/** The store's key for rendering `dir`, or undefined when it must not be cached. */
export function renderKey(dir: string): string | undefined {
  if (process.env.KIT_KUSTOMIZE_CACHE === "off") return undefined;
  let inputs: string[];
  try {
    inputs = [...new Set(kustomizeInputs(path.resolve(dir)))].sort();
  } catch (e) {
    if (e instanceof Uncacheable) return undefined;
    throw e;
  }
  const hash = createHash("sha256").update(kubectlIdentity());
  for (const f of inputs) hash.update(`\0${path.relative(dir, f)}\0`).update(fs.readFileSync(f));
  return hash.digest("hex");
}

const parseObjects = (text: string): K8sObject[] => parseAllDocuments(text).map((d) => d.toJS() as K8sObject);
const stored = (key: string | undefined) => (key ? path.join(STORE, `${key}.yaml`) : undefined);

function keep(file: string | undefined, text: string): void {
  if (!file) return;
  fs.mkdirSync(STORE, { recursive: true });
  const tmp = `${file}.${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** The render of `dir` from the store, if kept; else the file to keep it in (none: not cacheable). */
function lookUp(dir: string): { objects: K8sObject[] } | { file: string | undefined } {
  const file = stored(renderKey(dir));
  return file && fs.existsSync(file) ? { objects: parseObjects(fs.readFileSync(file, "utf8")) } : { file };
}
const failed = (dir: string, message: string) => new Error(`${KUBECTL} kustomize ${dir} failed: ${message}`);

/** `kubectl kustomize <dir>`, parsed; throws with kustomize's message when it fails. */
export function kustomize(dir: string): K8sObject[] {
  const found = lookUp(dir);
  if ("objects" in found) return found.objects;
  const r = spawnSync(KUBECTL, ["kustomize", dir], { encoding: "utf8", maxBuffer: MAX_BUFFER });
  if (r.error) throw new Error(MISSING_KUBECTL);
  if (r.status !== 0) throw failed(dir, r.stderr);
  keep(found.file, r.stdout);
  return parseObjects(r.stdout);
}

/** The same, without blocking the worker while kubectl runs (several renders at once). */
export function kustomizeAsync(dir: string): Promise<K8sObject[]> {
  const found = lookUp(dir);
  if ("objects" in found) return Promise.resolve(found.objects);
  return new Promise((resolve, reject) =>
    execFile(KUBECTL, ["kustomize", dir], { maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") return reject(new Error(MISSING_KUBECTL));
      if (error) return reject(failed(dir, stderr || error.message));
      keep(found.file, stdout);
      resolve(parseObjects(stdout));
    }),
  );
}
