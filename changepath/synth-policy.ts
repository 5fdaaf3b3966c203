import { TERRAFORM_REQUIRED_VERSION } from "../lib/gcp/provider";
import { PRODUCTION_OUTPUT } from "../lib/options/production";

/**
 * What the synth guard accepts: exactly what the kit synthesizes, as data. Anything not
 * listed here is refused (scripts/ci/synth-guard.ts). A construct that starts emitting
 * something new fails the guard's test on the kit's real output until it is added here,
 * after a review of what it lets a pull request do in a job that holds a cloud identity.
 */

/** An output the kit defines: the only references its value may hold (`<type>.<attribute>`). */
export interface OutputRule {
  readonly references: readonly string[];
  /** The kit marks it sensitive: it must stay so. */
  readonly sensitive?: true;
}

export interface ProviderRule {
  readonly sources: readonly string[];
  readonly version?: "locked" | string;
  /** Provider arguments; endpoints, tokens, credentials and impersonation are never on it. */
  readonly arguments: readonly string[];
}

export interface GuardProfile {
  readonly name: string;
  readonly topLevel: readonly string[];
  readonly terraformKeys: readonly string[];
  readonly requiredVersion?: string;
  readonly providers: Readonly<Record<string, ProviderRule>>;
  /** Backend type → its allowed arguments. */
  readonly backends: Readonly<Record<string, readonly string[]>>;
  readonly resourceTypes: readonly string[];
  readonly dataTypes: readonly string[];
  /** Meta-arguments and meta-blocks of resources (no provisioner, connection, count, for_each, provider). */
  readonly resourceMeta: readonly string[];
  readonly dataMeta: readonly string[];
  /** lifecycle arguments (no precondition/postcondition: their messages print values). */
  readonly lifecycle: readonly string[];
  /** Functions expressions may call: none reads the runner's files or environment, none removes sensitivity. */
  readonly functions: readonly string[];
  /** Names a reference may start with besides the allowed resource types, `data` and `var`. */
  readonly otherRoots: readonly string[];
  readonly outputs: (stack: string) => Readonly<Record<string, OutputRule>>;
  /** Outputs named by pattern (cdktf's cross-stack outputs). */
  readonly outputPatterns?: readonly { readonly pattern: RegExp; readonly rule: OutputRule }[];
  /** Arguments of types the google provider rules do not cover (top level only; nested blocks unchecked). */
  readonly arguments?: Readonly<Record<string, readonly string[]>>;
  /** Variables: the only name pattern; each must be `sensitive = true` and `type = "string"`. */
  readonly variableName?: RegExp;
}

const GOOGLE: ProviderRule = {
  sources: ["google", "hashicorp/google", "registry.terraform.io/hashicorp/google"],
  version: "locked",
  arguments: ["project", "region"],
};

/** Outputs of an environment's platform stack (stacks/platform-stack.ts). */
const PLATFORM_OUTPUTS: Record<string, OutputRule> = {
  baseline_armor_policy: { references: [] },
  cluster_name: { references: ["google_container_cluster.name"] },
  cluster_location: { references: [] },
  cluster_endpoint: { references: ["google_container_cluster.endpoint"], sensitive: true },
  workload_identity_pool: { references: [] },
  network_self_link: { references: ["google_compute_network.self_link"] },
  subnet_self_link: { references: ["google_compute_subnetwork.self_link"] },
  nat_egress_ips: { references: ["google_compute_address.address"] },
  nat_draining_ips: { references: ["google_compute_address.address"] },
  upgrade_notifications_topic: { references: ["google_pubsub_topic.id"] },
  get_credentials: { references: [] },
  [PRODUCTION_OUTPUT]: { references: [] },
  // Checked by the deploy job against config-sync/<env>/ before it pushes the baseline (scripts/ci/push-baseline.sh).
  tenant_baseline_sha256: { references: [] },
};

