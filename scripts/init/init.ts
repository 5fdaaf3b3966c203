import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadConfig, CONFIG_PATHS } from "../../lib/config/load";
import { ConfigError, ConfigIssue } from "../../lib/config/errors";
import { isRegion } from "../../lib/config/regions";
import { loadBootstrapConfig } from "../../bootstrap/bootstrap-schema";
import { synthesize, PolicyError } from "../../synth/synth";
import { answered, CommandResult, parseCommand, runCommand } from "../../lib/cli";
import { regenerateEstate } from "../update-readme";
import { estateFiles, InitAnswers } from "./estate-files";

const HELP = `Usage: npm run init -- --org-id <id> --billing-account <id> --domain <domain> --prefix <prefix>
         --github <owner/repo> --repository-id <id> --owner-id <id> --region <region>
         --environments <a,b,c> --folders <env=id,...> [--production <a,b>] [--kms-project <project>]

Makes the estate yours, non-interactively: writes config/platform.yaml, config/bootstrap.yaml,
config/environments/<env>.yaml (one per environment, in their own non-overlapping ranges),
an empty approvals/destroy.yaml and .github/CODEOWNERS; removes the example's environments
and services; regenerates the workflows; validates everything as synthesis does. On any
problem it lists them all and writes nothing.

Required:
  --org-id <id>             numeric organization ID (gcloud organizations list)
  --billing-account <id>    billing account, like 012345-6789AB-CDEF01
  --domain <domain>         your Google Workspace / Cloud Identity domain (team groups, RBAC group)
  --prefix <prefix>         2-10 lowercase letters or digits: project IDs are <prefix>-<service>-<env>
  --github <owner/repo>     the repository CI runs in (its reusable workflows are named in the workflows)
  --repository-id <id>      gh api repos/<owner>/<repo> --jq .id
  --owner-id <id>           gh api repos/<owner>/<repo> --jq .owner.id
  --region <region>         Google Cloud region of the clusters, e.g. europe-west1
  --folders <env=id,...>    the folder of each environment's projects (one folder per environment)
Optional:
  --environments <a,b,c>    environments in promotion order (default: dev,stg,prd)
  --production <a,b>        production environments (default: the last one)
  --kms-project <project>   project of the KMS keys of production clusters (required with production)
  --ci-project <project>    existing project for state buckets and CI identities (default: <prefix>-gke-ci)
  --state-bucket <name>     base name of the state buckets (default: <prefix>-gke-tfstate)
  --registry <path>         trusted Artifact Registry (default: <region>-docker.pkg.dev/<prefix>-artifacts)
  --owners <@org/team>      code owners of every file (default: @<owner>/platform-admins)
  -h, --help                show this help`;

