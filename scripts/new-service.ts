import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { stringify } from "yaml";
import { loadConfig, CONFIG_PATHS, KitConfig } from "../lib/config/load";
import { deliveryPlan } from "../lib/config/delivery";
import { ConfigError } from "../lib/config/errors";
import { serviceSchema } from "../lib/config/schema";
import { schemaModeline } from "./schema-files";
import { naming } from "../lib/naming";
import { DEFAULT_WAF_RULES } from "../constructs/armor-policy";
import { GATEWAY_NAMESPACE } from "../lib/gcp/gateway";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { regenerateCommittedEstate } from "./update-readme";

const HELP = `Usage: npm run new-service -- <name> [options]

Writes services/<name>.yaml, validates it with the same rules as synthesis, writes the
service's derived Config Sync baseline (config-sync/<env>/<name>.yaml, as npm run docs
does) and prints what the service will get. Nothing is written if anything is wrong.

Options:
  --team <team>           owning team (default: the service name)
  --group <email>         the team's Google group (default: <team>@<teamGroupDomain>)
  --cost-center <id>      cost-center label (default: the team name)
  --envs <a,b,c>          environments (default: all in config/environments)
  --redis                 add a Memorystore for Redis instance
  --redis-size <GB>       Redis memory in GB (default: 1)
  --armor                 add the service's own Cloud Armor policy (sqli, xss, Log4Shell WAF)
  --sql <engine>          add a Cloud SQL instance: postgres or mysql (private IP, IAM login)
  --bucket <name>         add a Cloud Storage bucket <project-id>-<name> (repeat for more)
  --namespace <ns>        Kubernetes namespace (default: the service name)
  --route <type>          how traffic reaches it: ingress (its own Ingress + BackendConfig, default)
                          or gateway (an HTTPRoute on the environment's shared Gateway, GKE Gateway API)
  --host <env>=<name>     a host name in one environment, e.g. prd=pay.example.com (repeat for more)
  --repo <owner/name>     the team's repository whose release workflow creates releases (Cloud Deploy);
                          needs --repo-id and --owner-id (gh api repos/<owner>/<name> --jq .id,.owner.id)
  --repo-id <id>          numeric repository ID (Workload Identity Federation binds IDs, not names)
  --owner-id <id>         numeric owner ID
  --no-delivery           no Cloud Deploy pipeline (default: one, through the environments in promotion order)
  -h, --help              show this help

Delivery: every service gets a Cloud Deploy pipeline in its first environment's project (a stage per
environment in promotion order, approval on production-like ones, a canary for --route gateway) and
a release identity; with --repo, the team's release workflow (service kit's release.yml) may use it.

Example:
  npm run new-service -- checkout --team payments --redis --armor
  npm run new-service -- ledger --team payments --sql postgres --bucket exports
  npm run new-service -- search --team storefront --route gateway --host prd=search.example.com
  npm run new-service -- ledger --team payments --repo acme/ledger --repo-id 700300 --owner-id 91234567`;

export interface CommandResult {
  readonly code: number;
  readonly out: string;
}

function fail(message: string): CommandResult {
  return { code: 1, out: `new-service: ${message}\nRun with --help for usage.` };
}

