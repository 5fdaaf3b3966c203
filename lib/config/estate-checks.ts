import { parseCidr } from "../cidr";
import { DEFAULT_POOL_ZONES } from "../gcp/gke";
import { DEFAULT_MAX_PODS_PER_NODE, nodesForPodsRange, nodesForSubnet, prefixFor } from "../gcp/capacity";
import { EnvironmentConfig, ServiceConfig } from "./schema";
import { ConfigIssue } from "./errors";
import { day2Settings } from "./effective";
import { zonesOf } from "./regions";

/**
 * Mistakes an adopter makes that each file's schema cannot see: folders shared between
 * environments, ranges too small for the node pools at their largest, keys in another
 * region, duplicate databases, backup counts the log retention cannot hold, bad egress
 * addresses. Each is a ConfigIssue naming the file, the field and the fix.
 */

/** Defaults of Cloud SQL backups (constructs/sql-instance.ts). */
const SQL_BACKUP_DEFAULTS = { retainedBackups: 14, logRetentionDays: 7 } as const;

/** Environments sharing a folderId: the later file is reported unless it waives it (sharedFolder). */
function checkSharedFolders(environments: readonly EnvironmentConfig[]): ConfigIssue[] {
  const owner = new Map<string, EnvironmentConfig>();
  const issues: ConfigIssue[] = [];
  for (const env of environments) {
    if (!env.folderId) continue;
    const first = owner.get(env.folderId);
    if (first && !env.sharedFolder)
      issues.push({
        file: env.file,
        field: "folderId",
        message: `"${env.folderId}" is also the folder of ${first.name} (${first.file}): the bootstrap grants each environment's CI identities roles on its folder, so ${env.name}'s identities would act on ${first.name}'s projects; give ${env.name} a folder of its own, or waive it with sharedFolder: { reason: ... }`,
      });
    if (!first) owner.set(env.folderId, env);
  }
  return issues;
}

/** The node subnet and the pods range hold every node pool at its maximum size in all its zones. */
function checkCapacity(env: EnvironmentConfig): ConfigIssue[] {
  const zoneCount = (zones: readonly string[] | undefined) =>
    zones?.length ?? Math.min(DEFAULT_POOL_ZONES, zonesOf(env.region).length);
  const pools = env.cluster.nodePools.map((p) => ({ name: p.name, max: p.maxNodes, zones: zoneCount(p.zones) }));
  const nodes = pools.reduce((n, p) => n + p.max * p.zones, 0);
  const sum = pools.map((p) => `${p.name}: ${p.max} per zone x ${p.zones} zones`).join(", ");
  const issues: ConfigIssue[] = [];
  const ranges = [
    [
      "network.podsCidr",
      env.network.podsCidr,
      nodesForPodsRange,
      `each node takes a /24 of it for up to ${DEFAULT_MAX_PODS_PER_NODE} pods`,
    ],
    ["network.subnetCidr", env.network.subnetCidr, nodesForSubnet, "each node takes one address, Google keeps 4"],
  ] as const;
  for (const [field, text, capacity, why] of ranges) {
    const cidr = parseCidr(text);
    if (typeof cidr === "string" || capacity(cidr.prefix) >= nodes) continue;
    issues.push({
      file: env.file,
      field,
      message: `${text} holds ${capacity(cidr.prefix)} nodes (${why}), but the node pools can grow to ${nodes} nodes (${sum}; minNodes and maxNodes count per zone in a regional cluster); use a /${prefixFor(nodes, capacity)} or larger, or lower maxNodes`,
    });
  }
  return issues;
}

/** The Backup for GKE key is in the cluster's region, as Backup for GKE requires. */
function checkBackupKey(env: EnvironmentConfig): ConfigIssue[] {
  const key = env.cluster.backup?.encryptionKey;
  const location = key?.split("/")[3];
  if (!key || location === env.region) return [];
  return [
    {
      file: env.file,
      field: "cluster.backup.encryptionKey",
      message: `is in location "${location}" but the cluster is in ${env.region}: the backup plan is in the cluster's region and takes a key of its own region only (cloud.google.com/kubernetes-engine/docs/add-on/backup-for-gke/concepts/about-locations); use a key ring in ${env.region}`,
    },
  ];
}

function checkService(svc: ServiceConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: svc.file, field, message });
  (svc.sql?.databases ?? []).forEach((d, i, all) => {
    if (all.indexOf(d) !== i) add(`sql.databases[${i}]`, `"${d}" is listed twice; list each database once`);
  });
  const backup = { ...SQL_BACKUP_DEFAULTS, ...svc.sql?.backup };
  // The API refuses "backup retention should be > transaction log retention" (HTTP 400).
  if (svc.sql && backup.retainedBackups <= backup.logRetentionDays)
    add(
      svc.sql.backup?.retainedBackups !== undefined ? "sql.backup.retainedBackups" : "sql.backup.logRetentionDays",
      `${backup.retainedBackups} retained backups cannot hold ${backup.logRetentionDays} days of transaction logs: Cloud SQL needs more backups than log days (point-in-time recovery starts from a backup); set retainedBackups above ${backup.logRetentionDays} or logRetentionDays below ${backup.retainedBackups}`,
    );
  svc.networkAccess.egress.forEach((rule, i) => {
    const cidr = parseCidr(rule.cidr);
    if (typeof cidr === "string") add(`networkAccess.egress[${i}].cidr`, `${cidr}; write the destination's network`);
  });
  return issues;
}

export function checkEstate(
  environments: readonly EnvironmentConfig[],
  services: readonly ServiceConfig[],
): ConfigIssue[] {
  return [
    ...checkSharedFolders(environments),
    ...environments.flatMap((e) => [...checkCapacity(e), ...checkBackupKey(e)]),
    ...services.flatMap(checkService),
  ];
}

/** Settings that are valid but have no effect: warned, never fatal. */
export function configWarnings(environments: readonly EnvironmentConfig[]): ConfigIssue[] {
  return environments
    .filter((env) => env.cluster.backup && !day2Settings(env).backup)
    .map((env) => ({
      file: env.file,
      field: "cluster.backup",
      message: `is ignored: backups are off in ${env.name} (${env.cluster.backup?.enabled === false ? "enabled: false" : "on by default only in production-like environments"}); set cluster.backup.enabled: true, or remove the block`,
    }));
}
