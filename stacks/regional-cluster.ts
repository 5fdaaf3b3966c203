import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ClusterSubnet } from "../constructs/cluster-subnet";
import { PrivateCluster, PrivateClusterProps } from "../constructs/private-cluster";
import { NodePool } from "../constructs/node-pool";
import { CloudNat } from "../constructs/cloud-nat";
import { BackupPlan } from "../constructs/backup-plan";
import { EnvironmentConfig } from "../lib/config/schema";
import { ClusterSite } from "../lib/config/clusters";
import { Day2Settings } from "./environment-context";
import { PRODUCTION_UPGRADE_PACING } from "../lib/gcp/gke";

export interface RegionalClusterProps {
  readonly env: EnvironmentConfig;
  readonly site: ClusterSite;
  readonly day2: Day2Settings;
  /** The environment's VPC. */
  readonly networkId: string;
  readonly nodeServiceAccountEmail: string;
  /** The environment's upgrade notification topic. @default none */
  readonly notificationTopicId?: string;
  /** API enablements the cluster and its backup plan wait for. */
  readonly clusterDependsOn: ITerraformDependable[];
  readonly backupDependsOn: ITerraformDependable[];
}

/**
 * One regional cluster of an environment with what lives in its region: its subnet, the
 * private cluster (a fleet member), its node pools, backup plan and Cloud NAT. The default
 * cluster's construct ID is "Default", which cdktf leaves out of logical IDs, so its resources
 * keep the addresses they had when an environment had one cluster.
 */
export class RegionalCluster extends Construct {
  public readonly site: ClusterSite;
  public readonly subnet: ClusterSubnet;
  public readonly cluster: PrivateCluster;
  public readonly nat: CloudNat;

  /** The construct ID of a site: "Default" for the default cluster, `cluster-<name>` for the others. */
  static idOf(site: ClusterSite): string {
    return site.isDefault ? "Default" : `cluster-${site.key}`;
  }

  constructor(scope: Construct, props: RegionalClusterProps) {
    const { env, site } = props;
    super(scope, RegionalCluster.idOf(site));
    this.site = site;
    const net = env.network;
    this.subnet = new ClusterSubnet(this, "network", {
      projectId: env.projectId,
      networkId: props.networkId,
      name: site.subnetName,
      region: site.region,
      rangePrefix: site.rangePrefix,
      subnetCidr: site.ranges.subnetCidr,
      podsCidr: site.ranges.podsCidr,
      servicesCidr: site.ranges.servicesCidr,
      proxyOnlyCidr: site.ranges.proxyOnlyCidr,
      flowLogs: net.flowLogs === false ? false : { flowSampling: net.flowLogs.sampling },
    });
    this.cluster = new PrivateCluster(this, "cluster", clusterProps(props, this.subnet));
    const placement = {
      projectId: env.projectId,
      clusterId: this.cluster.cluster.id,
      serviceAccountEmail: props.nodeServiceAccountEmail,
      bootDiskKmsKey: site.bootDiskEncryptionKey,
    };
    for (const pool of site.nodePools)
      new NodePool(this, `pool-${pool.name}`, { ...pool, ...placement, location: site.region });
    if (props.day2.backup) {
      const b = env.cluster.backup;
      new BackupPlan(this, "backup", {
        projectId: env.projectId,
        name: site.backupPlanName,
        clusterId: this.cluster.cluster.id,
        region: site.region,
        schedule: b?.schedule,
        retainDays: b?.retainDays,
        deleteLockDays: b?.deleteLockDays,
        namespaces: b?.namespaces,
        includeVolumeData: b?.includeVolumeData,
        includeSecrets: b?.includeSecrets,
        encryptionKey: site.backupEncryptionKey,
        dependsOn: props.backupDependsOn,
      });
    }
    this.nat = new CloudNat(this, "nat", {
      projectId: env.projectId,
      region: site.region,
      name: site.natName,
      networkId: props.networkId,
      subnetId: this.subnet.subnet.id,
      staticIpCount: site.nat.staticIpCount,
      drainingIps: site.nat.drainingIps,
      minPortsPerVm: site.nat.minPortsPerVm,
    });
  }
}

/** The private cluster's props: the environment's cluster settings in the site's region and subnet. */
function clusterProps(props: RegionalClusterProps, subnet: ClusterSubnet): PrivateClusterProps {
  const { env, site, day2 } = props;
  const c = env.cluster;
  return {
    projectId: env.projectId,
    name: site.clusterName,
    // Born a member of the environment's fleet; the fleet's Workload Identity pool is the host project's.
    fleetProject: env.projectId,
    region: site.region,
    networkId: props.networkId,
    subnetId: subnet.subnet.id,
    podsRangeName: subnet.podsRangeName,
    servicesRangeName: subnet.servicesRangeName,
    masterCidr: site.ranges.masterCidr,
    authorizedNetworks: c.authorizedNetworks.map((n) => ({ displayName: n.name, cidrBlock: n.cidr })),
    nodeServiceAccountEmail: props.nodeServiceAccountEmail,
    privateEndpoint: c.privateEndpoint,
    dnsEndpoint: c.dnsEndpoint,
    bootDiskKmsKey: site.bootDiskEncryptionKey,
    releaseChannel: c.releaseChannel,
    dataplaneV2: c.dataplaneV2,
    gatewayApiChannel: c.gatewayApi,
    maintenanceWindow: c.maintenanceWindow,
    maintenanceExclusions: c.maintenanceExclusions,
    upgradePacing: env.productionLike ? PRODUCTION_UPGRADE_PACING : undefined,
    binaryAuthorization: c.binaryAuthorization !== false,
    rbacSecurityGroup: c.rbacSecurityGroup,
    secretsEncryptionKey: site.secretsEncryptionKey,
    deletionProtection: c.deletionProtection,
    notificationTopicId: props.notificationTopicId,
    notificationEvents: c.notifications.events,
    backupAgent: day2.backup,
    observability: day2.observability,
    securityPosture: day2.securityPosture,
    dependsOn: props.clusterDependsOn,
  };
}
