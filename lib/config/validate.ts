import { sandboxPlacementIssues } from "../options/sandbox";
import { parseCidr } from "../cidr";
import { naming } from "../naming";
import { KIT_LABEL_KEYS, MAX_LABELS } from "../gcp/names";
import { at, Check, renamed } from "../check";
import { isWildcard } from "../gcp/tls";
import { checkArmorRules } from "../gcp/armor";
import { checkBackupPlan } from "../gcp/backup";
import { checkBudget, DEFAULT_THRESHOLDS } from "../gcp/billing";
import { checkClusterSettings, checkObservability } from "../gcp/cluster";
import { checkMaintenanceExclusions, checkMaintenanceWindow } from "../gcp/maintenance";
import { checkNetworkRanges, NETWORK_RANGE_LIMITS } from "../gcp/network";
import { checkNodePool } from "../gcp/node-pool";
import { checkRedis } from "../gcp/redis";
import { day2Settings, redisTier, serviceBudget } from "./effective";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue, suggest } from "./errors";
import { zonesOf } from "./regions";
import { checkIsolation } from "./isolation";
import { checkPromotion } from "./promotion";
import { checkEstate } from "./estate-checks";
import { productionRefusals, ProductionValue } from "../policy/production";
import { waiverFor } from "../policy/waivers";
import { bucketLocationProblem, kmsLocationFor } from "../gcp/storage";

/** Prefix-length bounds per range: the Network construct's, plus the control plane's /28. */
const RANGE_LIMITS = {
  ...NETWORK_RANGE_LIMITS,
  masterCidr: { min: 28, max: 28, hint: "GKE requires exactly a /28 for the control plane" },
};
type RangeKey = keyof typeof RANGE_LIMITS;

const ENV_NAME = /^[a-z][a-z0-9]{1,9}$/;

function checkEnvironment(env: EnvironmentConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: env.file, field, message });

  if (!ENV_NAME.test(env.name)) {
    add(
      "",
      `file name "${env.name}" is the environment name: use 2-10 lowercase letters or digits, starting with a letter (e.g. dev.yaml, prd2.yaml)`,
    );
  }

  // Rules shared with the constructs (lib/gcp): config reports them first, with file and field.
  const check: Check = (ok, field, message) => {
    if (!ok) add(field, message);
  };
  const rangeKeys = Object.keys(RANGE_LIMITS) as RangeKey[];
  checkNetworkRanges(
    Object.fromEntries(rangeKeys.map((k) => [`network.${k}`, (env.network as Record<string, unknown>)[k] as string])),
    Object.fromEntries(rangeKeys.map((k) => [`network.${k}`, RANGE_LIMITS[k]])),
    check,
  );

  env.cluster.authorizedNetworks.forEach((n, i) => {
    const parsed = parseCidr(n.cidr);
    if (typeof parsed === "string") add(`cluster.authorizedNetworks[${i}].cidr`, parsed);
    else if (parsed.prefix === 0)
      add(
        `cluster.authorizedNetworks[${i}].cidr`,
        "0.0.0.0/0 opens the control plane to the internet; list your VPN or office ranges",
      );
  });
  const names = new Set<string>();
  env.cluster.authorizedNetworks.forEach((n, i) => {
    if (names.has(n.name))
      add(`cluster.authorizedNetworks[${i}].name`, `"${n.name}" is listed twice; names must be unique`);
    names.add(n.name);
  });

  const pools = new Set<string>();
  env.cluster.nodePools.forEach((p, i) => {
    if (pools.has(p.name))
      add(`cluster.nodePools[${i}].name`, `"${p.name}" is used by another node pool; names must be unique`);
    pools.add(p.name);
    const zones = zonesOf(env.region);
    (p.zones ?? []).forEach((z, j) => {
      if (!zones.includes(z))
        add(
          `cluster.nodePools[${i}].zones[${j}]`,
          `"${z}" is not a zone of ${env.region}; use one of ${zones.join(", ")}`,
        );
    });
  });

  const c = env.cluster;
  if (c.maintenanceWindow) checkMaintenanceWindow(c.maintenanceWindow, at(check, "cluster.maintenanceWindow"));
  checkMaintenanceExclusions(c.maintenanceExclusions, c.releaseChannel, at(check, "cluster.maintenanceExclusions"));
  checkClusterSettings(
    { ...c, region: env.region, authorizedNetworkCount: c.authorizedNetworks.length },
    at(check, "cluster"),
  );
  // The values the stack will use, defaults included (a dev default may meet an explicit setting).
  checkObservability(day2Settings(env).observability, at(check, "cluster.observability"));
  c.nodePools.forEach((p, i) => checkNodePool(p, at(check, `cluster.nodePools[${i}]`)));
  if (c.backup) checkBackupPlan(c.backup, at(check, "cluster.backup"));
  if (env.armor) checkArmorRules(env.armor, at(check, "armor"));
  return issues;
}

