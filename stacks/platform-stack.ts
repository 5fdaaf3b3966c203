import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { KitStack } from "./kit-stack";
import { Network } from "../constructs/network";
import { PrivateCluster } from "../constructs/private-cluster";
import { NodePool } from "../constructs/node-pool";
import { NodeServiceAccount } from "../constructs/node-service-account";
import { CloudNat } from "../constructs/cloud-nat";
import { ArmorPolicy } from "../constructs/armor-policy";
import { ProjectApis } from "../constructs/project-apis";
import { TlsFrontend } from "../constructs/tls-frontend";
import { CERTIFICATE_MANAGER_API } from "../lib/gcp/tls";
import { BackupPlan } from "../constructs/backup-plan";
import { BinaryAuthorizationPolicy } from "../constructs/binary-authorization-policy";
import { PrivateGoogleApisDns } from "../constructs/private-google-apis-dns";
import { PubsubTopic } from "../.gen/providers/google/pubsub-topic";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { FLEET_APIS } from "../lib/gcp/fleet";
import { addFleetParts } from "./fleet-parts";
import { naming } from "../lib/naming";
import { IMAGE_SCANNING_API, PRODUCTION_UPGRADE_PACING } from "../lib/gcp/gke";
import { PolicyReport } from "../lib/policy/aspect";
import { applyStackDefaults } from "./stack-defaults";
import { day2Settings, environmentLabels, environmentWaivers } from "./environment-context";

/** APIs the host project needs for the platform. */
const HOST_APIS = [
  "compute.googleapis.com",
  "container.googleapis.com",
  "servicenetworking.googleapis.com",
  "pubsub.googleapis.com",
  "logging.googleapis.com",
  "monitoring.googleapis.com",
  "containersecurity.googleapis.com",
];

const BINAUTHZ_API = "binaryauthorization.googleapis.com";
const DNS_API = "dns.googleapis.com";

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
 * One environment's shared platform in its host project: VPC, private GKE cluster and
 * node pools, Cloud NAT with fixed egress IPs, and the baseline Cloud Armor policy.
 */