const OPTIONS = {
  team: { type: "string" },
  group: { type: "string" },
  "cost-center": { type: "string" },
  envs: { type: "string" },
  redis: { type: "boolean", default: false },
  "redis-size": { type: "string" },
  armor: { type: "boolean", default: false },
  sql: { type: "string" },
  bucket: { type: "string", multiple: true },
  namespace: { type: "string" },
  route: { type: "string" },
  host: { type: "string", multiple: true },
  repo: { type: "string" },
  "repo-id": { type: "string" },
  "owner-id": { type: "string" },
  "no-delivery": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>["values"];
type Definition = ReturnType<typeof serviceDefinition>;

/** The flags' problems, first one found; undefined when they are consistent. */
function flagProblem(v: Values): string | undefined {
  if (v["redis-size"] !== undefined && !v.redis) return "--redis-size needs --redis";
  if (v.sql !== undefined && v.sql !== "postgres" && v.sql !== "mysql")
    return `--sql takes postgres or mysql, got "${v.sql}"`;
  if (v.route !== undefined && v.route !== "ingress" && v.route !== "gateway")
    return `--route takes ingress or gateway, got "${v.route}"`;
  for (const h of v.host ?? []) {
    const [env, host, ...rest] = h.split("=");
    if (!env || !host || rest.length > 0) return `--host takes <env>=<host name>, e.g. prd=pay.example.com; got "${h}"`;
  }
  const repo = [v.repo, v["repo-id"], v["owner-id"]];
  if (repo.some((x) => x !== undefined) && repo.some((x) => x === undefined))
    return "--repo, --repo-id and --owner-id go together (gh api repos/<owner>/<name> --jq .id,.owner.id)";
  if (v["no-delivery"] && v.repo) return "--repo is for the delivery pipeline, which --no-delivery turns off";
  return undefined;
}

/** The service file's content from the flags (validated afterwards with the same rules as synthesis). */
function serviceDefinition(name: string, v: Values, domain: string | undefined, allEnvironments: readonly string[]) {
  const team = v.team ?? name;
  const hostnames: Record<string, string[]> = {};
  for (const [env, host] of (v.host ?? []).map((h) => h.split("="))) hostnames[env] = [...(hostnames[env] ?? []), host];
  const route = v.route || v.host ? { type: v.route ?? "ingress", ...(v.host ? { hostnames } : {}) } : undefined;
  const buckets = v.bucket ?? [];
  const delivery = v["no-delivery"]
    ? { enabled: false }
    : v.repo
      ? { repository: { name: v.repo, id: v["repo-id"], ownerId: v["owner-id"] } }
      : undefined;
  return {
    name,
    team,
    teamGroup: v.group ?? `${team}@${domain}`,
    costCenter: v["cost-center"] ?? team,
    environments: v.envs
      ? v.envs
          .split(",")
          .map((e) => e.trim())
          .filter(Boolean)
      : [...allEnvironments],
    ...(v.namespace ? { namespace: v.namespace } : {}),
    apis: [],
    serviceAccountRoles: [],
    ...(v.redis ? { redis: { memorySizeGb: redisSize(v) } } : {}),
    ...(v.armor ? { armor: { wafRules: DEFAULT_WAF_RULES.map((r) => ({ ruleSet: r.ruleSet })) } } : {}),
    ...(route ? { route } : {}),
    ...(v.sql ? { sql: { engine: v.sql } } : {}),
    ...(buckets.length > 0 ? { buckets: buckets.map((b) => ({ name: b })) } : {}),
    ...(delivery ? { delivery } : {}),
  };
}

const redisSize = (v: Values) => (v["redis-size"] === undefined ? 1 : Number(v["redis-size"]));

/** Parses the command line: the service name and flags, or what to print. */
function parseCommandLine(argv: readonly string[]): { name: string; v: Values } | CommandResult {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { code: 0, out: HELP };
  if (positionals.length !== 1)
    return fail(
      positionals.length === 0
        ? "give the service name, e.g. `npm run new-service -- payments`"
        : `expected one service name, got ${positionals.join(" ")}`,
    );
  const name = positionals[0];
  const nameCheck = serviceSchema.shape.name.safeParse(name);
  if (!nameCheck.success) return fail(`service name "${name}" ${nameCheck.error.issues[0].message}`);
  const problem = flagProblem(v);
  return problem ? fail(problem) : { name, v };
}

/** Scaffolds a service definition in `root`; returns the exit code and what to print. */
export function newService(argv: readonly string[], root: string): CommandResult {
  const cmd = parseCommandLine(argv);
  if ("code" in cmd) return cmd;
  const { name, v } = cmd;
  // Read what exists first: the new file is judged against it.
  let existing;
  try {
    existing = loadConfig(root);
    // What the estate's derived files are made from, checked before anything is written.
    loadBootstrapConfig(root, existing.environments);
  } catch (e) {
    if (e instanceof ConfigError)
      return { code: 1, out: `new-service: fix the existing configuration first.\n${e.message}` };
    throw e;
  }
  const file = path.posix.join(CONFIG_PATHS.services, `${name}.yaml`);
  for (const ext of ["yaml", "yml"]) {
    if (fs.existsSync(path.join(root, CONFIG_PATHS.services, `${name}.${ext}`)))
      return fail(
        `${path.posix.join(CONFIG_PATHS.services, `${name}.${ext}`)} already exists; edit it instead, or pick another name`,
      );
  }
  const domain = existing.platform.teamGroupDomain;
  if (!v.group && !domain)
    return fail("give --group <email>: config/platform.yaml has no teamGroupDomain to derive it from");
  const definition = serviceDefinition(
    name,
    v,
    domain,
    existing.environments.map((e) => e.name),
  );
  const written = writeValidated(root, file, definition);
  if (written) return written;
  // The estate's committed derived files follow the service (its Config Sync baseline in each
  // environment, config-sync/<env>/): written now, so the pull request is complete and its
  // `npm test` finds them up to date.
  const derived = regenerateCommittedEstate(root);
  return { code: 0, out: summary(file, derived, definition, v, loadConfig(root)).join("\n") };
}

/** Writes the file ('wx': never over another) and validates the estate with it; removes it on any error. */
function writeValidated(root: string, file: string, definition: Definition): CommandResult | undefined {
  const abs = path.join(root, file);
  const text =
    `${schemaModeline(file)}\n` +
    `# ${definition.name}: created by \`npm run new-service\`. Reference: README.md, "Adding a service".\n` +
    stringify(definition, { lineWidth: 0 });
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text, { flag: "wx" });
  try {
    loadConfig(root);
  } catch (e) {
    fs.rmSync(abs, { force: true });
    if (e instanceof ConfigError) return { code: 1, out: `new-service: nothing was written.\n${e.message}` };
    throw e;
  }
  return undefined;
}

