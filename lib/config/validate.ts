import { findOverlaps, isPrivate, NamedCidr, parseCidr } from "../cidr";
import { naming } from "../naming";
import { windowHoursPer32Days } from "../gcp/gke";
import { NETWORK_RANGE_LIMITS } from "../gcp/network";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue, suggest } from "./errors";
import { zonesOf } from "./regions";
import { checkIsolation } from "./isolation";
import { sqlTierProblem } from "../gcp/sql";
import { bucketLocationProblem } from "../gcp/storage";

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
    add("", `file name "${env.name}" is the environment name: use 2-10 lowercase letters or digits, starting with a letter (e.g. dev.yaml, prd2.yaml)`);
  }

  const ranges: NamedCidr[] = [];
  for (const key of Object.keys(RANGE_LIMITS) as RangeKey[]) {
    const { min, max, hint } = RANGE_LIMITS[key];
    const text = env.network[key];
    const parsed = parseCidr(text);
    if (typeof parsed === "string") {
      add(`network.${key}`, parsed);
      continue;
    }
    if (parsed.prefix < min || parsed.prefix > max) add(`network.${key}`, `is a /${parsed.prefix}; ${hint} (allowed /${min} to /${max})`);
    if (!isPrivate(parsed)) add(`network.${key}`, `${text} is not in private address space (10/8, 172.16/12, 192.168/16, 100.64/10); pick a private range`);
    ranges.push({ name: `network.${key}`, cidr: parsed });
  }
  for (const [a, b] of findOverlaps(ranges)) {
    add(b.name, `${b.cidr.text} overlaps ${a.name} ${a.cidr.text}; every range of the network needs its own space`);
  }

  env.cluster.authorizedNetworks.forEach((n, i) => {
    const parsed = parseCidr(n.cidr);
    if (typeof parsed === "string") add(`cluster.authorizedNetworks[${i}].cidr`, parsed);
    else if (parsed.prefix === 0) add(`cluster.authorizedNetworks[${i}].cidr`, "0.0.0.0/0 opens the control plane to the internet; list your VPN or office ranges");
  });
  const names = new Set<string>();
  env.cluster.authorizedNetworks.forEach((n, i) => {
    if (names.has(n.name)) add(`cluster.authorizedNetworks[${i}].name`, `"${n.name}" is listed twice; names must be unique`);
    names.add(n.name);
  });

  const pools = new Set<string>();
  env.cluster.nodePools.forEach((p, i) => {
    if (pools.has(p.name)) add(`cluster.nodePools[${i}].name`, `"${p.name}" is used by another node pool; names must be unique`);
    pools.add(p.name);
    const zones = zonesOf(env.region);
    (p.zones ?? []).forEach((z, j) => {
      if (!zones.includes(z)) add(`cluster.nodePools[${i}].zones[${j}]`, `"${z}" is not a zone of ${env.region}; use one of ${zones.join(", ")}`);
    });
  });

  const w = env.cluster.maintenanceWindow;
  if (w) {
    const hours = (Date.parse(w.endTime) - Date.parse(w.startTime)) / 3_600_000;
    const per32 = windowHoursPer32Days(w);
    if (!(hours > 0)) add("cluster.maintenanceWindow.endTime", "must be after startTime");
    else if (per32 !== undefined && per32 < 48) {
      add("cluster.maintenanceWindow", `gives ${per32} h of maintenance per 32 days; GKE needs at least 48 h: lengthen the window or add days`);
    } else if (per32 === undefined) {
      add("cluster.maintenanceWindow.recurrence", `"${w.recurrence}" is not understood; use FREQ=DAILY or FREQ=WEEKLY;BYDAY=TU,WE,TH`);
    }
  }
  env.cluster.maintenanceExclusions.forEach((e, i) => {
    if (Date.parse(e.endTime) <= Date.parse(e.startTime)) add(`cluster.maintenanceExclusions[${i}].endTime`, "must be after startTime");
  });
  return issues;
}

