// Google facts about fleets (GKE Enterprise features that need no paid tier), as data with
// where each comes from.

import { CONFIG_SYNC_APIS } from "./config-sync";

/**
 * APIs a fleet host project needs: the fleet (GKE Hub), and Config Sync with its Artifact Registry source.
 * Source: https://cloud.google.com/kubernetes-engine/fleet-management/docs/before-you-begin, lib/gcp/config-sync.ts
 */
export const FLEET_APIS = ["gkehub.googleapis.com", ...CONFIG_SYNC_APIS];

/** Fleet features are global resources of the fleet host project (google_gke_hub_feature `location`). */
export const FEATURE_LOCATION = "global";
/** Feature names the API accepts (gkehub2/resource_gke_hub_feature.go docs, v6.50.0). */
export const FEATURES = {
  clusterUpgrade: "clusterupgrade",
  multiClusterIngress: "multiclusteringress",
  multiClusterServices: "multiclusterservicediscovery",
} as const;

/**
 * APIs of multi-cluster Gateways and Multi-cluster Services, in the fleet host project
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/enabling-multi-cluster-gateways,
 * "Enable the required APIs"; https://cloud.google.com/kubernetes-engine/docs/how-to/multi-cluster-services,
 * "Enabling MCS": MCS also needs Cloud DNS and Cloud Resource Manager).
 */
export const MULTI_CLUSTER_APIS = [
  "multiclusteringress.googleapis.com",
  "multiclusterservicediscovery.googleapis.com",
  "trafficdirector.googleapis.com",
  "dns.googleapis.com",
  "cloudresourcemanager.googleapis.com",
];

/**
 * IAM the multi-cluster features need, granted on the fleet host project by the kit (not by a
 * person running gcloud):
 * - MCS: the importer in each cluster, by Workload Identity, reads the VPC
 *   (https://cloud.google.com/kubernetes-engine/docs/how-to/multi-cluster-services, "Enabling MCS":
 *   `serviceAccount:<project>.svc.id.goog[gke-mcs/gke-mcs-importer]`, roles/compute.networkViewer);
 * - the multi-cluster Gateway controller runs as the Multi Cluster Ingress service agent and manages
 *   the member clusters' objects (https://cloud.google.com/kubernetes-engine/docs/how-to/enabling-multi-cluster-gateways,
 *   "Enable the GKE Gateway controller": `service-<project number>@gcp-sa-multiclusteringress.iam.gserviceaccount.com`,
 *   roles/container.admin).
 */
export const MULTI_CLUSTER_GRANTS = {
  mcsImporter: {
    role: "roles/compute.networkViewer",
    member: (project: string) => `serviceAccount:${project}.svc.id.goog[gke-mcs/gke-mcs-importer]`,
  },
  gatewayController: {
    role: "roles/container.admin",
    member: (projectNumber: string) =>
      `serviceAccount:service-${projectNumber}@gcp-sa-multiclusteringress.iam.gserviceaccount.com`,
  },
} as const;

/** The roles the deploy identity may grant on the host project for the multi-cluster features (its IAM condition). */
export const MULTI_CLUSTER_ROLES = [MULTI_CLUSTER_GRANTS.mcsImporter.role, MULTI_CLUSTER_GRANTS.gatewayController.role];

/**
 * A fleet membership's full name, as the multiclusteringress feature's `config_membership` takes it
 * (gkehub2/resource_gke_hub_feature.go at v7.45.0: "Fully-qualified Membership name which
 * hosts the MultiClusterIngress CRD. Example: 'projects/foo-proj/locations/global/memberships/bar'").
 */
export const membershipName = (project: string, location: string, id: string) =>
  `projects/${project}/locations/${location}/memberships/${id}`;

/**
 * The clusterupgrade feature's soaking time after an upstream fleet finished an upgrade: at
 * most 30 days. Source: https://cloud.google.com/kubernetes-engine/docs/concepts/about-rollout-sequencing
 */
export const MAX_SOAK_DAYS = 30;

/** Fleet scope RBAC roles (google_gke_hub_scope_rbac_role_binding role.predefined_role). */
export type ScopeRole = "ADMIN" | "EDIT" | "VIEW";

/** `projects/<p>/locations/global/scopes/<scope>`: the scope's full name, from config alone. */
export const scopeName = (project: string, scope: string) => `projects/${project}/locations/global/scopes/${scope}`;

/**
 * The multi-cluster Gateway controller's grant (MULTI_CLUSTER_GRANTS.gatewayController), which
 * the guardrail against self-escalating roles (IAM003) accepts: the member is Google's service
 * agent, by its number or by a reference to it (the host project's number, read at plan time).
 */
export function isRequiredAgentGrant(role: unknown, member: unknown): boolean {
  return (
    role === MULTI_CLUSTER_GRANTS.gatewayController.role &&
    typeof member === "string" &&
    /^serviceAccount:service-(\d+|\$\{[^}]+\})@gcp-sa-multiclusteringress\.iam\.gserviceaccount\.com$/.test(member)
  );
}