/** What the service gets, per environment, and the next steps. */
function summary(file: string, derived: string[], definition: Definition, v: Values, config: KitConfig): string[] {
  const { name, environments } = definition;
  const prefix = config.platform.prefix;
  const service = config.services.find((s) => s.name === name)!;
  const plan = deliveryPlan(config.platform, config.environments, service);
  const each = (f: (env: string) => string) => environments.map(f).join(", ");
  return [
    `Created ${file}`,
    ...(derived.length > 0
      ? [`Updated ${derived.join(", ")} (derived from the estate, as npm run docs writes them)`]
      : []),
    "",
    "What the service gets, per environment:",
    ...environments.map((env) => {
      const projectId = naming.serviceProjectId(prefix, name, env);
      return `  ${env}: project ${projectId}, stack ${naming.serviceStack(name, env)}, service account ${naming.workloadServiceAccount(name)}@${projectId}.iam.gserviceaccount.com`;
    }),
    `  Kubernetes: namespace ${definition.namespace ?? name} in cluster ${each((e) => naming.cluster(e))}`,
    ...(v.redis
      ? [`  Redis: ${redisSize(v)} GB, connection details in Secret Manager secret ${naming.redisSecret(name)}`]
      : []),
    ...(v.sql
      ? [
          `  Cloud SQL (${v.sql}): instance ${each((e) => naming.sqlInstance(name, e))}, database ${name.replace(/-/g, "_")}, IAM login as the service account`,
        ]
      : []),
    ...(v.bucket ?? []).map(
      (b) => `  Bucket ${b}: ${each((e) => naming.bucket(naming.serviceProjectId(prefix, name, e), b))}`,
    ),
    ...(v.armor ? [`  Cloud Armor: policy ${each((e) => naming.armorPolicy(name, e))}`] : []),
    definition.route?.type === "gateway"
      ? `  Route: an HTTPRoute on each environment's shared Gateway (${naming.sharedGateway()} in namespace ${GATEWAY_NAMESPACE}), Armor policy through a GCPBackendPolicy`
      : "  Route: an Ingress of its own, Armor policy through a BackendConfig (--route gateway: the shared Gateway instead)",
    ...(plan
      ? [
          `  Delivery: Cloud Deploy pipeline ${plan.pipeline} in ${plan.projectId} (${plan.region}), stages ${plan.stages.map((s) => `${s.env}${plan.targets.find((t) => t.id === s.targetId)?.requireApproval ? " (approval)" : ""}`).join(" -> ")}; releases by ${plan.releaseServiceAccount}${v.repo ? ` from ${v.repo}` : " (add delivery.repository to let your repository release)"}`,
        ]
      : ["  Delivery: none (--no-delivery)"]),
    "",
    "Next steps:",
    `  1. Review ${file}: add APIs (apis) and workload roles (serviceAccountRoles) you need.`,
    `  2. npm run synth   # validates and writes cdktf.out/, incl. service-kits/${name}/ (kustomize base/ and overlays/<env>/${plan ? ", skaffold.yaml, release.yml" : ""})`,
    `  3. git checkout -b add-${name} && git add ${[file, ...derived].join(" ")} && git commit -m "Add ${name}" && git push`,
    "  4. Open a pull request: CI runs the tests and posts the plan of your stacks; merging deploys them.",
    ...(plan
      ? [
          `  5. Copy cdktf.out/service-kits/${name}/ to deploy/ of your repository and release.yml to .github/workflows/ (README, "Delivery").`,
        ]
      : []),
  ];
}

if (require.main === module) {
  const { code, out } = newService(process.argv.slice(2), process.env.KIT_ROOT ?? process.cwd());
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}