export class PlatformStack extends KitStack {
  public readonly network: Network;
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
      waivers: environmentWaivers(env),
      report: props.report,
    });
    const net = env.network;
    const day2 = day2Settings(env);
    const c0 = env.cluster.binaryAuthorization;
    const binauthz = c0 === false ? undefined : c0 === true ? { dryRun: false, attestors: [] } : c0;
    const scanning = day2.imageScanning;
    const scanned = scanning.enabled ? scanning.registryProjects : [];
    const apis = new ProjectApis(this, "apis", {
      projectId: env.projectId,
      apis: [
        ...HOST_APIS,
        ...(day2.backup ? ["gkebackup.googleapis.com"] : []),
        ...(scanned.includes(env.projectId) ? [IMAGE_SCANNING_API] : []),
        ...(binauthz ? [BINAUTHZ_API] : []),
        ...(net.privateGoogleApisDns ? [DNS_API] : []),
        ...(env.cluster.gatewayApi !== "CHANNEL_DISABLED" ? [CERTIFICATE_MANAGER_API] : []),
        ...FLEET_APIS,
      ],
    });
    // Registries in other projects (e.g. a shared build project) get scanning there.
    for (const project of scanned.filter((p) => p !== env.projectId)) {
      new ProjectApis(this, `image-scanning-${project}`, { projectId: project, apis: [IMAGE_SCANNING_API] });
    }

    this.network = new Network(this, "network", {
      projectId: env.projectId,
      name: naming.network(env.name),
      subnetName: naming.subnet(env.name, env.region),
      region: env.region,
      subnetCidr: net.subnetCidr,
      podsCidr: net.podsCidr,
      servicesCidr: net.servicesCidr,
      privateServiceAccessCidr: net.privateServiceAccessCidr,
      flowLogs: net.flowLogs === false ? false : { flowSampling: net.flowLogs.sampling },
      // Resources named by literal project IDs must wait for their APIs on a fresh project.
      dependsOn: apis.of("compute.googleapis.com", "servicenetworking.googleapis.com"),
    });

    if (net.privateGoogleApisDns) {
      // Tenant NetworkPolicies allow Google APIs only on the VIP ranges: resolve them there.
      new PrivateGoogleApisDns(this, "private-google-apis", {
        projectId: env.projectId,
        networkId: this.network.network.id,
        zoneNamePrefix: naming.privateAccessZonePrefix(env.name),
        vip: net.privateGoogleApisDns.vip,
        registries: net.privateGoogleApisDns.registries,
        dependsOn: apis.of(DNS_API),
      });
    }

    const nodeSa = new NodeServiceAccount(this, "node-sa", {
      projectId: env.projectId,
      accountId: naming.nodeServiceAccount(env.name),
    });

    const c = env.cluster;
    const upgrades = c.notifications.enabled
      ? new PubsubTopic(this, "upgrade-notifications", {
          project: env.projectId,
          name: naming.upgradeTopic(env.name),
          messageRetentionDuration: "604800s",
          dependsOn: apis.of("pubsub.googleapis.com"),
        })
      : undefined;
    this.cluster = new PrivateCluster(this, "cluster", {
      projectId: env.projectId,
      name: naming.cluster(env.name),
      // Born a member of the environment's fleet; the fleet's Workload Identity pool is the host project's.
      fleetProject: env.projectId,
      region: env.region,
      networkId: this.network.network.id,
      subnetId: this.network.subnet.id,
      podsRangeName: this.network.podsRangeName,
      servicesRangeName: this.network.servicesRangeName,
      masterCidr: net.masterCidr,
      authorizedNetworks: c.authorizedNetworks.map((n) => ({ displayName: n.name, cidrBlock: n.cidr })),
      nodeServiceAccountEmail: nodeSa.email,
      privateEndpoint: c.privateEndpoint,
      dnsEndpoint: c.dnsEndpoint,
      bootDiskKmsKey: c.bootDiskEncryptionKey,
      releaseChannel: c.releaseChannel,
      dataplaneV2: c.dataplaneV2,
      gatewayApiChannel: c.gatewayApi,
      maintenanceWindow: c.maintenanceWindow,
      maintenanceExclusions: c.maintenanceExclusions,
      upgradePacing: env.productionLike ? PRODUCTION_UPGRADE_PACING : undefined,
      binaryAuthorization: binauthz !== undefined,
      rbacSecurityGroup: c.rbacSecurityGroup,
      secretsEncryptionKey: c.secretsEncryptionKey,
      deletionProtection: c.deletionProtection,
      notificationTopicId: upgrades?.id,
      notificationEvents: c.notifications.events,
      backupAgent: day2.backup,
      observability: day2.observability,
      securityPosture: day2.securityPosture,
      dependsOn: apis.of("container.googleapis.com", "containersecurity.googleapis.com"),
    });

    if (binauthz) {
      // Enforcing a policy nobody manages enforces the project default: allow everything.
      new BinaryAuthorizationPolicy(this, "binauthz", {
        projectId: env.projectId,
        trustedRegistries: platform.trustedImageRegistries,
        attestors: binauthz.attestors,
        dryRun: binauthz.dryRun,
        dependsOn: apis.of(BINAUTHZ_API),
      });
    }

    if (day2.backup) {
      const b = c.backup;
      new BackupPlan(this, "backup", {
        projectId: env.projectId,
        name: naming.backupPlan(env.name),
        clusterId: this.cluster.cluster.id,
        region: env.region,
        cronSchedule: b?.schedule,
        retainDays: b?.retainDays,
        deleteLockDays: b?.deleteLockDays,
        namespaces: b?.namespaces,
        includeVolumeData: b?.includeVolumeData,
        includeSecrets: b?.includeSecrets,
        encryptionKey: b?.encryptionKey,
        dependsOn: apis.of("gkebackup.googleapis.com"),
      });
    }

    for (const pool of c.nodePools) {
      new NodePool(this, `pool-${pool.name}`, {
        ...pool,
        projectId: env.projectId,
        clusterId: this.cluster.cluster.id,
        location: env.region,
        serviceAccountEmail: nodeSa.email,
        bootDiskKmsKey: c.bootDiskEncryptionKey,
      });
    }

    addFleetParts(this, {
      platform,
      env,
      services: props.services ?? [],
      upstreamProjectId: props.upstreamProjectId,
      clusters: [this.cluster],
      dependsOn: apis.of(...FLEET_APIS),
    });

    const nat = new CloudNat(this, "nat", {
      projectId: env.projectId,
      region: env.region,
      name: naming.nat(env.name),
      networkId: this.network.network.id,
      subnetId: this.network.subnet.id,
      staticIpCount: env.nat.staticIpCount,
      drainingIps: env.nat.drainingIps,
      minPortsPerVm: env.nat.minPortsPerVm,
    });

    // HTTPS for every route: the SSL policy Ingresses and the Gateway name, the Gateway's certificate map.
    const gatewayMap =
      env.cluster.gatewayApi !== "CHANNEL_DISABLED" && !env.gateway.certificateMap
        ? naming.certificateMap()
        : undefined;
    new TlsFrontend(this, "tls", {
      projectId: env.projectId,
      sslPolicyName: naming.sslPolicy(),
      certificateMapName: gatewayMap,
      dependsOn: apis.of("compute.googleapis.com", ...(gatewayMap ? [CERTIFICATE_MANAGER_API] : [])),
    });

    if (env.armor) {
      const armor = new ArmorPolicy(this, "armor-baseline", {
        projectId: env.projectId,
        name: naming.sharedArmorPolicy(env.name),
        description: `Baseline policy for ${env.name} ingresses`,
        ...env.armor,
      });
      new TerraformOutput(this, "baseline_armor_policy", {
        value: armor.name,
        description: "BackendConfig securityPolicy.name for services without their own policy",
      });
    }

    new TerraformOutput(this, "cluster_name", { value: this.cluster.cluster.name });
    new TerraformOutput(this, "cluster_location", { value: this.cluster.location });
    new TerraformOutput(this, "cluster_endpoint", { value: this.cluster.cluster.endpoint, sensitive: true });
    new TerraformOutput(this, "workload_identity_pool", { value: this.cluster.workloadPool });
    new TerraformOutput(this, "network_self_link", { value: this.network.network.selfLink });
    new TerraformOutput(this, "subnet_self_link", { value: this.network.subnet.selfLink });
    new TerraformOutput(this, "nat_egress_ips", {
      value: nat.egressIps,
      description: "Static egress IPs for partners' allow-lists",
    });
    if (env.nat.drainingIps > 0) {
      new TerraformOutput(this, "nat_draining_ips", {
        value: nat.drainingIps,
        description: "Egress IPs being drained: keep them allow-listed until drainingIps is 0",
      });
    }
    if (upgrades) {
      new TerraformOutput(this, "upgrade_notifications_topic", {
        value: upgrades.id,
        description: "Subscribe to hear about GKE upgrades before they happen",
      });
    }
    new TerraformOutput(this, "get_credentials", {
      value: `gcloud container clusters get-credentials ${naming.cluster(env.name)} --region ${env.region} --project ${env.projectId}${c.dnsEndpoint ? " --dns-endpoint" : ""}`,
    });
  }
}