const OPTIONS = {
  "org-id": { type: "string" },
  "billing-account": { type: "string" },
  domain: { type: "string" },
  prefix: { type: "string" },
  github: { type: "string" },
  "repository-id": { type: "string" },
  "owner-id": { type: "string" },
  region: { type: "string" },
  environments: { type: "string" },
  folders: { type: "string" },
  production: { type: "string" },
  "kms-project": { type: "string" },
  "ci-project": { type: "string" },
  "state-bucket": { type: "string" },
  registry: { type: "string" },
  owners: { type: "string" },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string>>;
const list = (s: string | undefined) =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** The answers, or every problem with the flags at once (flag, what is wrong, the fix). */
function answersFrom(v: Values): InitAnswers | string[] {
  const problems: string[] = [];
  const required = [
    "org-id",
    "billing-account",
    "domain",
    "prefix",
    "github",
    "repository-id",
    "owner-id",
    "region",
    "folders",
  ] as const;
  for (const flag of required) if (!v[flag]) problems.push(`--${flag} is required (see --help)`);
  const environments = v.environments ? list(v.environments) : ["dev", "stg", "prd"];
  const production = v.production ? list(v.production) : environments.slice(-1);
  for (const e of production.filter((p) => !environments.includes(p)))
    problems.push(
      `--production: "${e}" is not in --environments (${environments.join(",")}); list it there or drop it`,
    );
  const folders = Object.fromEntries(list(v.folders).map((pair) => pair.split("=").map((s) => s.trim())));
  for (const e of environments.filter((env) => v.folders && !folders[env]))
    problems.push(
      `--folders: no folder for "${e}"; give one per environment, e.g. --folders ${environments.map((x, i) => `${x}=10000000000${i}`).join(",")}`,
    );
  for (const e of Object.keys(folders).filter((f) => !environments.includes(f)))
    problems.push(`--folders: "${e}" is not in --environments; remove it`);
  if (v.region && !isRegion(v.region))
    problems.push(`--region: "${v.region}" is not a Google Cloud region, e.g. europe-west1`);
  if (v.github && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(v.github))
    problems.push(`--github: "${v.github}" must be owner/repo as in https://github.com/owner/repo`);
  if (production.length > 0 && !v["kms-project"])
    problems.push(
      `--kms-project is required: production environments (${production.join(", ")}) encrypt Secrets and backups with keys there`,
    );
  if (problems.length > 0) return problems;
  const owner = v.github!.split("/")[0];
  return {
    orgId: v["org-id"]!,
    billingAccount: v["billing-account"]!,
    domain: v.domain!,
    prefix: v.prefix!,
    repository: v.github!,
    repositoryId: v["repository-id"]!,
    ownerId: v["owner-id"]!,
    region: v.region!,
    environments,
    production,
    folders,
    kmsProject: v["kms-project"],
    ciProject: v["ci-project"] ?? `${v.prefix}-gke-ci`,
    stateBucket: v["state-bucket"] ?? `${v.prefix}-gke-tfstate`,
    registry: v.registry ?? `${v.region}-docker.pkg.dev/${v.prefix}-artifacts`,
    owners: v.owners ?? `@${owner}/platform-admins`,
  };
}

/** Which flag set a config field, so a problem names the flag to fix as well as the file and field. */
const FLAG_OF: [RegExp, string][] = [
  [/^config\/platform\.yaml: organizationId/, "--org-id"],
  [/^config\/platform\.yaml: billingAccount/, "--billing-account"],
  [/^config\/platform\.yaml: teamGroupDomain/, "--domain"],
  [/^config\/platform\.yaml: prefix/, "--prefix"],
  [/^config\/platform\.yaml: stateBucket/, "--state-bucket"],
  [/^config\/platform\.yaml: trustedImageRegistries/, "--registry"],
  [/^config\/bootstrap\.yaml: github\.repository:/, "--github"],
  [/^config\/bootstrap\.yaml: github\.repositoryId/, "--repository-id"],
  [/^config\/bootstrap\.yaml: github\.ownerId/, "--owner-id"],
  [/^config\/bootstrap\.yaml: projectId/, "--ci-project"],
  [/^config\/environments\/[^:]+: folderId/, "--folders"],
  [/^config\/environments\/[^:]+: cluster\.(secretsEncryptionKey|backup)/, "--kms-project"],
  [/^config\/environments\/[^:]+: (region|file name)/, "--region / --environments"],
  [/^config\/environments\/[^:]+: projectId/, "--prefix / --environments"],
];
const withFlag = (line: string) => {
  const flag = FLAG_OF.find(([re]) => re.test(line))?.[1];
  return flag ? `${line} (set by ${flag})` : line;
};

/** Writes the estate into a scratch folder and validates it as synthesis does; returns every problem. */
function problemsOf(files: ReadonlyMap<string, string>): string[] {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "kit-init-"));
  try {
    for (const [rel, text] of files) {
      fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
      fs.writeFileSync(path.join(stage, rel), text);
    }
    fs.mkdirSync(path.join(stage, CONFIG_PATHS.services));
    loadBootstrapConfig(stage, loadConfig(stage).environments);
    synthesize({ root: stage, outdir: path.join(stage, "cdktf.out"), workers: 1 });
    return [];
  } catch (e) {
    if (e instanceof ConfigError)
      return e.issues.map((i: ConfigIssue) => withFlag(`${i.file}: ${i.field}: ${i.message}`));
    if (e instanceof PolicyError) return [e.message];
    throw e;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Replaces the estate under `root` with `files`: the example's environments and services go. */
function writeEstate(root: string, files: ReadonlyMap<string, string>): void {
  for (const dir of [CONFIG_PATHS.environments, CONFIG_PATHS.services]) {
    const abs = path.join(root, dir);
    for (const f of fs.existsSync(abs) ? fs.readdirSync(abs) : []) if (/\.ya?ml$/.test(f)) fs.rmSync(path.join(abs, f));
    fs.mkdirSync(abs, { recursive: true });
  }
  for (const [rel, text] of files) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

function nextSteps(a: InitAnswers, written: readonly string[]): string {
  return [
    `Wrote ${written.join(", ")}; removed the example's environments and services.`,
    "",
    "Next steps:",
    "  1. Review config/ (authorized networks, node pools, budgets); `npm run synth` validates any edit.",
    `  2. Create the projects ${a.ciProject} and ${a.environments.map((e) => `${a.prefix}-gke-${e}`).join(", ")}${a.kmsProject ? `, and the KMS keys in ${a.kmsProject}` : ""}.`,
    "  3. Bootstrap CI once: npm run bootstrap:synth && cd bootstrap && npx cdktf deploy bootstrap (docs/ci.md, Bootstrap).",
    "  4. Commit and push to main: the deploy workflow promotes " + a.environments.join(" -> ") + ".",
    "  5. Add a service: npm run new-service -- <name> --team <team>, then open a pull request.",
  ].join("\n");
}

/** `npm run init`: returns the exit code and what to print; writes only when everything is valid. */
export function init(argv: readonly string[], root: string): CommandResult {
  const args = parseCommand("init", HELP, argv, OPTIONS);
  if (answered(args)) return args;
  const answers = answersFrom(args.values as Values);
  const fail = (problems: string[]) => ({
    code: 1,
    out: `init: ${problems.length} problem(s); nothing was written.\n${problems.map((p) => `  ${p}`).join("\n")}`,
  });
  if (Array.isArray(answers)) return fail(answers);
  const files = estateFiles(answers);
  const problems = problemsOf(files);
  if (problems.length > 0) return fail(problems);
  writeEstate(root, files);
  const derived = regenerateEstate(root);
  return { code: 0, out: nextSteps(answers, [...files.keys(), ...derived.filter((f) => f.startsWith(".github"))]) };
}

if (require.main === module) runCommand((argv) => init(argv, process.env.KIT_ROOT ?? process.cwd()));
