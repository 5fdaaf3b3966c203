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
export const FEATURES = { clusterUpgrade: "clusterupgrade" } as const;

/**
 * The clusterupgrade feature's soaking time after an upstream fleet finished an upgrade: at
 * most 30 days. Source: https://cloud.google.com/kubernetes-engine/docs/concepts/about-rollout-sequencing
 */
export const MAX_SOAK_DAYS = 30;

/** Fleet scope RBAC roles (google_gke_hub_scope_rbac_role_binding role.predefined_role). */
export type ScopeRole = "ADMIN" | "EDIT" | "VIEW";

/** `projects/<p>/locations/global/scopes/<scope>`: the scope's full name, from config alone. */
export const scopeName = (project: string, scope: string) => `projects/${project}/locations/global/scopes/${scope}`;
