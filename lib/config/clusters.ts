import { EnvironmentConfig } from "./schema";
import { NodePoolConfig } from "../options/node-pool";
import { naming } from "../naming";

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
  /** Where its settings are in the environment file, for messages: "" or "clusters[0].". */
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
  readonly nat: EnvironmentConfig["nat"];
  /** Keys of the cluster's region (Cloud KMS keys are regional). */
  readonly secretsEncryptionKey?: string;
  readonly bootDiskEncryptionKey?: string;
  readonly backupEncryptionKey?: string;
}

/** Every cluster of an environment, the default one first (its names are today's single-cluster names). */
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
    },
    nodePools: c.nodePools,
    nat: env.nat,
    secretsEncryptionKey: c.secretsEncryptionKey,
    bootDiskEncryptionKey: c.bootDiskEncryptionKey,
    backupEncryptionKey: c.backup?.encryptionKey,
  };
  return [defaultSite];
}
