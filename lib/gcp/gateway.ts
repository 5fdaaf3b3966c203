// How a service's traffic reaches it on GKE: Ingress (BackendConfig) or the GKE Gateway API.

/**
 * google_container_cluster.gateway_api_config.channel, provider v6.50.0
 * (google/services/container/resource_container_cluster.go: Optional+Computed block, MaxItems 1,
 * `channel` Required, StringInSlice below; updated in place, HasChange("gateway_api_config")).
 * CHANNEL_STANDARD installs the Gateway API's standard-channel CRDs (Gateway, HTTPRoute, ...)
 * and GKE's GatewayClasses (https://cloud.google.com/kubernetes-engine/docs/how-to/deploying-gateways).
 */
export const GATEWAY_API_CHANNELS = ["CHANNEL_DISABLED", "CHANNEL_EXPERIMENTAL", "CHANNEL_STANDARD"] as const;
export type GatewayApiChannel = (typeof GATEWAY_API_CHANNELS)[number];

/**
 * GKE's GatewayClass for a global external Application Load Balancer, the one that takes a
 * Cloud Armor backend security policy through GCPBackendPolicy
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/gateway-api#gatewayclass,
 * https://cloud.google.com/kubernetes-engine/docs/how-to/configure-gateway-resources).
 */
export const GATEWAY_CLASS = "gke-l7-global-external-managed";

/**
 * The multi-cluster variant: one global external Application Load Balancer in front of every
 * cluster of the fleet, its Gateway in the config cluster (the multiclusteringress feature's
 * config membership), routes to ServiceImports
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/deploying-multi-cluster-gateways).
 */
export const MULTI_CLUSTER_GATEWAY_CLASS = "gke-l7-global-external-managed-mc";

/**
 * Multi-cluster Services: a ServiceExport (named like the Service, in its namespace) exports a
 * Service to the fleet, and GKE creates a ServiceImport of that name in every member cluster
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/multi-cluster-services). A multi-cluster
 * Gateway's HTTPRoute backends, and the GCPBackendPolicy and HealthCheckPolicy of those backends,
 * reference the ServiceImport, not the Service: "If you use a multi-cluster Gateway, GCPBackendPolicy
 * and HealthCheckPolicy resources must reference a ServiceImport resource"
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/configure-gateway-resources, restrictions;
 * Cloud Armor attaches through GCPBackendPolicy `securityPolicy` there as well).
 */
export const MCS_API_VERSION = "net.gke.io/v1";
export const SERVICE_IMPORT = { group: "net.gke.io", kind: "ServiceImport" } as const;

/** API groups/versions of the objects each route emits (GKE docs above; Gateway API v1.0). */
export const GATEWAY_API_VERSION = "gateway.networking.k8s.io/v1";
export const GKE_POLICY_API_VERSION = "networking.gke.io/v1";
export const BACKEND_CONFIG_API_VERSION = "cloud.google.com/v1";

/**
 * Container-native load balancing for Ingress: the Service annotation that makes GKE create
 * NEGs, and the one that attaches a BackendConfig
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/container-native-load-balancing,
 * https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-configuration).
 * Gateway backends need neither: the GKE Gateway controller always uses NEGs.
 */
export const NEG_ANNOTATION = "cloud.google.com/neg";
export const BACKEND_CONFIG_ANNOTATION = "cloud.google.com/backend-config";

/**
 * GKE Ingress still selects its controller by this annotation, not spec.ingressClassName
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/ingress, "GKE Ingress controller behavior":
 * with `gce` the controller ignores ingressClassName).
 */
export const INGRESS_CLASS_ANNOTATION = { "kubernetes.io/ingress.class": "gce" } as const;

/** Namespace label the shared Gateway admits routes from (the platform sets it on tenant namespaces). */
export const GATEWAY_ACCESS_LABEL = "gateway.platform/shared";

/** Namespace of the environments' shared Gateways: platform-owned, never a tenant's. */
export const GATEWAY_NAMESPACE = "platform-gateway";

/**
 * Host names and health-check paths as the Gateway API (HTTPRoute spec.hostnames, v1.0) and
 * GKE's HealthCheckPolicy (requestPath) accept them; both schemas are in lib/k8s/manifest-schemas.ts.
 */
export const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const HEALTH_CHECK_PATH = /^\/[A-Za-z0-9/\-._~%!?$&'()*+,;=:]*$/;

/**
 * Gateway annotation naming a Certificate Manager certificate map; the HTTPS listener then
 * needs no `tls` block (https://cloud.google.com/kubernetes-engine/docs/how-to/secure-gateway).
 */
export const CERTMAP_ANNOTATION = "networking.gke.io/certmap";
