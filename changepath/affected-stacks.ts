import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { CONFIG_PATHS } from "../lib/config/load";
import { naming } from "../lib/naming";
import { CiInputError } from "./common";
import { MANIFEST_HINT, StackGraph, deployOrder, parseManifest } from "./stack-graph";

export type { StackGraph } from "./stack-graph";
export { deployOrder, deployWaves, parseManifest, readManifest } from "./stack-graph";

/**
 * Which stacks a change touches, so CI plans and deploys only those: a pull request for
 * one service plans that service's stacks, not the whole estate. The command line is
 * changepath/affected-cli.ts; the stack graph of the manifest changepath/stack-graph.ts.
 */

/** What one changed file means for the stacks. */
export type FileEffect =
  | { readonly file: string; readonly effect: "all"; readonly why: string }
  | { readonly file: string; readonly effect: "stacks"; readonly stacks: readonly string[] }
  | { readonly file: string; readonly effect: "none"; readonly why: string };

const yamlName = (dir: string) => new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([^/]+)\\.ya?ml$`);
const SERVICE_FILE = yamlName(CONFIG_PATHS.services);
const ENVIRONMENT_FILE = yamlName(CONFIG_PATHS.environments);

/** Inputs of the app's synth: a change to any of these may change every stack. */
const SHARED_FILES = new Set([
  CONFIG_PATHS.platform,
  "main.ts",
  "package.json",
  "package-lock.json",
  "cdktf.json",
  "scripts/build.js",
]);
/**
 * Inputs of a plan that synthesis never sees: a change to them changes every plan even when
 * every stack's JSON is the same, so they count in both modes.
 */
const PLAN_INPUTS = new Set([".terraform.lock.hcl"]);
const SHARED_DIRS = ["synth/", "constructs/", "stacks/", "handoff/", "lib/"];
/** The bootstrap app (bootstrap/ and its config) is separate (local state, applied by hand), so it affects no stack here. */
const BOOTSTRAP_FILES = new Set(["config/bootstrap.yaml"]);

type FileClass =
  | { kind: "service"; name: string }
  | { kind: "environment"; name: string }
  | { kind: "all"; why: string }
  | { kind: "none"; why: string };

/** Sorts a changed path into the rule that applies to it. */
export function classifyFile(file: string): FileClass {
  let m = SERVICE_FILE.exec(file);
  if (m) return { kind: "service", name: m[1] };
  m = ENVIRONMENT_FILE.exec(file);
  if (m) return { kind: "environment", name: m[1] };
  if (BOOTSTRAP_FILES.has(file) || file.startsWith("bootstrap/"))
    return { kind: "none", why: "bootstrap app, applied by hand" };
  if (PLAN_INPUTS.has(file)) return { kind: "all", why: "provider versions of every stack" };
  if (SHARED_FILES.has(file)) return { kind: "all", why: "shared input of every stack" };
  if (SHARED_DIRS.some((d) => file.startsWith(d))) return { kind: "all", why: "shared code" };
  if (file.startsWith("__tests__/")) return { kind: "none", why: "tests" };
  if (file.startsWith(".github/")) return { kind: "none", why: "workflows" };
  if (file.startsWith("docs/") || file.endsWith(".md")) return { kind: "none", why: "documentation" };
  return { kind: "none", why: "not read by the app's synth" };
}

export interface AffectedInput {
  /** Paths relative to the repository root, as `git diff --name-only` prints them. */
  readonly changedFiles: readonly string[];
  /** The graph synthesized from the change. */
  readonly manifest: StackGraph;
  /** The graph synthesized from the base commit: stacks only it has were removed. */
  readonly baseManifest?: StackGraph;
  /** Environment names (config/environments/*.yaml); a service's stacks derive from them. */
  readonly environments: readonly string[];
  /** Every stack, whatever changed: no usable base commit, or a manual full deploy. */
  readonly all?: boolean;
  /**
   * Digests of each stack's synthesized Terraform JSON at the change and at its base. With
   * both, exactly the stacks whose JSON differs are chosen (plus plan inputs synthesis does
   * not see); without, the file rules decide.
   */
  readonly headDigests?: StackDigests;
  readonly baseDigests?: StackDigests;
}

/** Stack name to the sha256 of its Terraform configuration. */
export type StackDigests = Readonly<Record<string, string>>;

/**
 * sha256 of a stack's cdk.tf.json without the `//` metadata (cdktf's notes about the
 * stack, which Terraform ignores). Synthesis is deterministic, so equal digests mean the
 * same Terraform configuration.
 */
export function terraformDigest(json: string): string {
  const config = JSON.parse(json) as Record<string, unknown>;
  delete config["//"];
  return createHash("sha256").update(JSON.stringify(config)).digest("hex");
}

/** Digests of every stack in a synthesized output folder (cdktf.out). */
export function readStackDigests(outDir: string): StackDigests {
  const stacksDir = path.join(outDir, "stacks");
  if (!fs.existsSync(stacksDir)) throw new CiInputError(`${stacksDir}: no synthesized stacks here; ${MANIFEST_HINT}`);
  const digests: Record<string, string> = {};
  for (const stack of fs.readdirSync(stacksDir).sort()) {
    const file = path.join(stacksDir, stack, "cdk.tf.json");
    if (!fs.existsSync(file)) continue;
    try {
      digests[stack] = terraformDigest(fs.readFileSync(file, "utf8"));
    } catch (e) {
      throw new CiInputError(`${file}: not valid JSON (${(e as Error).message}); ${MANIFEST_HINT}`);
    }
  }
  return digests;
}

