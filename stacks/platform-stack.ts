import { Construct } from "constructs";
import { KitStack } from "./kit-stack";
import { Network } from "../constructs/network";
import { PrivateCluster } from "../constructs/private-cluster";
import { NodeServiceAccount } from "../constructs/node-service-account";
import { PrivateGoogleApisDns } from "../constructs/private-google-apis-dns";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { clusterSites } from "../lib/config/clusters";
import { FLEET_APIS, MULTI_CLUSTER_APIS } from "../lib/gcp/fleet";
import { addFleetParts } from "./fleet-parts";
import { naming } from "../lib/naming";
import { PolicyReport } from "../lib/policy/aspect";
import { applyStackDefaults } from "./stack-defaults";
import { day2Settings, environmentLabels, environmentWaivers, teamAccessWaivers } from "./environment-context";
import { RegionalCluster } from "./regional-cluster";
import {
  BACKUP_API,
  DNS_API,
  platformApis,
  platformBinaryAuthorization,
  platformEdge,
  platformOutputs,
  upgradeTopic,
} from "./platform-parts";

export interface PlatformStackProps {
  readonly platform: PlatformConfig;
  readonly env: EnvironmentConfig;
  readonly report: PolicyReport;
  /** The services deployed to this environment: their teams get fleet scopes. @default none */
  readonly services?: readonly ServiceConfig[];
  /** Host project of the previous environment of the promotion chain (its fleet upgrades first). */
  readonly upstreamProjectId?: string;
}

/**
 * One environment's shared platform in its host project: the VPC, a private regional GKE
 * cluster per region (RegionalCluster: subnet, node pools, backups, Cloud NAT) in one fleet,
 * the TLS front end and the baseline Cloud Armor policy.
 */
export class PlatformStack extends KitStack {
  public readonly network: Network;
  /** Every cluster of the environment, the default one first. */
  public readonly clusters: readonly RegionalCluster[];
  /** The default cluster. */
  public readonly cluster: PrivateCluster;

  constructor(scope: Construct, props: PlatformStackProps) {
    const { env, platform } = props;
    super(scope, naming.platformStack(env.name));
    applyStackDefaults(this, {
      stateBucket: naming.stateBucket(platform.stateBucket, env.name),
      projectId: env.projectId,
      region: env.region,
      labels: environmentLabels(platform, env),
      productionLike: env.productionLike,
      productionDeclared: env.productionDeclared,
      organizationDomain: platform.teamGroupDomain,
      waivers: [...environmentWaivers(env), ...teamAccessWaivers(props.services ?? [])],
      report: props.report,
    });
    const day2 = day2Settings(env);
    const sites = clusterSites(env);
    const apis = platformApis(this, env, day2, sites.length > 1 ? MULTI_CLUSTER_APIS : []);
    this.network = new Network(this, "network", {
      projectId: env.projectId,
      name: naming.network(env.name),
      privateServiceAccessCidr: env.network.privateServiceAccessCidr,
      // Resources named by literal project IDs must wait for their APIs on a fresh project.
      dependsOn: apis.of("compute.googleapis.com", "servicenetworking.googleapis.com"),
    });
    const dns = env.network.privateGoogleApisDns;
    if (dns) {
      // Tenant NetworkPolicies allow Google APIs only on the VIP ranges: resolve them there.
      new PrivateGoogleApisDns(this, "private-google-apis", {
        projectId: env.projectId,
        networkId: this.network.network.id,
        zoneNamePrefix: naming.privateAccessZonePrefix(env.name),
        vip: dns.vip,
        registries: dns.registries,
        dependsOn: apis.of(DNS_API),
      });
    }
    const nodeSa = new NodeServiceAccount(this, "node-sa", {
      projectId: env.projectId,
      accountId: naming.nodeServiceAccount(env.name),
    });
    const upgrades = upgradeTopic(this, env, apis);
    this.clusters = sites.map(
      (site) =>
        new RegionalCluster(this, {
          env,
          site,
          day2,
          networkId: this.network.network.id,
          nodeServiceAccountEmail: nodeSa.email,
          notificationTopicId: upgrades?.id,
          clusterDependsOn: apis.of("container.googleapis.com", "containersecurity.googleapis.com"),
          backupDependsOn: day2.backup ? apis.of(BACKUP_API) : [],
        }),
    );
    this.cluster = this.clusters[0].cluster;
    platformBinaryAuthorization(this, platform, env, apis, props.services ?? []);
    addFleetParts(this, {
      platform,
      env,
      services: props.services ?? [],
      upstreamProjectId: props.upstreamProjectId,
      clusters: this.clusters.map((c) => c.cluster),
      dependsOn: apis.of(...FLEET_APIS, ...(sites.length > 1 ? MULTI_CLUSTER_APIS : [])),
    });
    platformEdge(this, env, apis);
    platformOutputs(this, env, this.network, this.clusters, upgrades?.id);
  }
}
