import * as fs from "fs";
import { environmentNames } from "../lib/config/load";
import {
  AffectedResult,
  affectedStacks,
  readStackDigests,
  stacksByEnvironment,
  strandedBindings,
  toMatrix,
} from "./affected-stacks";
import { CiInputError, EXIT, runCli } from "./common";
import { deployWaves, readManifest } from "./stack-graph";

/** The command line of affected-stacks (npm run affected): changed files in, stacks out. */

const USAGE = `usage: affected-stacks --manifest <manifest.json> [options] [changed files...]

Prints the stacks a change affects as a JSON array, platform stacks first.
Changed files come from the arguments, --files-from, or stdin (one path a line).
  --manifest <file>        cdktf.out/manifest.json of the change
  --base-manifest <file>   manifest of the base commit: stacks it alone has are reported as removed
  --files-from <file>      read changed files from a file ("-" for stdin)
  --head-out <dir>         synthesized output of the change (cdktf.out): with --base-out, choose the
                           stacks whose Terraform JSON differs instead of applying the file rules
  --base-out <dir>         synthesized output of the base commit (scripts/ci/synth-base.sh)
  --all                    every stack (no usable base commit, or a full deploy)
  --matrix                 print a GitHub Actions matrix {"include":[{"name","stacks"}]} instead
  --max-jobs <n>           batch stacks into at most n matrix jobs (default 50)
  --waves <n>              fail unless the stacks deploy in at most n dependency waves
  --github-output          also write stacks, removed, any, matrix, matrix_wave_<i>, by_env (stacks per
                           environment) and environments (those with stacks) to $GITHUB_OUTPUT`;

function readLines(file: string): string[] {
  try {
    return fs.readFileSync(file === "-" ? 0 : file, "utf8").split(/\r?\n/);
  } catch {
    throw new CiInputError(
      `--files-from ${file}: cannot read it; write it with \`git diff --name-only --no-renames <base> HEAD > ${file}\``,
    );
  }
}

function positiveInt(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CiInputError(`${flag}: expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

const OPTIONS = {
  manifest: { type: "string" },
  "base-manifest": { type: "string" },
  "head-out": { type: "string" },
  "base-out": { type: "string" },
  "files-from": { type: "string" },
  all: { type: "boolean" },
  matrix: { type: "boolean" },
  "max-jobs": { type: "string" },
  waves: { type: "string" },
  "github-output": { type: "boolean" },
} as const;

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The changed files: the arguments, then --files-from, else stdin (unless --all). */
function changedFiles(values: Values, positionals: readonly string[]): string[] {
  if (values["files-from"]) return [...positionals, ...readLines(values["files-from"] as string)];
  if (positionals.length > 0 || values.all) return [...positionals];
  if (process.stdin.isTTY)
    throw new CiInputError("no changed files: pass them as arguments, with --files-from, or on stdin");
  return readLines("-");
}

/** What the flags ask for, resolved: the stacks affected and how they are printed. */
function resolve(values: Values, positionals: readonly string[], root: string) {
  if (!values.manifest) throw new CiInputError("--manifest is required, e.g. --manifest cdktf.out/manifest.json");
  const environments = environmentNames(root);
  const files = changedFiles(values, positionals);
  const manifest = readManifest(values.manifest as string);
  if (Boolean(values["head-out"]) !== Boolean(values["base-out"]))
    throw new CiInputError("--head-out and --base-out go together: pass both synthesized folders, or neither");
  const result = affectedStacks({
    changedFiles: files,
    manifest,
    ...(values["base-manifest"] ? { baseManifest: readManifest(values["base-manifest"] as string) } : {}),
    ...(values["head-out"]
      ? {
          headDigests: readStackDigests(values["head-out"] as string),
          baseDigests: readStackDigests(values["base-out"] as string),
        }
      : {}),
    environments,
    all: Boolean(values.all),
  });
  const maxJobs = values["max-jobs"] === undefined ? 50 : positiveInt(values["max-jobs"], "--max-jobs");
  const maxWaves = values.waves === undefined ? undefined : positiveInt(values.waves, "--waves");
  const waves = deployWaves(manifest, result.stacks);
  if (maxWaves !== undefined && waves.length > maxWaves) {
    throw new CiInputError(
      `the affected stacks need ${waves.length} deploy waves (${waves.map((w) => w[0]).join(" -> ")} ...) but the workflow has ${maxWaves}; add a wave job to .github/workflows/deploy.yml`,
    );
  }
  return { result, environments, maxJobs, maxWaves, waves };
}

/** Why each stack was chosen, on stderr (stdout is the answer). */
function explain(result: AffectedResult): void {
  console.error(
    result.mode === "synth-diff"
      ? "stacks chosen by comparing each stack's synthesized Terraform JSON with the base"
      : "stacks chosen by the changed-file rules",
  );
  for (const f of result.files) {
    console.error(
      `${f.file}: ${f.effect === "stacks" ? f.stacks.join(", ") || "(no stacks)" : f.effect === "all" ? `all stacks (${f.why})` : `no stack (${f.why})`}`,
    );
  }
  for (const note of result.notes) console.error(`note: ${note}`);
  if (result.removed.length > 0)
    console.error(`removed from the app (resources NOT destroyed): ${result.removed.join(", ")}`);
  console.error(`${result.stacks.length} stack(s) affected`);
}

/** The step outputs of --github-output, appended to $GITHUB_OUTPUT. */
function writeGithubOutput(r: ReturnType<typeof resolve>, env: NodeJS.ProcessEnv): void {
  if (!env.GITHUB_OUTPUT)
    throw new CiInputError("--github-output: $GITHUB_OUTPUT is not set; it is only available inside GitHub Actions");
  const { result, environments, maxJobs, maxWaves, waves } = r;
  const out: Record<string, string> = {
    stacks: JSON.stringify(result.stacks),
    removed: JSON.stringify(result.removed),
    any: String(result.stacks.length > 0),
    matrix: JSON.stringify(toMatrix(result.stacks, maxJobs)),
  };
  const byEnv = stacksByEnvironment(result.stacks, environments);
  out.by_env = JSON.stringify(byEnv);
  out.environments = JSON.stringify(environments.filter((e) => byEnv[e].length > 0));
  // With --waves every wave gets an output, empty ones too, so the workflow can test them.
  for (let i = 0; i < (maxWaves ?? waves.length); i++) {
    out[`matrix_wave_${i}`] = JSON.stringify(toMatrix(waves[i] ?? [], maxJobs));
    out[`any_wave_${i}`] = String((waves[i] ?? []).length > 0);
  }
  fs.appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(out)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
  );
}

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  return runCli(USAGE, OPTIONS, argv, ({ values, positionals }) => {
    const r = resolve(values, positionals, env.KIT_ROOT ?? process.cwd());
    explain(r.result);
    if (values["github-output"]) writeGithubOutput(r, env);
    console.log(JSON.stringify(values.matrix ? toMatrix(r.result.stacks, r.maxJobs) : r.result.stacks));
    const stranded = values["base-out"] ? strandedBindings(values["base-out"] as string, r.result.removed) : [];
    if (stranded.length > 0) {
      console.error(
        `error: ${stranded.length} removed stack(s) would leave a Workload Identity binding behind, for whatever later runs as that Kubernetes service account in that namespace:\n  ${stranded.join("\n  ")}\nRetire the service first (retired: true in its file), deploy that, then delete the file (docs/ci.md, Removing a service or environment).`,
      );
      return EXIT.failed;
    }
    return EXIT.ok;
  });
}