/** A further regional cluster's outputs: the default cluster's, suffixed with its name (stacks/platform-parts.ts). */
const PER_CLUSTER_OUTPUTS = [
  "cluster_name",
  "cluster_location",
  "cluster_endpoint",
  "subnet_self_link",
  "nat_egress_ips",
  "nat_draining_ips",
  "get_credentials",
] as const;
const PLATFORM_OUTPUT_PATTERNS = PER_CLUSTER_OUTPUTS.map((name) => ({
  pattern: new RegExp(`^${name}_[a-z][a-z0-9-]*$`),
  rule: PLATFORM_OUTPUTS[name],
}));

/** Outputs of a service stack (stacks/service-stack.ts). */
const SERVICE_OUTPUTS: Record<string, OutputRule> = {
  redis_secret: { references: [] },
  sql_connection_name: { references: [] },
  buckets: { references: [] },
  project_id: { references: ["google_project.project_id"] },
  service_account_email: { references: ["google_service_account.email"] },
  workload_identity_member: { references: [] },
  armor_policy_name: { references: [] },
  dns_authorization_records: { references: ["google_certificate_manager_dns_authorization.dns_resource_record"] },
  kubernetes_manifest: { references: [] },
  [PRODUCTION_OUTPUT]: { references: [] },
  delivery_pipeline: { references: [] },
  release_service_account: { references: [] },
};

/** The kit's app stacks, which CI plans and deploys with a cloud identity. */
export const KIT_PROFILE: GuardProfile = {
  name: "kit",
  topLevel: ["//", "terraform", "provider", "resource", "data", "output", "variable"],
  terraformKeys: ["backend", "required_providers", "required_version"],
  requiredVersion: TERRAFORM_REQUIRED_VERSION,
  providers: { google: GOOGLE },
  backends: { gcs: ["bucket", "prefix"] },
  resourceTypes: [
    "google_billing_budget",
    "google_binary_authorization_policy",
    "google_certificate_manager_certificate",
    "google_certificate_manager_certificate_map",
    "google_certificate_manager_certificate_map_entry",
    "google_artifact_registry_repository",
    "google_artifact_registry_repository_iam_member",
    "google_certificate_manager_dns_authorization",
    "google_clouddeploy_delivery_pipeline",
    "google_clouddeploy_delivery_pipeline_iam_member",
    "google_clouddeploy_target",
    "google_compute_address",
    "google_compute_global_address",
    "google_compute_network",
    "google_compute_router",
    "google_compute_router_nat",
    "google_compute_security_policy",
    "google_compute_shared_vpc_host_project",
    "google_compute_shared_vpc_service_project",
    "google_compute_ssl_policy",
    "google_compute_subnetwork",
    "google_container_cluster",
    "google_container_node_pool",
    "google_dns_managed_zone",
    "google_dns_record_set",
    "google_gke_backup_backup_plan",
    "google_gke_hub_feature",
    "google_gke_hub_membership_binding",
    "google_gke_hub_namespace",
    "google_gke_hub_scope",
    "google_gke_hub_scope_rbac_role_binding",
    "google_kms_crypto_key_iam_member",
    "google_project",
    "google_project_default_service_accounts",
    "google_project_iam_audit_config",
    "google_project_iam_member",
    "google_project_service",
    "google_pubsub_topic",
    "google_redis_instance",
    "google_secret_manager_secret",
    "google_secret_manager_secret_iam_member",
    "google_secret_manager_secret_version",
    "google_service_account",
    "google_service_account_iam_member",
    "google_service_networking_connection",
    "google_sql_database",
    "google_sql_database_instance",
    "google_sql_user",
    "google_storage_bucket",
    "google_storage_bucket_iam_member",
  ],
  // The host project's number names the multi-cluster Gateway controller's service agent (constructs/fleet.ts).
  dataTypes: ["google_project", "google_storage_project_service_account"],
  resourceMeta: ["//", "depends_on", "lifecycle", "timeouts"],
  dataMeta: ["//", "depends_on"],
  lifecycle: ["create_before_destroy", "prevent_destroy", "ignore_changes"],
  functions: ["element", "jsonencode", "parseint", "sha256", "substr"],
  otherRoots: [],
  outputs: (stack) => (stack.startsWith("svc-") ? SERVICE_OUTPUTS : PLATFORM_OUTPUTS),
  outputPatterns: PLATFORM_OUTPUT_PATTERNS,
  variableName: /^[a-z0-9_]+_password$/,
};

