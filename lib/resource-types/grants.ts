import { ADOPT_SERVICE_ACCOUNT_NEEDS, CiGrant } from "../gcp/ci";

// The grants that let the deploy and factory identities apply the resource types the kit
// emits, each named by the registry records whose permissions it holds (lib/resource-types/).
// The bootstrap grants exactly these (bootstrap/bootstrap-schema.ts, CI_GRANTS, derives them).

/** Holds the permissions of google_compute_shared_vpc_host_project. */
export const DEPLOY_XPN_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "folder",
  role: "roles/compute.xpnAdmin",
  reason: "enable the host project as Shared VPC host (Shared VPC Admin is granted on a folder or the organization)",
};

/** Holds the permissions of google_project_service. */
export const DEPLOY_SERVICE_USAGE_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/serviceusage.serviceUsageAdmin",
  reason: "enable the platform APIs",
};

/** Holds the permissions of google_container_cluster, google_container_node_pool. */
export const DEPLOY_CONTAINER_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/container.admin",
  reason: "cluster and node pools",
};

/** Holds the permissions of google_compute_network, google_compute_subnetwork, google_compute_router, google_compute_router_nat, google_compute_address, google_compute_global_address, google_service_networking_connection. */
export const DEPLOY_NETWORK_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/compute.networkAdmin",
  reason: "VPC, subnet, router, NAT, static addresses, private service access range",
};

/** Holds the permissions of google_compute_security_policy, google_compute_ssl_policy. */
export const DEPLOY_SECURITY_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/compute.securityAdmin",
  reason: "the environment's baseline Cloud Armor policy and the SSL policy (TLS 1.2+) of its routes",
};

/** Holds the permissions of google_certificate_manager_certificate_map. */
export const DEPLOY_CERTIFICATE_MANAGER_EDITOR: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/certificatemanager.editor",
  reason: "the shared Gateway's Certificate Manager certificate map",
};

/** Holds the permissions of google_service_networking_connection. */
export const DEPLOY_NETWORKS_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/servicenetworking.networksAdmin",
  reason: "private service access peering",
};

/** Holds the permissions of google_pubsub_topic. */
export const DEPLOY_PUBSUB_EDITOR: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/pubsub.editor",
  reason: "upgrade-notification topic (no topic IAM)",
};

/** Holds the permissions of google_gke_backup_backup_plan. */
export const DEPLOY_GKE_BACKUP_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/gkebackup.admin",
  reason: "Backup for GKE plans",
};

/** Holds the permissions of google_gke_hub_feature, _scope, _namespace, _membership_binding, _scope_rbac_role_binding and the cluster's fleet registration. */
export const DEPLOY_GKEHUB_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/gkehub.admin",
  reason:
    "the environment's fleet: cluster registration, upgrade sequencing feature, team scopes, fleet namespaces, scope role bindings",
};

/** Holds the permissions of google_artifact_registry_repository, _iam_member, and CI's push of the baseline image. */
export const DEPLOY_ARTIFACT_REGISTRY_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/artifactregistry.admin",
  reason:
    "the repository Config Sync pulls the tenant baseline from, its reader grant to Config Sync's reconciler, and the deploy job's push of config-sync/<env>/ to it",
};

/** Holds the permissions of google_binary_authorization_policy. */
export const DEPLOY_BINAUTHZ_POLICY_EDITOR: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/binaryauthorization.policyEditor",
  reason: "the project's Binary Authorization policy",
};

/** Holds the permissions of google_dns_managed_zone, google_dns_record_set. */
export const DEPLOY_DNS_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/dns.admin",
  reason: "private DNS zones that resolve Google APIs to the Private Google Access VIP, bound to the environment's VPC",
};

/** Holds the permissions of google_project_iam_member. */
export const DEPLOY_NODE_ROLES_IAM_ADMIN: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/resourcemanager.projectIamAdmin",
  grantsOnly: "nodeServiceAccountRoles",
  reason:
    "the node service account's project roles and, with several clusters, the multi-cluster features' agent roles (lib/gcp/fleet.ts); the condition lets it grant those roles only",
};

/** Holds the permissions of google_service_account. */
export const DEPLOY_SERVICE_ACCOUNT_CREATOR: CiGrant = {
  identity: "deploy",
  scope: "hostProject",
  role: "roles/iam.serviceAccountCreator",
  reason: `the platform stack adopts the node service account the bootstrap made, and the provider calls create before it adopts on 409 (needs ${ADOPT_SERVICE_ACCOUNT_NEEDS}); no actAs, no IAM policy`,
};

/** Holds the permissions of google_container_cluster, google_container_node_pool. */
export const DEPLOY_NODE_SA_USER: CiGrant = {
  identity: "deploy",
  scope: "nodeServiceAccount",
  role: "roles/iam.serviceAccountUser",
  reason: "run nodes as the node service account (actAs), on that account only",
};

/** Holds the permissions of google_project. */
export const FACTORY_BILLING_USER: CiGrant = {
  identity: "factory",
  scope: "billingAccount",
  role: "roles/billing.user",
  reason: "link new service projects to the billing account",
};

/** Holds the permissions of google_billing_budget. */
export const FACTORY_BUDGETS: CiGrant = {
  identity: "factory",
  scope: "billingAccount",
  role: "roles/billing.costsManager",
  reason: "service project budgets",
};

/** Holds the permissions of google_project. */
export const FACTORY_PROJECT_CREATOR: CiGrant = {
  identity: "factory",
  scope: "folder",
  role: "roles/resourcemanager.projectCreator",
  reason:
    "create service projects in the environment's folder; the creator becomes their owner, which covers their APIs, IAM, service accounts, Redis and secrets",
};

/** Holds the permissions of google_compute_shared_vpc_service_project, google_compute_subnetwork_iam_member. */
export const FACTORY_XPN_ADMIN: CiGrant = {
  identity: "factory",
  scope: "folder",
  role: "roles/compute.xpnAdmin",
  reason: "attach service projects to the Shared VPC and grant their agents networkUser on the subnet",
};

/** Holds the permissions of google_compute_security_policy. */
export const FACTORY_SECURITY_ADMIN: CiGrant = {
  identity: "factory",
  scope: "hostProject",
  role: "roles/compute.securityAdmin",
  reason: "per-service Cloud Armor policies live in the host project (GKE Ingress needs them there)",
};

/** Holds the permissions of google_certificate_manager_certificate, _certificate_map_entry, _dns_authorization. */
export const FACTORY_CERTIFICATE_MANAGER_EDITOR: CiGrant = {
  identity: "factory",
  scope: "hostProject",
  role: "roles/certificatemanager.editor",
  reason: "a gateway service's Google-managed certificates and map entries live beside the Gateway's map",
};

/** Holds the permissions of google_billing_budget. */
export const FACTORY_BUDGET_TOPIC_ADMIN: CiGrant = {
  identity: "factory",
  scope: "budgetTopic",
  role: "roles/pubsub.admin",
  reason:
    "a budget that publishes to budgetAlerts.pubsubTopic needs pubsub.topics.setIamPolicy on the topic (Billing Budget API); pubsub.admin is the narrowest predefined role with it (granted when the topic is set)",
};

/** Holds the permissions of google_project_iam_member (a service's delivery: its execution identity reads the cluster). */
export const FACTORY_DELIVERY_CLUSTER_IAM: CiGrant = {
  identity: "factory",
  scope: "hostProject",
  role: "roles/resourcemanager.projectIamAdmin",
  grantsOnly: "deliveryClusterRoles",
  reason:
    "a service's Cloud Deploy execution identity gets roles/container.clusterViewer on the host project; the condition lets it grant that role only",
};
