// GKE facts shared by the PrivateCluster construct and config validation.
import { GATEWAY_NAMESPACE } from "./gateway";

export interface MaintenanceWindowProps {
  /** RFC 3339 start of the first window, e.g. "2026-01-03T01:00:00Z". */
  readonly startTime: string;
  /** RFC 3339 end of the first window; the window length repeats. */
  readonly endTime: string;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA,SU". */
  readonly recurrence: string;
}

/** Hours of maintenance availability in the worst 32-day span; GKE rejects windows under 48. */
export function windowHoursPer32Days(w: MaintenanceWindowProps): number | undefined {
  const hours = (Date.parse(w.endTime) - Date.parse(w.startTime)) / 3_600_000;
  if (/^FREQ=DAILY(;|$)/.test(w.recurrence)) return hours * 32;
  const days = /^FREQ=WEEKLY;BYDAY=([A-Z,]+)$/.exec(w.recurrence);
  return days ? hours * days[1].split(",").length * 4 : undefined;
}
export const KMS_KEY =
  /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]+\/keyRings\/[\w-]{1,63}\/cryptoKeys\/[\w-]{1,63}$/;

/*
 * Control-plane access and node hardening arguments of google_container_cluster, as
 * provider v6.50.0 defines them (google/services/container/resource_container_cluster.go
 * and node_config.go at tag v6.50.0):
 * - control_plane_endpoints_config.dns_endpoint_config.allow_external_traffic (bool): user
 *   traffic over the DNS-based endpoint, authorized by IAM (container.clusters.connect).
 * - control_plane_endpoints_config.ip_endpoints_config.enabled (bool); the public IP
 *   endpoint itself is still private_cluster_config.enable_private_endpoint, which the
 *   provider sends as ipEndpointsConfig.enablePublicEndpoint = !enable_private_endpoint
 *   (expandControlPlaneEndpointsConfig).
 * - rbac_binding_config.enable_insecure_binding_system_unauthenticated / _authenticated (bool).
 * - anonymous_authentication_config.mode: "ENABLED" | "LIMITED" (LIMITED: health checks only).
 * - cost_management_config.enabled (bool): GKE cost allocation (namespace labels in billing export).
 * - node_pool_defaults.node_config_defaults.insecure_kubelet_readonly_port_enabled and
 *   node_config.kubelet_config.insecure_kubelet_readonly_port_enabled: "TRUE" | "FALSE" (strings).
 * - node_config.boot_disk_kms_key (string, ForceNew): CMEK for node boot disks.
 */
export const KUBELET_READONLY_PORT_OFF = "FALSE";

/**
 * node_config.kubelet_config.cpu_cfs_quota must be written out whenever kubelet_config is.
 * Provider v6.50.0 (google/services/container/node_config.go, expandKubeletConfig) reads
 * cfg["cpu_cfs_quota"], which SDK v2 fills with false for an unset bool of a present block,
 * and force-sends it: GKE then stores cpuCfsQuota=false and container CPU limits are not
 * enforced. v7.6.0 changed the default for new pools only (CHANGELOG 7.6.0, breaking
 * changes, PR #24569); existing pools keep false until the field is set explicitly, which
 * is an in-place update of the pool.
 */
export const KUBELET_CPU_CFS_QUOTA = true;

/** The kubelet settings of every node the kit creates (pools and the cluster's bootstrap pool). */
export const NODE_KUBELET_CONFIG = {
  insecureKubeletReadonlyPortEnabled: KUBELET_READONLY_PORT_OFF,
  cpuCfsQuota: KUBELET_CPU_CFS_QUOTA,
} as const;

/**
 * How a production cluster takes control-plane upgrades (provider 7.45.0, resource_container_cluster.go):
 * - rollback_safe_upgrade.control_plane_soak_duration: the upgraded control plane stays in a
 *   rollbackable state this long before the upgrade completes (a two-step upgrade); 6 h to 7 days.
 * - maintenance_policy.disruption_budget: the minimum interval between two automatic patch /
 *   minor control-plane upgrades (and so node upgrades). GKE's defaults are 24 h and 30 days,
 *   configurable from 0 to 90 days (cloud.google.com/kubernetes-engine/docs/how-to/cluster-disruption-budget).
 * Production takes a patch at most weekly (a week behind the environments before it) and soaks
 * every control-plane upgrade a day, within which it can be rolled back.
 */
export const PRODUCTION_UPGRADE_PACING = {
  controlPlaneSoak: "86400s",
  patchInterval: "604800s",
  minorInterval: "2592000s",
} as const;
export type UpgradePacing = {
  readonly controlPlaneSoak: string;
  readonly patchInterval: string;
  readonly minorInterval: string;
};
export const ANONYMOUS_AUTH_MODES = ["ENABLED", "LIMITED"] as const;