const BOOTSTRAP_REFERENCES = [
  "google_iam_workload_identity_pool_provider.name",
  "google_service_account.email",
  "google_storage_bucket.name",
];

/**
 * The bootstrap app (bootstrap/main.ts: stacks `bootstrap` and `github`), which an
 * administrator applies by hand; no CI identity ever plans it.
 */
export const BOOTSTRAP_PROFILE: GuardProfile = {
  name: "bootstrap",
  topLevel: ["//", "terraform", "provider", "resource", "data", "output"],
  terraformKeys: ["backend", "required_providers"],
  providers: {
    google: GOOGLE,
    github: { sources: ["integrations/github"], version: "6.9.0", arguments: ["owner"] },
  },
  backends: { local: ["path"], gcs: ["bucket", "prefix"] },
  resourceTypes: [
    "google_artifact_registry_repository_iam_member",
    "google_billing_account_iam_member",
    "google_folder_iam_member",
    "google_iam_workload_identity_pool",
    "google_iam_workload_identity_pool_provider",
    "google_kms_crypto_key_iam_member",
    "google_organization_iam_custom_role",
    "google_project_iam_audit_config",
    "google_project_iam_member",
    "google_project_service",
    "google_pubsub_topic_iam_member",
    "google_service_account",
    "google_service_account_iam_member",
    "google_storage_bucket",
    "google_storage_bucket_iam_member",
    "github_actions_environment_variable",
    "github_repository_environment",
    "github_repository_environment_deployment_policy",
    "github_repository_ruleset",
    "github_workflow_repository_permissions",
  ],
  // The Cloud Storage agent (for a CMEK state bucket); cdktf's cross-stack reference from
  // `github` to the bootstrap's local state.
  dataTypes: ["google_storage_project_service_account", "terraform_remote_state"],
  resourceMeta: ["//", "depends_on", "lifecycle"],
  dataMeta: ["//", "depends_on"],
  // integrations/github 6.9.0 as the github stack sets them (stacks/github-settings-stack.ts).
  arguments: {
    github_actions_environment_variable: ["environment", "repository", "value", "variable_name"],
    github_repository_environment: [
      "can_admins_bypass",
      "deployment_branch_policy",
      "environment",
      "prevent_self_review",
      "repository",
      "reviewers",
    ],
    github_repository_environment_deployment_policy: ["branch_pattern", "environment", "repository"],
    github_repository_ruleset: ["conditions", "enforcement", "name", "repository", "rules", "target"],
    github_workflow_repository_permissions: [
      "can_approve_pull_request_reviews",
      "default_workflow_permissions",
      "repository",
    ],
    terraform_remote_state: ["backend", "config", "workspace"],
  },
  lifecycle: ["prevent_destroy", "ignore_changes"],
  functions: [],
  otherRoots: ["terraform"],
  outputs: () => ({
    workload_identity_provider: { references: ["google_iam_workload_identity_pool_provider.name"] },
    github_environment_variables: { references: BOOTSTRAP_REFERENCES },
    bootstrap_state_bucket: { references: ["google_storage_bucket.name"] },
    delivery_pool: { references: ["google_iam_workload_identity_pool.name"] },
    delivery_provider: { references: ["google_iam_workload_identity_pool_provider.name"] },
  }),
  outputPatterns: [
    { pattern: /^cross-stack-output-[A-Za-z0-9_.-]+$/, rule: { references: BOOTSTRAP_REFERENCES, sensitive: true } },
  ],
};
