// Facts about the google provider the kit's JSON is applied with, read from its source.
// Re-check them when the provider moves: every `source` is a file at PROVIDER.tag.

/** The provider the kit's generated bindings (.gen/providers/google) are built from. */
export const PROVIDER = {
  repository: "hashicorp/terraform-provider-google",
  version: "6.50.0",
  tag: "v6.50.0",
  commit: "956f510990a78614a06730c34e93779171c5e8f7",
} as const;

/** Terraform version the kit's JSON needs: write-only arguments (`secret_data_wo`) arrived in 1.11. */
export const TERRAFORM_REQUIRED_VERSION = ">= 1.11.0";

/**
 * A job on a GitHub-hosted runner is cancelled after 6 hours (docs.github.com/en/actions/reference/limits,
 * "Job execution time"). Terraform must give up before that: a timed-out apply exits,
 * records what it did and releases the state lock; a killed one may do neither.
 */
export const GITHUB_HOSTED_JOB_MINUTES = 360;
/** The longest resource timeout the kit sets: the job's limit less time for init, plan and guard. */
export const APPLY_TIMEOUT_CAP_MINUTES = GITHUB_HOSTED_JOB_MINUTES - 30;

export type Operation = "create" | "update" | "delete";
export type Timeouts = Partial<Record<Operation, number>>;

/**
 * The provider's default timeouts in minutes (schema.ResourceTimeout of each resource), for the
 * resources whose long operations the kit waits on. Source: google/services/<dir>/<file>.
 */
export const DEFAULT_TIMEOUTS: Record<string, { readonly minutes: Timeouts; readonly source: string }> = {
  google_container_cluster: {
    minutes: { create: 40, update: 60, delete: 40 },
    source: "container/resource_container_cluster.go",
  },
  google_container_node_pool: {
    minutes: { create: 30, update: 30, delete: 30 },
    source: "container/resource_container_node_pool.go",
  },
  google_redis_instance: {
    minutes: { create: 20, update: 20, delete: 20 },
    source: "redis/resource_redis_instance.go",
  },
  google_service_networking_connection: {
    minutes: { create: 10, update: 10, delete: 10 },
    source: "servicenetworking/resource_service_networking_connection.go",
  },
  google_gke_backup_backup_plan: {
    minutes: { create: 20, update: 20, delete: 20 },
    source: "gkebackup/resource_gke_backup_backup_plan.go",
  },
  google_compute_router_nat: {
    minutes: { create: 20, update: 20, delete: 20 },
    source: "compute/resource_compute_router_nat.go",
  },
};

export interface ForceNewFact {
  readonly resourceType: string;
  /** Attributes whose change replaces the resource (ForceNew in the schema, or a CustomizeDiff that forces it). */
  readonly attributes: readonly string[];
  /** The kit setting that drives them, where a user can change one. */
  readonly drivenBy: string;
  /** What a replacement means here, and what stops or softens it. */
  readonly consequence: string;
  readonly source: string;
}

