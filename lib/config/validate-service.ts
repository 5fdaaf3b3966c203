import { at, Check, renamed } from "../check";
import { isWildcard } from "../gcp/tls";
import { checkArmorRules } from "../gcp/armor";
import { checkBudget, DEFAULT_THRESHOLDS } from "../gcp/billing";
import { checkRedis } from "../gcp/redis";
import { bucketLocationProblem, kmsLocationFor } from "../gcp/storage";
import { redisTier, serviceBudget } from "./effective";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue, suggest } from "./errors";
import { productionRefusals, ProductionValue } from "../policy/production";
import { waiverFor } from "../policy/waivers";

// Checks of one service file against the platform and its environments (crossValidate in
// validate.ts runs them and the checks across services).

export function checkService(
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

  checkServiceReferences(svc, platform, envNames, add);
  for (const e of svc.environments) {
    const env = envs.get(e);
    if (env) checkServiceIn(svc, env, platform, add, check);
  }
  if (svc.armor) checkArmorRules(svc.armor, at(check, "armor"));
  if (platform && svc.budget) checkCurrency(svc.budget.currency, platform, check);
  // Per-environment checks may find the same problem once per environment.
  return issues.filter((i, k) => issues.findIndex((j) => j.field === i.field && j.message === i.message) === k);
}

/** What a service file names: its environments, roles, per-environment keys, hosts, users and buckets. */
function checkServiceReferences(
  svc: ServiceConfig,
  platform: PlatformConfig | undefined,
  envNames: readonly string[],
  add: (field: string, message: string) => void,
): void {
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
}

/** A service's settings that depend on one of its environments. */
function checkServiceIn(
  svc: ServiceConfig,
  env: EnvironmentConfig,
  platform: PlatformConfig | undefined,
  add: (field: string, message: string) => void,
  check: Check,
): void {
  const e = env.name;
  checkServiceData(svc, env, add);
  if (svc.route.type !== "ingress" && env.cluster.gatewayApi === "CHANNEL_DISABLED") {
    add(
      "route.type",
      `${svc.route.type} needs the Gateway API on cluster "${e}", which has cluster.gatewayApi: CHANNEL_DISABLED; use route type ingress or ask the platform team to enable it`,
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

/** Budgets use the billing account's currency, declared once as billingCurrency in platform.yaml. */
export function checkCurrency(currency: string | undefined, platform: PlatformConfig, check: Check): void {
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
