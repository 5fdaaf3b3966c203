import { kitImageIssues } from "./kit-images";
import { sandboxPlacementIssues } from "../options/sandbox";
import { parseCidr } from "../cidr";
import { naming } from "../naming";
import { KIT_LABEL_KEYS, MAX_LABELS } from "../gcp/names";
import { at, Check } from "../check";
import { isWildcard } from "../gcp/tls";
import { checkArmorRules } from "../gcp/armor";
import { checkBackupPlan } from "../gcp/backup";
import { checkClusterSettings, checkObservability } from "../gcp/cluster";
import { checkMaintenanceExclusions, checkMaintenanceWindow } from "../gcp/maintenance";
import { checkNodePool } from "../gcp/node-pool";
import { day2Settings } from "./effective";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { ConfigIssue } from "./errors";
import { checkCurrency, checkService } from "./validate-service";
import { zonesOf } from "./regions";
import { checkIsolation } from "./isolation";
import { checkPromotion } from "./promotion";
import { checkEstate } from "./estate-checks";
import { checkClusters, checkRangesAcrossEnvironments } from "./clusters";

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
  issues.push(...checkClusters(env));

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

/**
 * Checks that need several files at once, over the files that passed their schema; checks
 * that need a file that did not (e.g. platform.yaml) are skipped, its own problems reported.
 * `environmentNames` lists every environment file, parsed or not.
 */
/** Each environment's label count and budget currency, and host projects across environments; returns project -> file. */
function checkEnvironmentsTogether(
  platform: PlatformConfig | undefined,
  environments: readonly EnvironmentConfig[],
  issues: ConfigIssue[],
): Map<string, string> {
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

  return hostProjects;
}

/** Names services take, per environment: the first file to take one keeps it. */
interface Taken {
  readonly projectIds: Map<string, string>;
  readonly workloads: Map<string, string>;
  /** A host name routes to one service: on a shared Gateway another team's route could take its traffic. */
  readonly hosts: Map<string, string>;
}

/** A service's project ID, namespace/service account and host names in environment `e`, against the services before it. */
function checkServiceClashes(svc: ServiceConfig, e: string, prefix: string, taken: Taken, issues: ConfigIssue[]): void {
  const { projectIds, workloads, hosts } = taken;
  const id = naming.serviceProjectId(prefix, svc.name, e);
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
    ...kitImageIssues(platform, environments, services),
    ...checkRangesAcrossEnvironments(environments),
  ];
  const envs = new Map(environments.map((e) => [e.name, e]));

  const hostProjects = checkEnvironmentsTogether(platform, environments, issues);

  const byName = new Map<string, string>();
  const taken: Taken = { projectIds: new Map(hostProjects), workloads: new Map(), hosts: new Map() };
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
      checkServiceClashes(svc, e, platform.prefix, taken, issues);
    }
  }
  issues.push(...wildcardOverlaps(services, taken.hosts));
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
