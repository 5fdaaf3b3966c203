import { EnvironmentConfig } from "./schema";
import { ConfigIssue } from "./errors";
import { zonesOf } from "./regions";
import { NodePoolConfig } from "../options/node-pool";
import { naming } from "../naming";
import { Check, at } from "../check";
import { findOverlaps, NamedCidr, parseCidr } from "../cidr";
import { checkNetworkRanges, NETWORK_RANGE_LIMITS } from "../gcp/network";
import { checkNodePool } from "../gcp/node-pool";
import { kmsKeyLocation } from "../gcp/cluster";

/** A cluster's ranges: its subnet, pods, services, control plane and (optional) proxy-only subnet. */
export interface ClusterRanges {
  readonly subnetCidr: string;
  readonly podsCidr: string;
  readonly servicesCidr: string;
  readonly masterCidr: string;
  readonly proxyOnlyCidr?: string;
}

/**
 * One regional cluster of an environment, resolved from its file: what the stack builds it
 * from and what config validation checks, so both see the same names and values.
 */
export interface ClusterSite {
  /** The environment's default cluster (top-level region, network, cluster.nodePools, nat). */
  readonly isDefault: boolean;
  /** Config name (`clusters[].name`); the default cluster has none. */
  readonly key?: string;
  /** Where its own settings are in the environment file: "" (top level) or "clusters[0].". */
  readonly field: string;
  readonly region: string;
  readonly clusterName: string;
  readonly subnetName: string;
  /** Prefix of the subnet's secondary range names. */
  readonly rangePrefix: string;
  readonly natName: string;
  readonly backupPlanName: string;
  readonly ranges: ClusterRanges;
  readonly nodePools: readonly NodePoolConfig[];
  /** The node pools are the default cluster's (the cluster names none of its own). */
  readonly inheritsNodePools: boolean;
  readonly nat: EnvironmentConfig["nat"];
  /** Keys of the cluster's region (Cloud KMS keys are regional). */
  readonly secretsEncryptionKey?: string;
  readonly bootDiskEncryptionKey?: string;
  readonly backupEncryptionKey?: string;
}

/**
 * Every cluster of an environment, the default one first: its names are the single-cluster
 * names an environment had before it listed further clusters, so nothing of it moves.
 */
export function clusterSites(env: EnvironmentConfig): ClusterSite[] {
  const n = env.network;
  const c = env.cluster;
  const defaultSite: ClusterSite = {
    isDefault: true,
    field: "",
    region: env.region,
    clusterName: naming.cluster(env.name),
    subnetName: naming.subnet(env.name, env.region),
    rangePrefix: naming.network(env.name),
    natName: naming.nat(env.name),
    backupPlanName: naming.backupPlan(env.name),
    ranges: {
      subnetCidr: n.subnetCidr,
      podsCidr: n.podsCidr,
      servicesCidr: n.servicesCidr,
      masterCidr: n.masterCidr,
      proxyOnlyCidr: n.proxyOnlyCidr,
    },
    nodePools: c.nodePools,
    inheritsNodePools: false,
    nat: env.nat,
    secretsEncryptionKey: c.secretsEncryptionKey,
    bootDiskEncryptionKey: c.bootDiskEncryptionKey,
    backupEncryptionKey: c.backup?.encryptionKey,
  };
  const others = env.clusters.map((x, i): ClusterSite => ({
    isDefault: false,
    key: x.name,
    field: `clusters[${i}].`,
    region: x.region,
    clusterName: naming.cluster(env.name, x.name),
    subnetName: naming.subnet(env.name, x.region),
    rangePrefix: `${naming.network(env.name)}-${x.name}`,
    natName: naming.nat(env.name, x.name),
    backupPlanName: naming.backupPlan(env.name, x.name),
    ranges: x.network,
    nodePools: x.nodePools ?? c.nodePools,
    inheritsNodePools: x.nodePools === undefined,
    nat: x.nat ?? env.nat,
    secretsEncryptionKey: x.secretsEncryptionKey,
    bootDiskEncryptionKey: x.bootDiskEncryptionKey,
    backupEncryptionKey: x.backupEncryptionKey,
  }));
  return [defaultSite, ...others];
}

/** Prefix-length bounds per range: the subnets' and peering's, plus the control plane's /28. */
const RANGE_LIMITS = {
  ...NETWORK_RANGE_LIMITS,
  masterCidr: { min: 28, max: 28, hint: "GKE requires exactly a /28 for the control plane" },
};

/** Every range of an environment by the field that sets it: all clusters' and the private service access range. */
function rangesOf(env: EnvironmentConfig): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {
    "network.privateServiceAccessCidr": env.network.privateServiceAccessCidr,
  };
  for (const site of clusterSites(env))
    for (const [k, v] of Object.entries(site.ranges)) out[`${site.field || ""}network.${k}`] = v;
  return out;
}

const limitOf = (field: string) => RANGE_LIMITS[field.replace(/^.*\./, "") as keyof typeof RANGE_LIMITS];