function checkService(
  svc: ServiceConfig,
  platform: PlatformConfig | undefined,
  envs: Map<string, EnvironmentConfig>,
  envNames: readonly string[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: svc.file, field, message });
  const check: Check = (ok, field, message) => {
    if (!ok) add(field, message);
  };
  const fileName = svc.file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  if (fileName !== svc.name)
    add("name", `"${svc.name}" must match the file name "${fileName}"; rename the file or the service`);

  const seen = new Set<string>();
  svc.environments.forEach((e, i) => {
    if (seen.has(e)) add(`environments[${i}]`, `"${e}" is listed twice`);
    seen.add(e);
    if (!envNames.includes(e)) {
      const hint = suggest(e, envNames);
      add(
        `environments[${i}]`,
        `"${e}" is not an environment (config/environments/${e}.yaml does not exist).${hint ? ` Did you mean "${hint}"?` : ""} Known: ${envNames.join(", ")}`,
      );
    }
  });
  svc.serviceAccountRoles.forEach((r, i) => {
    if (platform && !platform.serviceAccountRoleAllowList.includes(r)) {
      add(
        `serviceAccountRoles[${i}]`,
        `"${r}" is not in serviceAccountRoleAllowList of config/platform.yaml; pick an allowed role or ask the platform team to review and add it`,
      );
    }
  });
  for (const e of Object.keys((svc.budget || undefined)?.environmentAmounts ?? {})) {
    if (!svc.environments.includes(e))
      add(
        `budget.environmentAmounts.${e}`,
        `"${e}" is not one of this service's environments (${svc.environments.join(", ")})`,
      );
  }
  const perEnvironment = { "route.hostnames": svc.route.hostnames, "redis.kmsKeys": svc.redis?.kmsKeys ?? {} };
  for (const [field, byEnv] of Object.entries(perEnvironment)) {
    for (const e of Object.keys(byEnv)) {
      if (!svc.environments.includes(e))
        add(`${field}.${e}`, `"${e}" is not one of this service's environments (${svc.environments.join(", ")})`);
    }
  }
  if (svc.route.type === "ingress") {
    for (const [e, hosts] of Object.entries(svc.route.hostnames))
      hosts.forEach((host, i) => {
        if (isWildcard(host))
          add(
            `route.hostnames.${e}[${i}]`,
            `"${host}" is a wildcard, which GKE Ingress managed certificates cannot cover; use route type gateway (Certificate Manager with DNS authorization) or name the hosts`,
          );
      });
  }
  if ((svc.sql?.builtInUsers.length ?? 0) > 0 && !waiverFor(svc.waivers, "SQL006")) {
    add(
      "sql.builtInUsers",
      "password users need a waiver { rule: SQL006, reason: ... }; use IAM database authentication (the workload's service account is already a database user) instead",
    );
  }
  const bucketNames = new Set<string>();
  svc.buckets.forEach((b, i) => {
    if (bucketNames.has(b.name))
      add(`buckets[${i}].name`, `"${b.name}" is used by another bucket of this service; names must be unique`);
    bucketNames.add(b.name);
  });
  for (const e of svc.environments) {
    const env = envs.get(e);
    if (!env) continue;
    checkServiceData(svc, env, add);
    if (svc.route.type === "gateway" && env.cluster.gatewayApi === "CHANNEL_DISABLED") {
      add(
        "route.type",
        `gateway needs the Gateway API on cluster "${e}", which has cluster.gatewayApi: CHANNEL_DISABLED; use route type ingress or ask the platform team to enable it`,
      );
    }
    if (platform && !env.folderId && !platform.organizationId) {
      add(
        "environments",
        `environment "${e}" has no folderId and config/platform.yaml has no organizationId, so the project has nowhere to live; set one of them`,
      );
    }
    if (env.productionLike && (svc.route.hostnames[e] ?? []).length === 0 && !waiverFor(svc.waivers, "TLS001"))
      add(
        `route.hostnames.${e}`,
        `production-like environment "${e}" serves only HTTPS, which needs the service's host names (Google-managed certificate, HTTP-to-HTTPS redirect, TLS 1.2+): add them (new-service: --host ${e}=<name>), or waive TLS001 with a reason`,
      );
    if (svc.redis)
      checkRedis(
        { ...svc.redis, tier: redisTier(env, svc.redis), kmsKey: svc.redis.kmsKeys[e], region: env.region },
        renamed(at(check, "redis"), { kmsKey: `kmsKeys.${e}` }),
      );
    const budget = platform && serviceBudget(platform, env, svc);
    if (budget) checkBudget({ ...budget, thresholds: budget.thresholds ?? DEFAULT_THRESHOLDS }, at(check, "budget"));
  }
  if (svc.armor) checkArmorRules(svc.armor, at(check, "armor"));
  if (platform && svc.budget) checkCurrency(svc.budget.currency, platform, check);
  // Per-environment checks may find the same problem once per environment.
  return issues.filter((i, k) => issues.findIndex((j) => j.field === i.field && j.message === i.message) === k);
}