function checkService(svc: ServiceConfig, platform: PlatformConfig | undefined, envs: Map<string, EnvironmentConfig>, envNames: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: svc.file, field, message });
  const fileName = svc.file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  if (fileName !== svc.name) add("name", `"${svc.name}" must match the file name "${fileName}"; rename the file or the service`);

  const seen = new Set<string>();
  svc.environments.forEach((e, i) => {
    if (seen.has(e)) add(`environments[${i}]`, `"${e}" is listed twice`);
    seen.add(e);
    if (!envNames.includes(e)) {
      const hint = suggest(e, envNames);
      add(`environments[${i}]`, `"${e}" is not an environment (config/environments/${e}.yaml does not exist).${hint ? ` Did you mean "${hint}"?` : ""} Known: ${envNames.join(", ")}`);
    }
  });
  svc.serviceAccountRoles.forEach((r, i) => {
    if (platform && !platform.serviceAccountRoleAllowList.includes(r)) {
      add(`serviceAccountRoles[${i}]`, `"${r}" is not in serviceAccountRoleAllowList of config/platform.yaml; pick an allowed role or ask the platform team to review and add it`);
    }
  });
  for (const e of Object.keys((svc.budget || undefined)?.environmentAmounts ?? {})) {
    if (!svc.environments.includes(e)) add(`budget.environmentAmounts.${e}`, `"${e}" is not one of this service's environments (${svc.environments.join(", ")})`);
  }
  const waived = (rule: string) => svc.waivers.some((w) => w.rule === rule);
  if ((svc.sql?.builtInUsers.length ?? 0) > 0 && !waived("SQL006")) {
    add("sql.builtInUsers", "password users need a waiver { rule: SQL006, reason: ... }; use IAM database authentication (the workload's service account is already a database user) instead");
  }
  const bucketNames = new Set<string>();
  svc.buckets.forEach((b, i) => {
    if (bucketNames.has(b.name)) add(`buckets[${i}].name`, `"${b.name}" is used by another bucket of this service; names must be unique`);
    bucketNames.add(b.name);
  });
  for (const e of svc.environments) {
    const env = envs.get(e);
    if (!env) continue;
    checkServiceData(svc, env, add);
    if (platform && !env.folderId && !platform.organizationId) {
      add("environments", `environment "${e}" has no folderId and config/platform.yaml has no organizationId, so the project has nowhere to live; set one of them`);
    }
    const waivedHa = svc.waivers.some((w) => w.rule === "RED004");
    if (svc.redis?.tier === "BASIC" && env.productionLike && !waivedHa) {
      add("redis.tier", `BASIC is not allowed in production-like environment "${e}"; use STANDARD_HA or add a waiver { rule: RED004, reason: ... }`);
    }
  }
  return issues;
}

/** Cloud SQL and bucket settings that depend on the environment (production, region). */
function checkServiceData(svc: ServiceConfig, env: EnvironmentConfig, add: (field: string, message: string) => void): void {
  const sql = svc.sql;
  if (sql && env.productionLike) {
    const tier = sql.tier && sqlTierProblem(sql.tier, sql.edition, true);
    if (tier) add("sql.tier", `${tier} (environment "${env.name}")`);
    if (sql.availability === "ZONAL" && !svc.waivers.some((w) => w.rule === "SQL005")) {
      add("sql.availability", `ZONAL is not allowed in production-like environment "${env.name}"; use REGIONAL or add a waiver { rule: SQL005, reason: ... }`);
    }
  }
  svc.buckets.forEach((b, i) => {
    const location = b.location ?? env.region;
    const problem = bucketLocationProblem(location, env.region);
    if (problem) add(`buckets[${i}].location`, `${problem} (environment "${env.name}")`);
    const keyLocation = b.kmsKey?.split("/")[3];
    if (keyLocation && keyLocation !== location.toLowerCase()) {
      add(`buckets[${i}].kmsKey`, `is in location "${keyLocation}" but the bucket is in "${location.toLowerCase()}" (environment "${env.name}"); use a key ring in the bucket's location`);
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
  const issues = [...environments.flatMap(checkEnvironment), ...checkIsolation(platform, environments, services, environmentNames)];
  const envs = new Map(environments.map((e) => [e.name, e]));

  const hostProjects = new Map<string, string>();
  for (const env of environments) {
    const other = hostProjects.get(env.projectId);
    if (other) issues.push({ file: env.file, field: "projectId", message: `"${env.projectId}" is also the host project of ${other}; each environment needs its own project` });
    hostProjects.set(env.projectId, env.file);
  }

  const byName = new Map<string, string>();
  const projectIds = new Map<string, string>(hostProjects);
  const workloads = new Map<string, string>();
  for (const svc of services) {
    issues.push(...checkService(svc, platform, envs, environmentNames));
    const other = byName.get(svc.name);
    if (other) {
      // Its project and namespace clashes follow from the duplicate; one message is enough.
      issues.push({ file: svc.file, field: "name", message: `"${svc.name}" is already defined in ${other}; service names must be unique` });
      continue;
    }
    byName.set(svc.name, svc.file);

    for (const e of svc.environments) {
      if (!envs.has(e) || !platform) continue;
      const id = naming.serviceProjectId(platform.prefix, svc.name, e);
      const clash = projectIds.get(id);
      if (clash && clash !== svc.file) {
        issues.push({ file: svc.file, field: "name", message: `project ID "${id}" (environment ${e}) collides with ${clash}; rename the service` });
      }
      projectIds.set(id, svc.file);
      const ksa = `${e}/${svc.namespace ?? svc.name}/${svc.kubernetesServiceAccount ?? svc.name}`;
      const ksaClash = workloads.get(ksa);
      if (ksaClash) issues.push({ file: svc.file, field: "namespace", message: `namespace/service account "${ksa}" is already used by ${ksaClash}; pick another namespace` });
      workloads.set(ksa, svc.file);
    }
  }
  return issues;
}
