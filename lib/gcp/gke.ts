// GKE facts shared by the PrivateCluster construct and config validation.

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
export const KMS_KEY = /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]+\/keyRings\/[\w-]{1,63}\/cryptoKeys\/[\w-]{1,63}$/;

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