/** Budgets use the billing account's currency, declared once as billingCurrency in platform.yaml. */
function checkCurrency(currency: string | undefined, platform: PlatformConfig, check: Check): void {
  check(
    currency === undefined || currency === platform.billingCurrency,
    "budget.currency",
    `is ${currency}, but the billing account's currency is ${platform.billingCurrency} (billingCurrency in config/platform.yaml) and the Budget API accepts no other: remove currency here`,
  );
}

/** Cloud SQL and bucket settings that depend on the environment (production, region). */
function checkServiceData(
  svc: ServiceConfig,
  env: EnvironmentConfig,
  add: (field: string, message: string) => void,
): void {
  // Production decisions are the rule pack's (lib/policy/production.ts); config reports them first.
  const decided: ProductionValue[] = [
    ["RED004", "redis.tier", svc.redis?.tier],
    ["SQL005", "sql.availability", svc.sql?.availability],
    ["SQL010", "sql.tier", svc.sql?.tier],
  ];
  for (const r of productionRefusals(decided, env, svc.waivers)) add(r.field, r.message);
  svc.buckets.forEach((b, i) => {
    const location = b.location ?? env.region;
    const problem = bucketLocationProblem(location, env.region);
    if (problem) add(`buckets[${i}].location`, `${problem} (environment "${env.name}")`);
    const keyLocation = b.kmsKey?.split("/")[3];
    if (keyLocation && keyLocation !== kmsLocationFor(location)) {
      add(
        `buckets[${i}].kmsKey`,
        `is in location "${keyLocation}" but a bucket in ${location} takes a key in KMS location "${kmsLocationFor(location)}" (environment "${env.name}"); use a key ring there`,
      );
    }
  });
}

/**
 * Checks that need several files at once, over the files that passed their schema; checks
 * that need a file that did not (e.g. platform.yaml) are skipped, its own problems reported.
 * `environmentNames` lists every environment file, parsed or not.
 */