/**
 * Source ranges of Google's health checks and, for zonal NEG (GCE_VM_IP_PORT) backends of
 * external Application Load Balancers, of the GFE proxies: the same two ranges.
 * Source: https://cloud.google.com/load-balancing/docs/firewall-rules (table "minimum
 * required ingress allow firewall rules", global external and classic Application LB).
 */
export const GOOGLE_LB_SOURCE_RANGES = ["35.191.0.0/16", "130.211.0.0/22"] as const;

/**
 * With the IP endpoint's public address off, only internal addresses can be authorized
 * networks; the DNS-based endpoint, authorized by IAM, serves operators and CI anywhere.
 * Source: https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation
 */
export const DNS_ENDPOINT_DOC = "https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation";

export interface GkeDeprecation {
  /** The setting or feature, as the kit or the API names it. */
  readonly feature: string;
  readonly status: "removed" | "deprecated" | "current";
  /** ISO dates, when Google gives them. */
  readonly deprecated?: string;
  readonly removed?: string;
  /** What the kit does about it. */
  readonly kit: string;
  readonly source: string;
}

const POSTURE_DEPRECATIONS =
  "https://cloud.google.com/kubernetes-engine/docs/deprecations/posture-management-deprecation";
const SCANNING_REMOVAL = "https://cloud.google.com/kubernetes-engine/docs/deprecations/vulnerability-scanning-gkee";

/**
 * Every GKE, Cloud Armor and Memorystore setting the kit emits whose support was checked on
 * 2026-11-24, deprecated or not, so the next check starts from this list.
 */
export const GKE_DEPRECATIONS: readonly GkeDeprecation[] = [
  {
    feature:
      "security_posture_config.vulnerability_mode = VULNERABILITY_BASIC (workload vulnerability scanning, standard tier)",
    status: "removed",
    deprecated: "2024-07-23",
    removed: "2025-07-31",
    kit: "Not accepted in config; the cluster sends VULNERABILITY_DISABLED. Images are scanned by Artifact Analysis on the registry project (imageScanning).",
    source: SCANNING_REMOVAL,
  },
  {
    feature: "security_posture_config.vulnerability_mode = VULNERABILITY_ENTERPRISE (Advanced Vulnerability Insights)",
    status: "removed",
    deprecated: "2025-06-16",
    removed: "2026-06-16",
    kit: "Not accepted in config, as above.",
    source: SCANNING_REMOVAL,
  },
  {
    feature: "security_posture_config.mode = ENTERPRISE (advanced tier: GKE Threat Detection, preview)",
    status: "removed",
    deprecated: "2025-01-28",
    removed: "2025-03-31",
    kit: "Not accepted in config: its only addition is gone. BASIC (workload configuration auditing) stays the default.",
    source: POSTURE_DEPRECATIONS,
  },
  {
    feature: "security_posture_config.mode = BASIC (workload configuration auditing)",
    status: "current",
    kit: "Default everywhere; GKE019 requires it in production-like environments.",
    source: POSTURE_DEPRECATIONS,
  },
  {
    feature: "Artifact Analysis automatic scanning (containerscanning.googleapis.com) of Artifact Registry images",
    status: "current",
    kit: "What Google points to instead of workload scanning: enabled on the registry projects by imageScanning (on by default in production-like environments).",
    source: "https://cloud.google.com/artifact-analysis/docs/container-scanning-overview",
  },
  {
    feature: "enable_legacy_abac = false, master_auth.client_certificate_config.issue_client_certificate = false",
    status: "current",
    kit: "Both legacy mechanisms stay off; setting them off is still valid in provider v6.50.0 (resource_container_cluster.go).",
    source: "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster",
  },
  {
    feature: "logging_service / monitoring_service",
    status: "current",
    kit: "Not used: the kit sets logging_config and monitoring_config components, the current API fields.",
    source: "https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics",
  },
  {
    feature: "release_channel RAPID / REGULAR / STABLE / EXTENDED",
    status: "current",
    kit: "All four accepted; EXTENDED is charged after standard support ends.",
    source: "https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels",
  },
  {
    feature: "node metadata disable-legacy-endpoints = true",
    status: "current",
    kit: "Kept: legacy metadata endpoints are off on all supported GKE versions; the key is harmless and matches what GKE sets.",
    source: "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
  },
  {
    feature: "Cloud Armor preconfigured WAF rules *-v33-stable and cve-canary",
    status: "current",
    kit: "The kit offers only the CRS 3.3 stable rule sets (*-v33-stable) and cve-canary.",
    source: "https://cloud.google.com/armor/docs/waf-rules",
  },
  {
    feature: "Memorystore for Redis REDIS_6_X, REDIS_7_0, REDIS_7_2",
    status: "current",
    kit: "All supported (7.2 default in the kit); versions only upgrade in place, never downgrade.",
    source: "https://cloud.google.com/memorystore/docs/redis/supported-versions",
  },
];

