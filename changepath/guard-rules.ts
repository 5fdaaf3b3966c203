/**
 * What the plan guard lets through without a person's approval. Deny by default: a type
 * that is not listed here as routine is protected, so a resource type the kit starts using
 * tomorrow is protected until someone decides otherwise in a reviewed change to this file.
 */

/**
 * Types whose delete or replace is routine: they hold no data, are recreated identically
 * and their loss is at most a moment without a grant or an API. Removing the CI identities'
 * own grants is still blocked (see `ciIdentityRemovals` in plan-guard.ts).
 */
export const ROUTINE_TYPES: Readonly<Record<string, string>> = {
  google_project_iam_member: "one non-authoritative grant; others on the project are untouched",
  google_compute_subnetwork_iam_member: "one non-authoritative grant on the subnet",
  google_secret_manager_secret_iam_member: "one non-authoritative grant on the secret",
  google_service_account_iam_member: "one non-authoritative grant on the service account",
  google_storage_bucket_iam_member: "one non-authoritative grant on the bucket",
  google_project_service: "the kit never disables an API on destroy (disable_on_destroy = false)",
  google_billing_budget: "a budget alert rule; spending data lives in Cloud Billing",
  google_secret_manager_secret_version:
    "a version derived from other resources (the Redis connection), rewritten on the next apply",
};

/** Routine outside production-like environments only. */
export const ROUTINE_OUTSIDE_PRODUCTION_TYPES: Readonly<Record<string, string>> = {
  google_container_node_pool: "recreating a pool evicts its pods at once; in production swap pools blue-green instead",
  google_dns_record_set:
    "records derived from config and recreated in the same apply; in between, Google API names do not resolve inside the VPC",
};

/** What is lost when a type the guard knows is deleted; anything else is "a resource the guard does not know". */
export const LOSS: Readonly<Record<string, string>> = {
  google_container_cluster: "the cluster and every workload on it",
  google_container_node_pool: "the pool's nodes at once, evicting their pods",
  google_redis_instance: "the cached data and the instance's private IP",
  google_project: "the project and everything in it",
  google_compute_address:
    "a static IP that partners allow-list; a new one gets a different address (to lower nat.staticIpCount, drain first with nat.drainingIps: README, Changing NAT egress IPs)",
  google_compute_network: "the VPC; every subnet, cluster and peering depends on it",
  google_compute_subnetwork: "the subnet and its pod/service ranges; the cluster depends on them",
  google_service_networking_connection: "private service access: Redis and Cloud SQL lose their private connectivity",
  google_sql_database_instance: "the database and its data",
  google_sql_database: "the database and its tables",
  google_sql_user: "a database login and the privileges granted to it in SQL",
  google_storage_bucket: "the bucket and its objects",
  google_secret_manager_secret: "the secret and all its versions",
  google_compute_global_address: "the private service access range; peered services lose their addresses",
  google_compute_shared_vpc_host_project: "the Shared VPC host: every attached service project loses the network",
  google_compute_shared_vpc_service_project: "the service project's attachment to the Shared VPC",
  google_gke_backup_backup_plan: "the backup plan and the schedule of every backup",
  google_service_account: "the identity, its keys and every grant to it (a recreated account is a new principal)",
  google_compute_security_policy: "the Cloud Armor policy; backends that use it lose their protection",
  google_compute_router: "the Cloud Router and the NAT on it: private nodes lose egress",
  google_compute_router_nat: "egress for private nodes until it is recreated",
  google_pubsub_topic: "the topic and every subscription's attachment to it",
  google_dns_managed_zone:
    "the private zone: Google API names resolve to public addresses, which tenant NetworkPolicies block",
  google_dns_record_set: "Google API names stop resolving inside the VPC until the record is recreated",
};

type Json = unknown;

/** One attribute that protects a resource, and the value that means "on". */
export interface ProtectionSwitch {
  readonly type: string;
  /** Path into the resource's attributes as `terraform show -json` writes them (nested blocks are lists). */
  readonly path: readonly (string | number)[];
  readonly what: string;
  readonly isOn: (value: Json) => boolean;
}

const isTrue = (v: Json) => v === true;
const isFalse = (v: Json) => v === false;
const equals = (expected: string) => (v: Json) => v === expected;

/**
 * In-place changes that switch a protection off. Paths are the provider's (google 6.50.0,
 * `google/services/<service>/resource_*.go`); values are those the kit sets.
 */
export const PROTECTION_SWITCHES: readonly ProtectionSwitch[] = [
  {
    type: "google_container_cluster",
    path: ["deletion_protection"],
    what: "cluster deletion protection",
    isOn: isTrue,
  },
  {
    type: "google_container_cluster",
    path: ["private_cluster_config", 0, "enable_private_nodes"],
    what: "private nodes",
    isOn: isTrue,
  },
  { type: "google_container_cluster", path: ["enable_legacy_abac"], what: "legacy ABAC off", isOn: isFalse },
  { type: "google_container_cluster", path: ["enable_shielded_nodes"], what: "shielded nodes", isOn: isTrue },
  {
    type: "google_container_cluster",
    path: ["workload_identity_config", 0, "workload_pool"],
    what: "Workload Identity",
    isOn: (v) => typeof v === "string" && v !== "",
  },
  {
    type: "google_container_node_pool",
    path: ["node_config", 0, "workload_metadata_config", 0, "mode"],
    what: "the GKE metadata server",
    isOn: equals("GKE_METADATA"),
  },
  {
    type: "google_container_node_pool",
    path: ["node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"],
    what: "secure boot",
    isOn: isTrue,
  },
  {
    type: "google_project",
    path: ["deletion_policy"],
    what: "project deletion_policy PREVENT",
    isOn: equals("PREVENT"),
  },
  { type: "google_redis_instance", path: ["auth_enabled"], what: "Redis AUTH", isOn: isTrue },
  {
    type: "google_redis_instance",
    path: ["transit_encryption_mode"],
    what: "Redis in-transit TLS",
    isOn: equals("SERVER_AUTHENTICATION"),
  },
  {
    type: "google_sql_database_instance",
    path: ["deletion_protection"],
    what: "Cloud SQL deletion protection (Terraform)",
    isOn: isTrue,
  },
  {
    type: "google_sql_database_instance",
    path: ["settings", 0, "deletion_protection_enabled"],
    what: "Cloud SQL deletion protection (API)",
    isOn: isTrue,
  },
  { type: "google_storage_bucket", path: ["force_destroy"], what: "bucket force_destroy off", isOn: isFalse },
  {
    type: "google_storage_bucket",
    path: ["public_access_prevention"],
    what: "public access prevention",
    isOn: equals("enforced"),
  },
  {
    type: "google_secret_manager_secret",
    path: ["deletion_protection"],
    what: "secret deletion protection",
    isOn: isTrue,
  },
  {
    type: "google_compute_subnetwork",
    path: ["private_ip_google_access"],
    what: "Private Google Access",
    isOn: isTrue,
  },
];

/** Authoritative IAM: creating one overwrites every grant on its target the kit does not own. */
export const AUTHORITATIVE_IAM = /_iam_(policy|binding)$/;