export function crossValidate(
  platform: PlatformConfig | undefined,
  environments: readonly EnvironmentConfig[],
  services: readonly ServiceConfig[],
  environmentNames: readonly string[] = environments.map((e) => e.name),
): ConfigIssue[] {
  const issues = [
    ...environments.flatMap(checkEnvironment),
    ...checkIsolation(platform, environments, services, environmentNames),
    ...(platform ? checkPromotion(platform, environmentNames) : []),
    ...checkEstate(environments, services),
    ...sandboxPlacementIssues(environments, services),
  ];
  const envs = new Map(environments.map((e) => [e.name, e]));

  const hostProjects = new Map<string, string>();
  for (const env of environments) {
    const labelKeys = new Set([...Object.keys(platform?.labels ?? {}), ...Object.keys(env.labels), ...KIT_LABEL_KEYS]);
    if (labelKeys.size > MAX_LABELS) {
      issues.push({
        file: env.file,
        field: "labels",
        message: `with config/platform.yaml's labels and the ${KIT_LABEL_KEYS.length} the kit sets (${KIT_LABEL_KEYS.join(", ")}), resources would carry ${labelKeys.size} labels; Google Cloud allows ${MAX_LABELS}: remove some`,
      });
    }
    if (platform && env.budget) {
      checkCurrency(
        env.budget.currency,
        platform,
        (ok, field, message) => ok || issues.push({ file: env.file, field, message }),
      );
    }
    const other = hostProjects.get(env.projectId);
    if (other)
      issues.push({
        file: env.file,
        field: "projectId",
        message: `"${env.projectId}" is also the host project of ${other}; each environment needs its own project`,
      });
    hostProjects.set(env.projectId, env.file);
  }

  const byName = new Map<string, string>();
  const projectIds = new Map<string, string>(hostProjects);
  const workloads = new Map<string, string>();
  // A host name routes to one service: on a shared Gateway another team's route could take its traffic.
  const hosts = new Map<string, string>();
  for (const svc of services) {
    issues.push(...checkService(svc, platform, envs, environmentNames));
    const other = byName.get(svc.name);
    if (other) {
      // Its project and namespace clashes follow from the duplicate; one message is enough.
      issues.push({
        file: svc.file,
        field: "name",
        message: `"${svc.name}" is already defined in ${other}; service names must be unique`,
      });
      continue;
    }
    byName.set(svc.name, svc.file);

    for (const e of svc.environments) {
      if (!envs.has(e) || !platform) continue;
      const id = naming.serviceProjectId(platform.prefix, svc.name, e);
      const clash = projectIds.get(id);
      if (clash && clash !== svc.file) {
        issues.push({
          file: svc.file,
          field: "name",
          message: `project ID "${id}" (environment ${e}) collides with ${clash}; rename the service`,
        });
      }
      projectIds.set(id, svc.file);
      const ksa = `${e}/${svc.namespace ?? svc.name}/${svc.kubernetesServiceAccount ?? svc.name}`;
      const ksaClash = workloads.get(ksa);
      if (ksaClash)
        issues.push({
          file: svc.file,
          field: "namespace",
          message: `namespace/service account "${ksa}" is already used by ${ksaClash}; pick another namespace`,
        });
      workloads.set(ksa, svc.file);
      (svc.route.hostnames[e] ?? []).forEach((host, i) => {
        const owner = hosts.get(`${e}/${host}`);
        if (owner && owner !== svc.file)
          issues.push({
            file: svc.file,
            field: `route.hostnames.${e}[${i}]`,
            message: `"${host}" already routes to ${owner} in ${e}; a host name belongs to one service`,
          });
        hosts.set(`${e}/${host}`, svc.file);
      });
    }
  }
  issues.push(...wildcardOverlaps(services, hosts));
  return issues;
}

/**
 * A host under another service's wildcard in the same environment (`pay.shop.example.com`
 * beside `*.shop.example.com`): on the shared Gateway the more specific route wins, so the
 * second service would silently take part of the first one's traffic.
 */
function wildcardOverlaps(services: readonly ServiceConfig[], hosts: ReadonlyMap<string, string>): ConfigIssue[] {
  return services.flatMap((svc) =>
    Object.entries(svc.route.hostnames).flatMap(([e, list]) =>
      list.flatMap((host, i) => {
        if (isWildcard(host) || !host.includes(".")) return [];
        const wildcard = `*.${host.slice(host.indexOf(".") + 1)}`;
        const owner = hosts.get(`${e}/${wildcard}`);
        return owner && owner !== svc.file
          ? [
              {
                file: svc.file,
                field: `route.hostnames.${e}[${i}]`,
                message: `"${host}" falls under "${wildcard}" of ${owner} in ${e}; host names are unique per Gateway, wildcards included: ask that service to name its hosts, or pick another name`,
              },
            ]
          : [];
      }),
    ),
  );
}