/** Replacements a config edit can cause, for every resource type the kit emits. */
export const FORCE_NEW: readonly ForceNewFact[] = [
  {
    resourceType: "google_container_cluster",
    attributes: [
      "name",
      "location",
      "network",
      "subnetwork",
      "networking_mode",
      "ip_allocation_policy",
      "private_cluster_config.enable_private_nodes",
      "private_cluster_config.master_ipv4_cidr_block",
      "datapath_provider",
      "initial_node_count",
    ],
    drivenBy: "environment name and region, network.masterCidr, cluster.dataplaneV2",
    consequence:
      "a new cluster: every workload is lost. deletion_protection makes the apply fail; the plan guard blocks it. initial_node_count is ignored after creation (lifecycle ignore_changes).",
    source: "container/resource_container_cluster.go",
  },
  {
    resourceType: "google_container_node_pool",
    attributes: [
      "name",
      "cluster",
      "location",
      "node_config.spot",
      "node_config.service_account",
      "node_config.oauth_scopes",
      "node_config.metadata",
      "node_config.shielded_instance_config",
    ],
    drivenBy: "cluster.nodePools[].name and .spot",
    consequence:
      "the pool is deleted and created again: its pods are evicted at once, not drained by the upgrade strategy. Add a new pool, move workloads, then remove the old one.",
    source: "container/resource_container_node_pool.go, container/node_config.go",
  },
  {
    resourceType: "google_compute_address",
    attributes: ["name", "region", "address_type", "network_tier"],
    drivenBy: "environment name and region",
    consequence: "new egress IPs: partners' allow-lists break. The plan guard blocks deleting a static IP.",
    source: "compute/resource_compute_address.go",
  },
  {
    resourceType: "google_compute_global_address",
    attributes: ["name", "address", "prefix_length", "network", "purpose"],
    drivenBy: "network.privateServiceAccessCidr",
    consequence:
      "the private service access range is in use by every Redis instance: the delete fails. Add a second range instead of moving the first.",
    source: "compute/resource_compute_global_address.go",
  },
  {
    resourceType: "google_compute_network",
    attributes: ["name", "auto_create_subnetworks"],
    drivenBy: "environment name",
    consequence: "a new VPC: the cluster, NAT and peering go with it.",
    source: "compute/resource_compute_network.go",
  },
  {
    resourceType: "google_compute_subnetwork",
    attributes: ["name", "region", "network", "ip_cidr_range (only when it shrinks: CustomizeDiff IsShrinkageIpCidr)"],
    drivenBy: "network.subnetCidr",
    consequence: "a smaller subnet replaces the one the nodes live in. Widening is an in-place update.",
    source: "compute/resource_compute_subnetwork.go",
  },
  {
    resourceType: "google_compute_router",
    attributes: ["name", "region", "network"],
    drivenBy: "environment name and region",
    consequence: "the NAT is replaced with it: egress stops during the apply.",
    source: "compute/resource_compute_router.go",
  },
  {
    resourceType: "google_compute_router_nat",
    attributes: ["name", "router", "region"],
    drivenBy: "environment name and region",
    consequence: "egress stops between the delete and the create.",
    source: "compute/resource_compute_router_nat.go",
  },
  {
    resourceType: "google_service_networking_connection",
    attributes: ["network", "service"],
    drivenBy: "environment name",
    consequence: "with deletion_policy ABANDON the old peering is left in place, not deleted.",
    source: "servicenetworking/resource_service_networking_connection.go",
  },
  {
    resourceType: "google_redis_instance",
    attributes: [
      "name",
      "region",
      "tier",
      "authorized_network",
      "connect_mode",
      "transit_encryption_mode",
      "reserved_ip_range",
    ],
    drivenBy: "redis.tier, environment region",
    consequence:
      "a new, empty instance with a new host and AUTH string. prevent_destroy makes the plan fail; move data with export/import to a second instance.",
    source: "redis/resource_redis_instance.go",
  },
  {
    resourceType: "google_project",
    attributes: ["project_id"],
    drivenBy: "platform prefix, service and environment names",
    consequence: "deletion_policy PREVENT makes the apply fail.",
    source: "resourcemanager/resource_google_project.go",
  },
  {
    resourceType: "google_service_account",
    attributes: ["account_id", "project"],
    drivenBy: "service name",
    consequence: "a new identity: Workload Identity bindings and grants are recreated with it.",
    source: "resourcemanager/resource_google_service_account.go",
  },
  {
    resourceType: "google_compute_shared_vpc_service_project",
    attributes: ["host_project", "service_project"],
    drivenBy: "environment projectId",
    consequence: "deletion_policy ABANDON leaves the old attachment; detach by hand once nothing uses it.",
    source: "compute/resource_compute_shared_vpc_service_project.go",
  },
  {
    resourceType: "google_secret_manager_secret",
    attributes: ["secret_id", "project", "replication"],
    drivenBy: "service name",
    consequence: "a new secret: versions and accessor grants are recreated.",
    source: "secretmanager/resource_secret_manager_secret.go",
  },
  {
    resourceType: "google_secret_manager_secret_version",
    attributes: ["secret", "secret_data_wo_version", "secret_data", "is_secret_data_base64"],
    drivenBy: "Redis host, port, AUTH string or CA (the version is their fingerprint)",
    consequence: "a new version is written; create_before_destroy keeps a readable version throughout.",
    source: "secretmanager/resource_secret_manager_secret_version.go",
  },
  {
    resourceType: "google_gke_backup_backup_plan",
    attributes: ["name", "cluster", "location", "project"],
    drivenBy: "environment name",
    consequence: "a new plan; backups of the old one stay until their retention ends.",
    source: "gkebackup/resource_gke_backup_backup_plan.go",
  },
  {
    resourceType: "google_billing_budget",
    attributes: ["billing_account"],
    drivenBy: "platform billingAccount",
    consequence: "the budget moves to the new account as a new budget.",
    source: "billing/resource_billing_budget.go",
  },
  {
    resourceType: "google_pubsub_topic",
    attributes: ["name", "project"],
    drivenBy: "environment name",
    consequence: "subscriptions to the old topic stop receiving upgrade notifications.",
    source: "pubsub/resource_pubsub_topic.go",
  },
  {
    resourceType: "google_project_service",
    attributes: ["project", "service"],
    drivenBy: "apis in a service file, imageScanning",
    consequence: "none harmful: disable_on_destroy = false leaves the API on, the new enablement is a no-op.",
    source: "resourcemanager/resource_google_project_service.go",
  },
  {
    resourceType: "google_compute_shared_vpc_host_project",
    attributes: ["project"],
    drivenBy: "environment projectId",
    consequence:
      "disabling the host fails while service projects are attached: a projectId change is a new environment, not an edit.",
    source: "compute/resource_compute_shared_vpc_host_project.go",
  },
  {
    resourceType: "google_project_iam_member",
    attributes: ["project", "role", "member", "condition"],
    drivenBy: "teamRoles, serviceAccountRoles, teamGroup",
    consequence:
      "a changed grant is removed then added: a moment without it. Applies of IAM members are quick, but watch for workloads that need the role continuously.",
    source: "tpgiamresource/resource_iam_member.go",
  },
  {
    resourceType: "google_service_account_iam_member",
    attributes: ["service_account_id", "role", "member", "condition"],
    drivenBy: "namespace, kubernetesServiceAccount",
    consequence:
      "Workload Identity for the old Kubernetes service account stops; pods using it lose Google credentials until they use the new one.",
    source: "tpgiamresource/resource_iam_member.go",
  },
  {
    resourceType: "google_compute_subnetwork_iam_member",
    attributes: ["subnetwork", "region", "project", "role", "member"],
    drivenBy: "environment name and region",
    consequence: "the service project's agents briefly lose networkUser on the subnet.",
    source: "tpgiamresource/resource_iam_member.go",
  },
  {
    resourceType: "google_secret_manager_secret_iam_member",
    attributes: ["secret_id", "role", "member"],
    drivenBy: "service name",
    consequence: "the workload briefly cannot read the Redis secret.",
    source: "tpgiamresource/resource_iam_member.go",
  },
  {
    resourceType: "google_sql_database_instance",
    attributes: [
      "name",
      "region",
      "project",
      "settings.disk_type",
      "settings.disk_size (only when it shrinks: IsDiskShrinkage)",
      "encryption_key_name",
    ],
    drivenBy: "sql options in a service file",
    consequence:
      "a new, empty instance. deletion_protection and prevent_destroy stop it; disk_size is ignored after creation so autoresize never reads as a shrink.",
    source: "sql/resource_sql_database_instance.go",
  },
  {
    resourceType: "google_sql_database",
    attributes: ["name", "instance", "project"],
    drivenBy: "sql.databases",
    consequence: "renaming a database drops it and creates an empty one: export first.",
    source: "sql/resource_sql_database.go",
  },
  {
    resourceType: "google_sql_user",
    attributes: ["name", "instance", "type", "host", "project"],
    drivenBy: "the service's workload account, sql.builtInUsers",
    consequence: "the user is dropped and recreated: connections using it fail in between.",
    source: "sql/resource_sql_user.go",
  },
  {
    resourceType: "google_storage_bucket",
    attributes: ["name", "location", "project", "enable_object_retention"],
    drivenBy: "bucket names and location in a service file",
    consequence:
      "force_destroy = false makes the delete of a non-empty bucket fail; copy the objects to a new bucket instead.",
    source: "storage/resource_storage_bucket.go",
  },
  {
    resourceType: "google_storage_bucket_iam_member",
    attributes: ["bucket", "role", "member", "condition"],
    drivenBy: "bucket grants in a service file",
    consequence: "the workload briefly loses access to the bucket.",
    source: "tpgiamresource/resource_iam_member.go",
  },
  {
    resourceType: "google_binary_authorization_policy",
    attributes: ["project"],
    drivenBy: "environment projectId",
    consequence: "the old project keeps its policy; the new one is created in the new project.",
    source: "binaryauthorization/resource_binary_authorization_policy.go",
  },
  {
    resourceType: "google_dns_managed_zone",
    attributes: ["name", "dns_name", "visibility", "project"],
    drivenBy: "environment name and projectId",
    consequence:
      "the zone and its records are deleted and recreated: for that moment Google API names resolve to public addresses, which tenant NetworkPolicies block.",
    source: "dns/resource_dns_managed_zone.go",
  },
  {
    resourceType: "google_dns_record_set",
    attributes: ["name", "managed_zone", "project"],
    drivenBy: "network.privateGoogleApisDns.vip (the A record's name), environment name",
    consequence: "the record is deleted and recreated: Google API names do not resolve inside the VPC in between.",
    source: "dns/resource_dns_record_set.go",
  },
  {
    resourceType: "google_project_default_service_accounts",
    attributes: ["project", "action"],
    drivenBy: "service project ID",
    consequence:
      "the action runs again on the new project; with restore_policy NONE nothing is given back on the old one.",
    source: "resourcemanager/resource_google_project_default_service_accounts.go",
  },
  {
    resourceType: "google_compute_security_policy",
    attributes: ["name", "project", "type"],
    drivenBy: "service and environment names",
    consequence: "the BackendConfig names the old policy until the hand-off is redeployed.",
    source: "compute/resource_compute_security_policy.go",
  },
];