/**
 * The environment's clusters: ranges valid and apart from each other across every cluster,
 * one cluster per region (a region has one subnet and one proxy-only subnet per VPC), node
 * pools that fit the cluster's region, and a Cloud KMS key of its own region wherever the
 * default cluster encrypts with one.
 */
export function checkClusters(env: EnvironmentConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const check: Check = (ok, field, message) => {
    if (!ok) issues.push({ file: env.file, field, message });
  };
  const ranges = rangesOf(env);
  checkNetworkRanges(ranges, Object.fromEntries(Object.keys(ranges).map((f) => [f, limitOf(f)])), check);
  const sites = clusterSites(env);
  const regions = new Map<string, string>([[sites[0].region, sites[0].clusterName]]);
  const names = new Set<string>();
  for (const site of sites.filter((s) => !s.isDefault)) {
    check(!names.has(site.key!), `${site.field}name`, `"${site.key}" names another cluster too; names must be unique`);
    names.add(site.key!);
    const other = regions.get(site.region);
    check(
      other === undefined,
      `${site.field}region`,
      `${site.region} already has ${other}: one cluster per region (its subnet and proxy-only subnet are the region's); add node pools there instead, or pick another region`,
    );
    if (other === undefined) regions.set(site.region, site.clusterName);
    checkSitePools(site, at(check, `${site.field}nodePools`));
    checkSiteKeys(env, site, check);
  }
  return issues;
}

function checkSitePools(site: ClusterSite, check: Check): void {
  const zones = zonesOf(site.region);
  const pools = new Set<string>();
  site.nodePools.forEach((p, i) => {
    if (!site.inheritsNodePools) {
      check(!pools.has(p.name), `[${i}].name`, `"${p.name}" is used by another node pool; names must be unique`);
      pools.add(p.name);
      checkNodePool(p, at(check, `[${i}]`));
    }
    const foreign = (p.zones ?? []).filter((z) => !zones.includes(z));
    check(
      foreign.length === 0,
      site.inheritsNodePools ? "" : `[${i}].zones`,
      site.inheritsNodePools
        ? `the default cluster's pool "${p.name}" is pinned to zones ${foreign.join(", ")}, not in ${site.region}: give this cluster its own nodePools`
        : `${foreign.join(", ")} not in ${site.region}; use zones of ${zonesOf(site.region).join(", ")}`,
    );
  });
}

/** Cloud KMS keys are regional: a cluster in another region needs keys of its own region. */
function checkSiteKeys(env: EnvironmentConfig, site: ClusterSite, check: Check): void {
  const c = env.cluster;
  const keys = [
    ["secretsEncryptionKey", c.secretsEncryptionKey, site.secretsEncryptionKey],
    ["bootDiskEncryptionKey", c.bootDiskEncryptionKey, site.bootDiskEncryptionKey],
    ["backupEncryptionKey", c.backup?.encryptionKey, site.backupEncryptionKey],
  ] as const;
  for (const [field, byDefault, own] of keys) {
    check(
      byDefault === undefined || own !== undefined,
      `${site.field}${field}`,
      `is missing: the default cluster encrypts with ${byDefault}, and this cluster in ${site.region} needs a key of its own region (Cloud KMS keys are regional); set a key in ${site.region}`,
    );
    const location = own === undefined ? undefined : kmsKeyLocation(own);
    check(
      location === undefined || location === site.region,
      `${site.field}${field}`,
      `is a key in "${location}"; this cluster is in ${site.region}: use a key ring in ${site.region}`,
    );
  }
}

/**
 * Ranges of different environments apart from each other: environments are joined later (a
 * shared VPN, an interconnect, VPC peering), and overlapping ranges cannot be routed then.
 * Reported once, in the later file, naming the earlier one.
 */
export function checkRangesAcrossEnvironments(environments: readonly EnvironmentConfig[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen: { env: EnvironmentConfig; ranges: NamedCidr[] }[] = [];
  for (const env of environments) {
    const own = Object.entries(rangesOf(env)).flatMap(([name, text]) => {
      const cidr = text === undefined ? undefined : parseCidr(text);
      return cidr === undefined || typeof cidr === "string" ? [] : [{ name, cidr }];
    });
    for (const earlier of seen)
      for (const [a, b] of findOverlaps([...earlier.ranges, ...own]))
        if (earlier.ranges.includes(a) && own.includes(b))
          issues.push({
            file: env.file,
            field: b.name,
            message: `${b.cidr.text} overlaps ${a.name} ${a.cidr.text} of ${earlier.env.file}; environments need their own ranges to be routable to each other: pick another range`,
          });
    seen.push({ env, ranges: own });
  }
  return issues;
}

/** Several clusters: the environment has a multi-cluster Gateway and Multi-cluster Services. */
export const isMultiCluster = (env: EnvironmentConfig): boolean => env.clusters.length > 0;

/**
 * The route a service gets in an environment: multicluster where the environment has several
 * clusters, the shared (single-cluster) Gateway where it has one.
 */
export function routeTypeIn(env: EnvironmentConfig, type: "ingress" | "gateway" | "multicluster") {
  return type === "multicluster" && !isMultiCluster(env) ? "gateway" : type;
}