export interface AffectedResult {
  /** Stacks to plan or deploy, in deploy order. */
  readonly stacks: readonly string[];
  /** Stacks the base had and the change removes (known only with a base manifest). */
  readonly removed: readonly string[];
  readonly files: readonly FileEffect[];
  /** Things a person should know, e.g. a service file whose stacks are gone. */
  readonly notes: readonly string[];
  /** How the stacks were chosen: by comparing synthesized JSON, or by the file rules. */
  readonly mode: "synth-diff" | "files";
}

/** The stacks a set of changed files affects. Pure. */
export function affectedStacks(input: AffectedInput): AffectedResult {
  const { manifest } = input;
  const inManifest = (s: string) => s in manifest;
  const notes: string[] = [];
  const files = [
    ...new Set(input.changedFiles.map((f) => f.trim().replace(/\\/g, "/").replace(/^\.\//, "")).filter(Boolean)),
  ];

  const effects = files.map((file): FileEffect => {
    const c = classifyFile(file);
    if (c.kind === "all" || c.kind === "none") return { file, effect: c.kind, why: c.why };
    const name = c.name;
    let stacks: string[];
    if (c.kind === "service") {
      stacks = input.environments.map((env) => naming.serviceStack(name, env)).filter(inManifest);
    } else {
      const platform = naming.platformStack(name);
      stacks = Object.keys(manifest).filter((s) => s === platform || manifest[s].includes(platform));
    }
    if (stacks.length === 0) {
      const what = `${c.kind} "${name}"`;
      notes.push(
        `${file}: no stack of ${what} is in the manifest: the file was deleted${c.kind === "service" ? " or lists no environment" : ""}. ` +
          (input.baseManifest
            ? "Stacks it had are listed as removed."
            : "Stacks it had are gone from the app; pass --base-manifest (a synth of the base commit) to list them.") +
          " Their resources are not destroyed by a deploy (docs/ci.md, Removing a service or environment).",
      );
    }
    return { file, effect: "stacks", stacks };
  });

  const { headDigests: head, baseDigests: base } = input;
  if (head && base && !input.all) {
    const planInputChanged = files.some((f) => PLAN_INPUTS.has(f));
    const chosen = Object.keys(manifest).filter(
      (s) => planInputChanged || head[s] === undefined || head[s] !== base[s],
    );
    const removed = deployOrder(
      input.baseManifest ??
        parseManifest({ stacks: Object.fromEntries(Object.keys(base).map((s) => [s, {}])) }, "base"),
    ).filter((s) => !inManifest(s));
    return { stacks: deployOrder(manifest, chosen), removed, files: effects, notes, mode: "synth-diff" };
  }
  const all = input.all || effects.some((e) => e.effect === "all");
  const chosen = all
    ? Object.keys(manifest)
    : [...new Set(effects.flatMap((e) => (e.effect === "stacks" ? e.stacks : [])))];
  const removed = input.baseManifest ? deployOrder(input.baseManifest).filter((s) => !inManifest(s)) : [];
  return { stacks: deployOrder(manifest, chosen), removed, files: effects, notes, mode: "files" };
}

/**
 * The environment each stack belongs to (its platform stack's name, or the suffix of
 * `svc-<service>-<env>`), so each environment's stacks go to that environment's job.
 */
export function stacksByEnvironment(
  stacks: readonly string[],
  environments: readonly string[],
): Record<string, string[]> {
  const byEnv: Record<string, string[]> = Object.fromEntries(environments.map((e) => [e, []]));
  for (const stack of stacks) {
    const env =
      environments.find((e) => naming.platformStack(e) === stack) ??
      environments.find((e) => stack === naming.serviceStack(stack.slice(4, -(e.length + 1)), e));
    if (env === undefined)
      throw new CiInputError(
        `stack ${stack} belongs to no environment in config/environments/; the stack names and lib/naming.ts disagree`,
      );
    byEnv[env].push(stack);
  }
  return byEnv;
}

/** A GitHub Actions matrix entry: one job plans or deploys these stacks one after another. */
export interface MatrixEntry {
  readonly name: string;
  /** Space-separated stack names (names are DNS labels: safe to word-split). */
  readonly stacks: string;
}

/**
 * One job per stack, or, beyond `maxJobs`, stacks batched into `maxJobs` jobs: GitHub caps a
 * matrix at 256 jobs, and a shared-code change touches every stack of every service.
 */
export function toMatrix(stacks: readonly string[], maxJobs: number): { include: MatrixEntry[] } {
  const size = Math.ceil(stacks.length / Math.max(1, maxJobs));
  const include: MatrixEntry[] = [];
  for (let i = 0; i < stacks.length; i += size) {
    const batch = stacks.slice(i, i + size);
    include.push({ name: batch.length === 1 ? batch[0] : `${batch[0]}+${batch.length - 1}`, stacks: batch.join(" ") });
  }
  return { include };
}

/**
 * Removed stacks whose last synthesized JSON still binds a Kubernetes service account to a
 * Google service account (roles/iam.workloadIdentityUser for `<pool>.svc.id.goog[ns/ksa]`):
 * the stack is no longer planned, so the binding would stay and a new workload in that
 * namespace with that name would inherit the old service's access.
 */
export function strandedBindings(baseOut: string, removed: readonly string[]): string[] {
  return removed.flatMap((stack) => {
    const file = path.join(baseOut, "stacks", stack, "cdk.tf.json");
    if (!fs.existsSync(file)) return [];
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
      resource?: Record<string, Record<string, { role?: string; member?: string }>>;
    };
    return Object.values(json.resource?.google_service_account_iam_member ?? {})
      .filter((b) => b.role === "roles/iam.workloadIdentityUser" && /\.svc\.id\.goog\[/.test(b.member ?? ""))
      .map((b) => `${stack}: ${b.member}`);
  });
}
