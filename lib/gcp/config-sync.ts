// Google facts about Config Sync (the fleet's configmanagement feature) and the OCI source it
// pulls from Artifact Registry, as data with where each comes from.

/**
 * APIs the fleet host project needs for Config Sync and its OCI source.
 * Sources: https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/how-to/installing-config-sync
 * (anthosconfigmanagement.googleapis.com) and
 * https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/how-to/sync-oci-artifacts-from-artifact-registry
 * (artifactregistry.googleapis.com).
 */
export const CONFIG_SYNC_APIS = ["anthosconfigmanagement.googleapis.com", "artifactregistry.googleapis.com"];

/** The fleet feature's name (google_gke_hub_feature `name`, gkehub2/resource_gke_hub_feature.go at PROVIDER.tag, lib/gcp/provider.ts; the same fields at v7.45.0 and release-8.0.0). */
export const CONFIG_SYNC_FEATURE = "configmanagement";

/**
 * Hydrated manifests, any folder layout: `unstructured` (fleet_default_member_config.configmanagement.
 * config_sync.source_format). Source: https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/concepts/configs
 */
export const SOURCE_FORMAT = "unstructured";

/**
 * How the reconciler authenticates to an OCI source: `k8sserviceaccount`, IAM granted to the
 * reconciler's Kubernetes service account through (fleet) Workload Identity. Google lists it as
 * the method for OCI and Helm sources in Artifact Registry; no key or token is stored anywhere.
 * Source: https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/how-to/grant-access-helm-oci
 */
export const OCI_SECRET_TYPE = "k8sserviceaccount";

/** Secret types that keep a long-lived credential in the cluster (SSH keys, tokens, cookie files). */
export const SECRET_TYPES_WITH_KEYS = ["ssh", "token", "cookiefile", "githubapp"] as const;

/**
 * The root reconciler of the fleet-managed RootSync `root-sync` runs as this Kubernetes service
 * account; IAM bindings for the source name it. Source:
 * https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/troubleshooting/permission-service-account
 */
export const ROOT_RECONCILER = { namespace: "config-management-system", name: "root-reconciler" } as const;

/** Pulls images from the repository (Config Sync's source). */
export const REGISTRY_READER_ROLE = "roles/artifactregistry.reader";

/**
 * The reconciler as an IAM member of the fleet's Workload Identity pool: the fleet host project is
 * the environment's host project, so the pool is `<host project>.svc.id.goog` in every member cluster.
 */
export const reconcilerMember = (fleetProject: string): string =>
  `serviceAccount:${fleetProject}.svc.id.goog[${ROOT_RECONCILER.namespace}/${ROOT_RECONCILER.name}]`;

/** Docker-format repository host of a region: `<region>-docker.pkg.dev`. */
export const registryHost = (location: string): string => `${location}-docker.pkg.dev`;

/**
 * The image an environment's baseline is pushed to and synced from (no tag: Config Sync reads
 * `latest` and CI moves `latest` on every deploy; each push is also tagged with its commit).
 */
export const baselineImage = (p: { location: string; projectId: string; repository: string; name: string }): string =>
  `${registryHost(p.location)}/${p.projectId}/${p.repository}/${p.name}`;

/**
 * Drift prevention: Config Sync's admission webhook rejects any change to a managed object that
 * does not match the source, and deletes of it. Source:
 * https://cloud.google.com/kubernetes-engine/enterprise/config-sync/docs/how-to/prevent-config-drift
 */
export const PREVENT_DRIFT = true;

/**
 * Fleet-level defaults apply to clusters registered after they are set; a membership registered
 * before gets them with `gcloud beta container fleet config-management apply --membership=<m> --origin=FLEET`.
 * Source: https://cloud.google.com/sdk/gcloud/reference/beta/container/fleet/config-management/apply
 */
export const APPLY_FLEET_DEFAULTS = (membership: string, project: string): string =>
  `gcloud beta container fleet config-management apply --membership=${membership} --origin=FLEET --project=${project}`;

/**
 * Config Sync applies an object only on the clusters this annotation names (a comma-separated
 * list), for namespace- and cluster-scoped objects alike; without it, on every cluster of the
 * fleet. A cluster's name is its fleet membership name when Config Sync is installed through the
 * fleet (gcloud, console or the fleet API, as the configmanagement feature here does), and a
 * cluster registered at creation (`fleet.project`) is a member under its own cluster name.
 * Sources: https://cloud.google.com/kubernetes-engine/config-sync/docs/how-to/cluster-scoped-objects
 * ("Limit which clusters a config affects": "clusterName is automatically set to the fleet
 * membership name"), https://cloud.google.com/kubernetes-engine/fleet-management/docs/fleet-creation
 * ("Typically, a cluster's fleet membership name is its regular cluster name"). A name that matched
 * no member would select nothing: the object is missing, the path it opens stays closed.
 */
export const CLUSTER_NAME_SELECTOR = "configsync.gke.io/cluster-name-selector";

/** Whether Config Sync applies `o` on the member `cluster` (its cluster-name selector, if any, names it). */
export function appliesTo(o: { metadata: { annotations?: unknown } }, cluster: string): boolean {
  const selector = (o.metadata.annotations as Record<string, string> | undefined)?.[CLUSTER_NAME_SELECTOR];
  return selector === undefined || selector.split(",").some((name) => name.trim() === cluster);
}