/** Vulnerability modes GKE removed; the cluster sends VULNERABILITY_DISABLED instead. */
export const REMOVED_VULNERABILITY_MODES = ["VULNERABILITY_BASIC", "VULNERABILITY_ENTERPRISE"] as const;
/** Enabling it turns on Artifact Analysis automatic scanning of the project's Artifact Registry images. */
export const IMAGE_SCANNING_API = "containerscanning.googleapis.com";
/**
 * Namespaces no service may claim: Kubernetes reserves the `kube-` prefix
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/), `default`
 * collects anything without a namespace, GKE runs its own components in `gke-*` (e.g.
 * gke-managed-system, gke-gmp-system) and Managed Prometheus in `gmp-system`/`gmp-public`;
 * GKE add-ons use istio-system, config-management-system, gatekeeper-system and cnrm-system.
 */
export const RESERVED_NAMESPACES: readonly RegExp[] = [
  /^kube-/,
  /^gke-/,
  /^gmp-/,
  /^default$/,
  /^istio-system$/,
  /^config-management-/,
  /^gatekeeper-system$/,
  /^cnrm-/,
  /^asm-/,
  new RegExp(`^${GATEWAY_NAMESPACE}$`), // the shared Gateways (lib/gcp/gateway.ts)
];

/** Zones of a regional node pool when node_locations is not set (GKE's default for most regions). */
export const DEFAULT_POOL_ZONES = 3;
/**
 * Assumed minutes per upgrade batch: a surge node created and an old one drained and
 * deleted, or a blue-green batch drained. An estimate with headroom, not a documented figure.
 */
const MINUTES_PER_BATCH = 10;

export type PoolUpgradeShape =
  | { readonly nodes: number; readonly strategy: "SURGE"; readonly parallel: number }
  | {
      readonly nodes: number;
      readonly strategy: "BLUE_GREEN";
      readonly batchPercentage: number;
      readonly batchSoakSeconds: number;
      readonly poolSoakSeconds: number;
    };

/**
 * Estimated minutes for GKE to upgrade every node of a pool with its strategy: surge works
 * through the nodes `parallel` at a time; blue-green creates the green nodes, drains the blue
 * ones batch by batch with a soak after each, soaks the whole pool, then deletes blue.
 */
export function poolUpgradeMinutes(p: PoolUpgradeShape): number {
  if (p.strategy === "SURGE") return Math.ceil(p.nodes / Math.max(1, p.parallel)) * MINUTES_PER_BATCH;
  const batches = Math.ceil(1 / p.batchPercentage);
  return (
    2 * MINUTES_PER_BATCH +
    batches * (MINUTES_PER_BATCH + p.batchSoakSeconds / 60) +
    p.poolSoakSeconds / 60 +
    2 * MINUTES_PER_BATCH
  );
}

/**
 * Where pods reach Google from behind a default-deny NetworkPolicy.
 * - The GKE metadata server (Workload Identity tokens): 169.254.169.254:80, served on
 *   Dataplane V2 nodes at 169.254.169.252:988. Source: "Restrictions" of
 *   https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity (network
 *   policies must allow these; recalled from that page, not re-read for this commit).
 * - Google APIs over Private Google Access: private.googleapis.com 199.36.153.8/30 and
 *   restricted.googleapis.com 199.36.153.4/30, port 443. Source:
 *   https://cloud.google.com/vpc/docs/configure-private-google-access#domain-options
 * - Memorystore for Redis with in-transit encryption listens on 6378 (6379 without). Source:
 *   https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption
 */
export const METADATA_SERVER_EGRESS = [
  { cidr: "169.254.169.254/32", port: 80 },
  { cidr: "169.254.169.252/32", port: 988 },
] as const;
export const GOOGLE_APIS_VIPS = { private: "199.36.153.8/30", restricted: "199.36.153.4/30" } as const;
export const REDIS_TLS_PORT = 6378;
/**
 * The Cloud SQL Auth Proxy (the hand-off's sidecar) connects to the instance's private IP
 * on 3307. Source: https://cloud.google.com/sql/docs/postgres/sql-proxy ("How the Cloud SQL
 * Auth Proxy works": outbound connections on port 3307).
 */
export const SQL_PROXY_SERVER_PORT = 3307;

/**
 * GKE's control-plane log components (provider v6.50.0 logging_config.enable_components;
 * cloud.google.com/kubernetes-engine/docs/how-to/view-logs, "control plane logs").
 */
export const CONTROL_PLANE_LOGS = ["APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"] as const;
