import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { stringify } from "yaml";
import { loadConfig, CONFIG_PATHS } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { serviceSchema } from "../lib/config/schema";
import { schemaModeline } from "./schema-files";
import { naming } from "../lib/naming";
import { DEFAULT_WAF_RULES } from "../constructs/armor-policy";
import { GATEWAY_NAMESPACE } from "../lib/gcp/gateway";

const HELP = `Usage: npm run new-service -- <name> [options]

Writes services/<name>.yaml, validates it with the same rules as synthesis and prints
what the service will get. Nothing is written if anything is wrong.

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
  -h, --help              show this help

Example:
  npm run new-service -- checkout --team payments --redis --armor
  npm run new-service -- ledger --team payments --sql postgres --bucket exports
  npm run new-service -- search --team storefront --route gateway --host prd=search.example.com`;

export interface CommandResult {
  readonly code: number;
  readonly out: string;
}

function fail(message: string): CommandResult {
  return { code: 1, out: `new-service: ${message}\nRun with --help for usage.` };
}

/** Scaffolds a service definition in `root`; returns the exit code and what to print. */
export function newService(argv: readonly string[], root: string): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
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
        help: { type: "boolean", short: "h", default: false },
      },
    });
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

  // Read what exists first: the new file is judged against it.
  let existing;
  try {
    existing = loadConfig(root);
  } catch (e) {
    if (e instanceof ConfigError)
      return { code: 1, out: `new-service: fix the existing configuration first.\n${e.message}` };
    throw e;
  }
  const file = path.posix.join(CONFIG_PATHS.services, `${name}.yaml`);
  const abs = path.join(root, file);
  for (const ext of ["yaml", "yml"]) {
    const other = path.join(root, CONFIG_PATHS.services, `${name}.${ext}`);
    if (fs.existsSync(other))
      return fail(
        `${path.posix.join(CONFIG_PATHS.services, `${name}.${ext}`)} already exists; edit it instead, or pick another name`,
      );
  }

  const team = v.team ?? name;
  const domain = existing.platform.teamGroupDomain;
  if (!v.group && !domain)
    return fail("give --group <email>: config/platform.yaml has no teamGroupDomain to derive it from");
  const redisSize = v["redis-size"] === undefined ? 1 : Number(v["redis-size"]);
  if (v["redis-size"] !== undefined && !v.redis) return fail("--redis-size needs --redis");
  if (v.sql !== undefined && v.sql !== "postgres" && v.sql !== "mysql")
    return fail(`--sql takes postgres or mysql, got "${v.sql}"`);
  const buckets = v.bucket ?? [];
  if (v.route !== undefined && v.route !== "ingress" && v.route !== "gateway")
    return fail(`--route takes ingress or gateway, got "${v.route}"`);
  const hostnames: Record<string, string[]> = {};
  for (const h of v.host ?? []) {
    const [env, host, ...rest] = h.split("=");
    if (!env || !host || rest.length > 0)
      return fail(`--host takes <env>=<host name>, e.g. prd=pay.example.com; got "${h}"`);
    hostnames[env] = [...(hostnames[env] ?? []), host];
  }
  const route = v.route || v.host ? { type: v.route ?? "ingress", ...(v.host ? { hostnames } : {}) } : undefined;
  const definition = {
    name,
    team,
    teamGroup: v.group ?? `${team}@${domain}`,
    costCenter: v["cost-center"] ?? team,
    environments: v.envs
      ? v.envs
          .split(",")
          .map((e) => e.trim())
          .filter(Boolean)
      : existing.environments.map((e) => e.name),
    ...(v.namespace ? { namespace: v.namespace } : {}),
    apis: [],
    serviceAccountRoles: [],
    ...(v.redis ? { redis: { memorySizeGb: redisSize } } : {}),
    ...(v.armor ? { armor: { wafRules: DEFAULT_WAF_RULES.map((r) => ({ ruleSet: r.ruleSet })) } } : {}),
    ...(route ? { route } : {}),
    ...(v.sql ? { sql: { engine: v.sql } } : {}),
    ...(buckets.length > 0 ? { buckets: buckets.map((b) => ({ name: b })) } : {}),
  };
  const text =
    `${schemaModeline(file)}\n` +
    `# ${name}: created by \`npm run new-service\`. Reference: README.md, "Adding a service".\n` +
    stringify(definition, { lineWidth: 0 });

  // 'wx' refuses to overwrite even if the file appeared meanwhile; on any error it is removed.
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text, { flag: "wx" });
  let config;
  try {
    config = loadConfig(root);
  } catch (e) {
    fs.rmSync(abs, { force: true });
    if (e instanceof ConfigError) return { code: 1, out: `new-service: nothing was written.\n${e.message}` };
    throw e;
  }

  const prefix = config.platform.prefix;
  const lines = [
    `Created ${file}`,
    "",
    "What the service gets, per environment:",
    ...definition.environments.map((env) => {
      const projectId = naming.serviceProjectId(prefix, name, env);
      return `  ${env}: project ${projectId}, stack ${naming.serviceStack(name, env)}, service account ${naming.workloadServiceAccount(name)}@${projectId}.iam.gserviceaccount.com`;
    }),
    `  Kubernetes: namespace ${definition.namespace ?? name} in cluster ${definition.environments.map((e) => naming.cluster(e)).join(", ")}`,
    ...(v.redis
      ? [`  Redis: ${redisSize} GB, connection details in Secret Manager secret ${naming.redisSecret(name)}`]
      : []),
    ...(v.sql
      ? [
          `  Cloud SQL (${v.sql}): instance ${definition.environments.map((e) => naming.sqlInstance(name, e)).join(", ")}, database ${name.replace(/-/g, "_")}, IAM login as the service account`,
        ]
      : []),
    ...buckets.map(
      (b) =>
        `  Bucket ${b}: ${definition.environments.map((e) => naming.bucket(naming.serviceProjectId(prefix, name, e), b)).join(", ")}`,
    ),
    ...(v.armor
      ? [`  Cloud Armor: policy ${definition.environments.map((e) => naming.armorPolicy(name, e)).join(", ")}`]
      : []),
    route?.type === "gateway"
      ? `  Route: an HTTPRoute on each environment's shared Gateway (${naming.sharedGateway()} in namespace ${GATEWAY_NAMESPACE}), Armor policy through a GCPBackendPolicy`
      : "  Route: an Ingress of its own, Armor policy through a BackendConfig (--route gateway: the shared Gateway instead)",
    "",
    "Next steps:",
    `  1. Review ${file}: add APIs (apis) and workload roles (serviceAccountRoles) you need.`,
    `  2. npm run synth   # validates and writes cdktf.out/, incl. service-kits/${name}/ (kustomize base/ and overlays/<env>/)`,
    `  3. git checkout -b add-${name} && git add ${file} && git commit -m "Add ${name}" && git push`,
    "  4. Open a pull request: CI runs the tests and posts the plan of your stacks; merging deploys them.",
  ];
  return { code: 0, out: lines.join("\n") };
}

if (require.main === module) {
  const { code, out } = newService(process.argv.slice(2), process.env.KIT_ROOT ?? process.cwd());
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}
