import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { ProjectApis } from "../constructs/project-apis";
import { TlsFrontend } from "../constructs/tls-frontend";
import { ArmorPolicy } from "../constructs/armor-policy";
import { CERTIFICATE_MANAGER_API } from "../lib/gcp/tls";
import { FLEET_APIS } from "../lib/gcp/fleet";
import { IMAGE_SCANNING_API } from "../lib/gcp/gke";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { kitAdmissionPatterns } from "../lib/config/kit-images";
import { PubsubTopic } from "../.gen/providers/google/pubsub-topic";
import { BinaryAuthorizationPolicy } from "../constructs/binary-authorization-policy";
import { naming } from "../lib/naming";
import { Day2Settings } from "./environment-context";
import { RegionalCluster } from "./regional-cluster";
import { Network } from "../constructs/network";

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
export const BINAUTHZ_API = "binaryauthorization.googleapis.com";
export const DNS_API = "dns.googleapis.com";
export const BACKUP_API = "gkebackup.googleapis.com";

/** The Binary Authorization settings of the environment's clusters; undefined when off. */
export function binaryAuthorizationOf(env: EnvironmentConfig) {
  const b = env.cluster.binaryAuthorization;
  return b === false ? undefined : b === true ? { dryRun: false, attestors: [] } : b;
}

/** The host project's APIs, and image scanning in the registry projects elsewhere (e.g. a shared build project). */
export function platformApis(scope: Construct, env: EnvironmentConfig, day2: Day2Settings, extra: string[]) {
  const scanned = day2.imageScanning.enabled ? day2.imageScanning.registryProjects : [];
  const apis = new ProjectApis(scope, "apis", {
    projectId: env.projectId,
    // Each once: a multi-cluster feature may need an API the options above already enabled.
    apis: [
      ...new Set([
        ...HOST_APIS,
        ...(day2.backup ? [BACKUP_API] : []),
        ...(scanned.includes(env.projectId) ? [IMAGE_SCANNING_API] : []),
        ...(binaryAuthorizationOf(env) ? [BINAUTHZ_API] : []),
        ...(env.network.privateGoogleApisDns ? [DNS_API] : []),
        ...(env.cluster.gatewayApi !== "CHANNEL_DISABLED" ? [CERTIFICATE_MANAGER_API] : []),
        ...FLEET_APIS,
        ...extra,
      ]),
    ],
  });
  for (const project of scanned.filter((p) => p !== env.projectId)) {
    new ProjectApis(scope, `image-scanning-${project}`, { projectId: project, apis: [IMAGE_SCANNING_API] });
  }
  return apis;
}

/** Upgrade and security notifications of the environment's clusters, when on. */
export function upgradeTopic(scope: Construct, env: EnvironmentConfig, apis: ProjectApis): PubsubTopic | undefined {
  if (!env.cluster.notifications.enabled) return undefined;
  return new PubsubTopic(scope, "upgrade-notifications", {
    project: env.projectId,
    name: naming.upgradeTopic(env.name),
    messageRetentionDuration: "604800s",
    dependsOn: apis.of("pubsub.googleapis.com"),
  });
}

/** The project's Binary Authorization policy, which the clusters enforce. */
export function platformBinaryAuthorization(
  scope: Construct,
  platform: PlatformConfig,
  env: EnvironmentConfig,
  apis: ProjectApis,
  services: readonly ServiceConfig[],
): void {
  const binauthz = binaryAuthorizationOf(env);
  if (!binauthz) return;
  // Enforcing a policy nobody manages enforces the project default: allow everything.
  new BinaryAuthorizationPolicy(scope, "binauthz", {
    projectId: env.projectId,
    trustedRegistries: platform.trustedImageRegistries,
    // The kit's own sidecar images, so what the hand-off tells teams to run is admitted.
    admittedImages: kitAdmissionPatterns(platform, services),
    attestors: binauthz.attestors,
    dryRun: binauthz.dryRun,
    dependsOn: apis.of(BINAUTHZ_API),
  });
}

/**
 * HTTPS for every route: the SSL policy Ingresses and Gateways name, the Gateway's certificate
 * map; and the environment's baseline Cloud Armor policy.
 */
export function platformEdge(scope: Construct, env: EnvironmentConfig, apis: ProjectApis): void {
  const gatewayMap =
    env.cluster.gatewayApi !== "CHANNEL_DISABLED" && !env.gateway.certificateMap ? naming.certificateMap() : undefined;
  new TlsFrontend(scope, "tls", {
    projectId: env.projectId,
    sslPolicyName: naming.sslPolicy(),
    certificateMapName: gatewayMap,
    dependsOn: apis.of("compute.googleapis.com", ...(gatewayMap ? [CERTIFICATE_MANAGER_API] : [])),
  });
  if (!env.armor) return;
  const armor = new ArmorPolicy(scope, "armor-baseline", {
    projectId: env.projectId,
    name: naming.sharedArmorPolicy(env.name),
    description: `Baseline policy for ${env.name} ingresses`,
    ...env.armor,
  });
  new TerraformOutput(scope, "baseline_armor_policy", {
    value: armor.name,
    description: "BackendConfig securityPolicy.name for services without their own policy",
  });
}

/**
 * The platform's outputs. The default cluster's keep their single-cluster names; another
 * cluster's carry its name as a suffix (`cluster_name_<name>`).
 */
export function platformOutputs(
  scope: Construct,
  env: EnvironmentConfig,
  network: Network,
  clusters: readonly RegionalCluster[],
  upgradeTopicId: string | undefined,
): void {
  const out = (id: string, value: unknown, description?: string, sensitive?: boolean) =>
    new TerraformOutput(scope, id, { value, description, sensitive });
  out("workload_identity_pool", clusters[0].cluster.workloadPool);
  out("network_self_link", network.network.selfLink);
  for (const rc of clusters) {
    const site = rc.site;
    const suffix = site.isDefault ? "" : `_${site.key}`;
    out(`cluster_name${suffix}`, rc.cluster.cluster.name);
    out(`cluster_location${suffix}`, rc.cluster.location);
    out(`cluster_endpoint${suffix}`, rc.cluster.cluster.endpoint, undefined, true);
    out(`subnet_self_link${suffix}`, rc.subnet.subnet.selfLink);
    out(`nat_egress_ips${suffix}`, rc.nat.egressIps, "Static egress IPs for partners' allow-lists");
    if (site.nat.drainingIps > 0)
      out(
        `nat_draining_ips${suffix}`,
        rc.nat.drainingIps,
        "Egress IPs being drained: keep them allow-listed until drainingIps is 0",
      );
    out(
      `get_credentials${suffix}`,
      `gcloud container clusters get-credentials ${site.clusterName} --region ${site.region} --project ${env.projectId}${env.cluster.dnsEndpoint ? " --dns-endpoint" : ""}`,
    );
  }
  if (upgradeTopicId)
    out("upgrade_notifications_topic", upgradeTopicId, "Subscribe to hear about GKE upgrades before they happen");
}
