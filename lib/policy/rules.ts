import { authorizedBreadthProblem } from "./limits";
import { escalationReason } from "../gcp/iam";
import { isSharedCoreTier } from "../gcp/sql";

/**
 * Guardrail rules, as data: each checks one synthesized resource (snake_case Terraform
 * JSON, exactly what the provider receives) and returns a problem or undefined.
 * Add a rule by appending to RULES; the README table is generated from this list.
 */

import { DEFAULT_POOL_ZONES, PoolUpgradeShape, poolUpgradeMinutes, REMOVED_VULNERABILITY_MODES } from "../gcp/gke";
import { APPLY_TIMEOUT_CAP_MINUTES } from "../gcp/provider";
import { WORKLOAD_RULES } from "./rules-workload";
import { ENDPOINT_RULES } from "./rules-endpoint";
import { FLEET_RULES } from "./rules-fleet";

export type Severity = "error" | "warning";

export interface RuleContext {
  /** The environment is production-like (stg, prd, ...): stricter rules apply. */
  readonly productionLike: boolean;
  /** config/platform.yaml lists the environment as production. @default false */
  readonly productionDeclared?: boolean;
  /** Domain every Google group and user granted access must belong to. @default any */
  readonly organizationDomain?: string;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Terraform resource types the rule applies to, or Kubernetes kinds of a service's hand-off. */
  readonly resourceTypes: readonly string[];
  readonly title: string;
  readonly rationale: string;
  readonly fix: string;
  /** Returns true when the resource complies. */
  readonly check: (config: Json, ctx: RuleContext) => boolean;
}

const first = (block: unknown): Json | undefined => (Array.isArray(block) ? block[0] : (block as Json | undefined));
const isTrue = (v: unknown) => v === true || v === "true";
const PRIMITIVE = new Set(["roles/owner", "roles/editor", "roles/viewer"]);
const CLUSTER = ["google_container_cluster"];
const POOLS = ["google_container_node_pool"];
const NODES = ["google_container_cluster", "google_container_node_pool"];
const IAM_MEMBERS = [
  "google_project_iam_member",
  "google_project_iam_binding",
  "google_folder_iam_member",
  "google_organization_iam_member",
];

/** The control plane answers on a public IP (the IP endpoint is on and not private-only). */
const hasPublicIpEndpoint = (c: Json): boolean =>
  first(first(c.control_plane_endpoints_config)?.ip_endpoints_config)?.enabled !== false &&
  !isTrue(first(c.private_cluster_config)?.enable_private_endpoint);

const SQL = ["google_sql_database_instance"];
const BUCKET = ["google_storage_bucket"];
const sqlSettings = (c: Json): Json => first(c.settings) ?? {};
const membersOf = (c: Json): string[] => c.members ?? (c.member ? [c.member] : []);
const ARMOR = ["google_compute_security_policy"];
/** A preconfigured WAF rule of a Cloud Armor policy. */
const isWaf = (r: Json) => /evaluatePreconfiguredWaf\(/.test(first(first(r.match)?.expr)?.expression ?? "");
/** Traffic the rule matches is allowed and evaluation stops (allow, or a rate limit's conforming traffic). */
const allows = (r: Json) => r.action === "allow" || first(r.rate_limit_options)?.conform_action === "allow";

/** Node config of a pool, or of a cluster's bootstrap default pool. */
const nodeConfig = (c: Json): Json => first(c.node_config) ?? {};
/** Every node_config a resource carries: its own and those of inline node_pool blocks. */
const nodeConfigs = (c: Json): Json[] =>
  [first(c.node_config), ...[c.node_pool ?? []].flat().map((p: Json) => first(p?.node_config))].filter(
    (n) => n !== undefined,
  );

/** A node pool's size and upgrade strategy, from its JSON (autoscaling bounds are per zone). */
function poolShape(p: Json): PoolUpgradeShape {
  const u = first(p.upgrade_settings) ?? {};
  const zones = Array.isArray(p.node_locations) ? p.node_locations.length : DEFAULT_POOL_ZONES;
  const nodes = (first(p.autoscaling)?.max_node_count ?? p.node_count ?? 3) * zones;
  if (u.strategy !== "BLUE_GREEN")
    return { nodes, strategy: "SURGE", parallel: (u.max_surge ?? 1) + (u.max_unavailable ?? 0) };
  const bg = first(u.blue_green_settings) ?? {};
  const rollout = first(bg.standard_rollout_policy) ?? {};
  return {
    nodes,
    strategy: "BLUE_GREEN",
    batchPercentage: rollout.batch_percentage ?? 0.25,
    batchSoakSeconds: Number.parseFloat(rollout.batch_soak_duration ?? "300s"),
    poolSoakSeconds: Number.parseFloat(bg.node_pool_soak_duration ?? "1800s"),
  };
}

const CORE_RULES: readonly Rule[] = [
  {
    id: "GKE001",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Private nodes",
    rationale: "Nodes with public IPs are reachable from the internet.",
    fix: "Set private_cluster_config.enable_private_nodes = true (PrivateCluster does).",
    check: (c) => isTrue(first(c.private_cluster_config)?.enable_private_nodes),
  },
  {
    id: "GKE002",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Control plane limited to authorized networks",
    rationale: "An open control plane endpoint invites credential stuffing and exploits.",
    fix: "List only your VPN/office/CI ranges in cluster.authorizedNetworks (at least one while the public IP endpoint is on), within the breadth limits of lib/policy/limits.ts; keep gcp_public_cidrs_access_enabled off.",
    check: (c) => {
      const config = first(c.master_authorized_networks_config);
      const blocks: Json[] | undefined = config?.cidr_blocks;
      if (!Array.isArray(blocks) || isTrue(config?.gcp_public_cidrs_access_enabled)) return false;
      if (blocks.length === 0 && hasPublicIpEndpoint(c)) return false;
      return authorizedBreadthProblem(blocks.map((b) => String(b.cidr_block))) === undefined;
    },
  },
  {
    id: "GKE003",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "No public IP endpoint on the control plane",
    rationale:
      "Operators reach the control plane from inside the VPC (or its IAM-authorized DNS endpoint); a public IP endpoint only adds attack surface.",
    fix: "Keep cluster.privateEndpoint: true (the default) and reach the cluster from inside the VPC, or through its DNS endpoint (cluster.dnsEndpoint, GKE031).",
    check: (c) => !hasPublicIpEndpoint(c),
  },
  {
    id: "GKE004",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Workload Identity",
    rationale: "Without it pods use the node's service account and its credentials.",
    fix: "Set workload_identity_config.workload_pool = <project>.svc.id.goog.",
    check: (c) => /\.svc\.id\.goog$/.test(first(c.workload_identity_config)?.workload_pool ?? ""),
  },
  {
    id: "GKE005",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Shielded GKE nodes",
    rationale: "Shielded nodes prove node identity and stop rogue kubelets joining.",
    fix: "Set enable_shielded_nodes = true.",
    check: (c) => c.enable_shielded_nodes !== false,
  },
  {
    id: "GKE006",
    severity: "error",
    resourceTypes: NODES,
    title: "Secure boot and integrity monitoring",
    rationale: "Verified boot blocks rootkits and bootkits on nodes.",
    fix: "Set node_config.shielded_instance_config.enable_secure_boot and enable_integrity_monitoring = true.",
    check: (c) => {
      const s = first(nodeConfig(c).shielded_instance_config);
      return isTrue(s?.enable_secure_boot) && s?.enable_integrity_monitoring !== false;
    },
  },
  {
    id: "GKE007",
    severity: "error",
    resourceTypes: NODES,
    title: "GKE metadata server",
    rationale: "Hides node credentials and the instance metadata from pods.",
    fix: "Set node_config.workload_metadata_config.mode = GKE_METADATA.",
    check: (c) => first(nodeConfig(c).workload_metadata_config)?.mode === "GKE_METADATA",
  },
  {
    id: "GKE008",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "No legacy ABAC, no client certificate",
    rationale: "Both bypass RBAC and IAM with long-lived, unrevocable credentials.",
    fix: "Set enable_legacy_abac = false and master_auth.client_certificate_config.issue_client_certificate = false.",
    check: (c) =>
      !isTrue(c.enable_legacy_abac) &&
      !isTrue(first(first(c.master_auth)?.client_certificate_config)?.issue_client_certificate),
  },
  {
    id: "GKE009",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Release channel",
    rationale: "Clusters on a release channel get security patches automatically.",
    fix: "Set cluster.releaseChannel to RAPID, REGULAR, STABLE or EXTENDED.",
    check: (c) => ["RAPID", "REGULAR", "STABLE", "EXTENDED"].includes(first(c.release_channel)?.channel),
  },
  {
    id: "GKE010",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Network policy enforcement",
    rationale: "Without it every pod can reach every other pod.",
    fix: "Use Dataplane V2 (datapath_provider = ADVANCED_DATAPATH) or enable network_policy.",
    check: (c) => c.datapath_provider === "ADVANCED_DATAPATH" || isTrue(first(c.network_policy)?.enabled),
  },
  {
    id: "GKE011",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Default node pool removed",
    rationale: "The default pool cannot be managed or hardened like dedicated pools.",
    fix: "Set remove_default_node_pool = true and manage pools with NodePool.",
    check: (c) => isTrue(c.remove_default_node_pool),
  },
  {
    id: "GKE012",
    severity: "error",
    resourceTypes: NODES,
    title: "Dedicated node service account",
    rationale: "The Compute default service account holds Editor on the project.",
    fix: "Set node_config.service_account to a least-privilege account (NodeServiceAccount).",
    check: (c) => {
      const sa = nodeConfig(c).service_account;
      return typeof sa === "string" && sa !== "default" && !/-compute@developer\.gserviceaccount\.com$/.test(sa);
    },
  },
  {
    id: "GKE013",
    severity: "error",
    resourceTypes: NODES,
    title: "cloud-platform scope only with GKE metadata server",
    rationale: "The broad scope is safe only when pods cannot reach node credentials.",
    fix: "Keep workload_metadata_config.mode = GKE_METADATA, or narrow oauth_scopes.",
    check: (c) => {
      const n = nodeConfig(c);
      const broad = (n.oauth_scopes ?? []).some((s: string) => /auth\/cloud-platform$/.test(s));
      return !broad || first(n.workload_metadata_config)?.mode === "GKE_METADATA";
    },
  },
  {
    id: "GKE014",
    severity: "error",
    resourceTypes: POOLS,
    title: "Auto-repair and auto-upgrade",
    rationale: "Unrepaired or unpatched nodes accumulate failures and CVEs.",
    fix: "Set management.auto_repair and management.auto_upgrade = true.",
    check: (c) => isTrue(first(c.management)?.auto_repair) && isTrue(first(c.management)?.auto_upgrade),
  },
  {
    id: "GKE015",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Deletion protection in production-like environments",
    rationale: "A cluster delete takes every workload down with it.",
    fix: "Keep cluster.deletionProtection: true.",
    check: (c, ctx) => !ctx.productionLike || c.deletion_protection !== false,
  },
  {
    id: "GKE016",
    severity: "error",
    resourceTypes: NODES,
    title: "Container-Optimized OS with containerd",
    rationale: "COS is the hardened, minimal, auto-patched node image.",
    fix: "Set node_config.image_type = COS_CONTAINERD.",
    check: (c) => (nodeConfig(c).image_type ?? "COS_CONTAINERD") === "COS_CONTAINERD",
  },
  {
    id: "GKE017",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "Binary Authorization",
    rationale: "Only attested images should run in production.",
    fix: "Set cluster.binaryAuthorization: true.",
    check: (c) => first(c.binary_authorization)?.evaluation_mode === "PROJECT_SINGLETON_POLICY_ENFORCE",
  },
  {
    id: "GKE018",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "VPC-native networking",
    rationale: "Alias IPs are needed for private clusters, NEGs and Memorystore access.",
    fix: "Set networking_mode = VPC_NATIVE with ip_allocation_policy secondary range names.",
    check: (c) =>
      c.networking_mode === "VPC_NATIVE" && first(c.ip_allocation_policy)?.cluster_secondary_range_name !== undefined,
  },
  {
    id: "GKE019",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Workload configuration auditing, no removed scanning modes",
    rationale:
      "Misconfigured workloads go unnoticed without auditing in production; GKE removed workload vulnerability scanning (images are scanned by Artifact Analysis on the registry).",
    fix: "Keep cluster.securityPosture.mode BASIC in production-like environments; send vulnerability_mode VULNERABILITY_DISABLED (PrivateCluster does).",
    check: (c, ctx) => {
      const p = first(c.security_posture_config);
      const removedMode = (REMOVED_VULNERABILITY_MODES as readonly string[]).includes(p?.vulnerability_mode);
      return !removedMode && (!ctx.productionLike || p?.mode === "BASIC");
    },
  },
  {
    id: "GKE020",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "Backup for GKE in production-like environments",
    rationale: "Without backups a deleted namespace or corrupted volume cannot be restored.",
    fix: "Leave cluster.backup enabled (the default in production-like environments).",
    check: (c, ctx) => !ctx.productionLike || isTrue(first(first(c.addons_config)?.gke_backup_agent_config)?.enabled),
  },
  {
    id: "GKE021",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "Google Groups for RBAC",
    rationale: "RBAC bound to groups is reviewed in one place and follows people leaving.",
    fix: "Set cluster.rbacSecurityGroup to your gke-security-groups@<domain> group.",
    check: (c) => typeof first(c.authenticator_groups_config)?.security_group === "string",
  },
  {
    id: "GKE022",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "Application-layer encryption of Kubernetes Secrets",
    rationale: "A key you control protects Secrets in etcd and lets you revoke access to them.",
    fix: "Set cluster.secretsEncryptionKey to a Cloud KMS key in the cluster's region.",
    check: (c) =>
      first(c.database_encryption)?.state === "ENCRYPTED" && typeof first(c.database_encryption)?.key_name === "string",
  },
  {
    id: "GKE023",
    severity: "error",
    resourceTypes: NODES,
    title: "Kubelet read-only port off",
    rationale: "The unauthenticated read-only port (10255) shows every pod's spec to anything that reaches the node.",
    fix: 'Set insecure_kubelet_readonly_port_enabled = "FALSE" in node_config.kubelet_config (pools) and node_pool_defaults (clusters).',
    check: (c) =>
      (c.node_pool_defaults !== undefined
        ? first(first(c.node_pool_defaults)?.node_config_defaults)?.insecure_kubelet_readonly_port_enabled
        : first(nodeConfig(c).kubelet_config)?.insecure_kubelet_readonly_port_enabled) === "FALSE",
  },
  {
    id: "GKE024",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Insecure RBAC bindings blocked",
    rationale:
      "A RoleBinding to system:anonymous, system:unauthenticated or system:authenticated opens the cluster to anyone with (or without) a Google account.",
    fix: "Set rbac_binding_config with enable_insecure_binding_system_unauthenticated and enable_insecure_binding_system_authenticated = false.",
    check: (c) => {
      const r = first(c.rbac_binding_config);
      return (
        r !== undefined &&
        r.enable_insecure_binding_system_unauthenticated === false &&
        r.enable_insecure_binding_system_authenticated === false
      );
    },
  },
  {
    id: "GKE025",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "Anonymous authentication limited",
    rationale: "Anonymous requests should reach health-check endpoints only.",
    fix: "Set anonymous_authentication_config.mode = LIMITED (PrivateCluster's default).",
    check: (c) => first(c.anonymous_authentication_config)?.mode === "LIMITED",
  },
  {
    id: "GKE026",
    severity: "warning",
    resourceTypes: CLUSTER,
    title: "GKE cost allocation",
    rationale: "A shared cluster's cost can be charged back per namespace (team) only with cost allocation on.",
    fix: "Set cost_management_config.enabled = true (PrivateCluster's default).",
    check: (c) => isTrue(first(c.cost_management_config)?.enabled),
  },
  {
    id: "GKE027",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "System and workload logging in production-like environments",
    rationale: "Without cluster logs an incident in production cannot be investigated.",
    fix: "Keep SYSTEM_COMPONENTS and WORKLOADS in cluster.observability.loggingComponents.",
    check: (c, ctx) => {
      const components: unknown = first(c.logging_config)?.enable_components;
      return (
        !ctx.productionLike ||
        (Array.isArray(components) && ["SYSTEM_COMPONENTS", "WORKLOADS"].every((x) => components.includes(x)))
      );
    },
  },
  {
    id: "GKE028",
    severity: "warning",
    resourceTypes: POOLS,
    title: "Pool upgrade fits one CI deploy",
    rationale: `A node config change rolls every node through the upgrade strategy; if that takes longer than a deploy job may wait (${APPLY_TIMEOUT_CAP_MINUTES} minutes), Terraform gives up mid-upgrade and the deploy fails while GKE carries on.`,
    fix: "Raise upgrade.maxSurge, use BLUE_GREEN with larger batches or shorter soaks, or split the pool.",
    check: (p) => poolUpgradeMinutes(poolShape(p)) <= APPLY_TIMEOUT_CAP_MINUTES,
  },
  {
    id: "GKE029",
    severity: "error",
    resourceTypes: NODES,
    title: "Container CPU limits enforced",
    rationale:
      "Provider 6.x sends cpu_cfs_quota = false whenever kubelet_config is set without it, and GKE then ignores every container's CPU limit on those nodes.",
    fix: "Set cpu_cfs_quota = true in every node_config.kubelet_config (NodePool and PrivateCluster do); on an existing pool this is an in-place update.",
    check: (c) =>
      nodeConfigs(c).every(
        (n) => first(n.kubelet_config) === undefined || first(n.kubelet_config)?.cpu_cfs_quota === true,
      ),
  },
  {
    id: "BIN001",
    severity: "error",
    resourceTypes: ["google_binary_authorization_policy"],
    title: "Binary Authorization policy admits only trusted or attested images",
    rationale: "A default rule of ALWAYS_ALLOW enforces nothing, however the cluster is configured.",
    fix: "Use REQUIRE_ATTESTATION (with attestors) or ALWAYS_DENY as the default rule, with the organization's registries as allow patterns.",
    check: (c) => ["REQUIRE_ATTESTATION", "ALWAYS_DENY"].includes(first(c.default_admission_rule)?.evaluation_mode),
  },
  {
    id: "BIN002",
    severity: "error",
    resourceTypes: ["google_binary_authorization_policy"],
    title: "Binary Authorization enforced in production-like environments",
    rationale: "A policy in dry run only logs the images it would block.",
    fix: "Leave binaryAuthorization.dryRun off in production-like environments.",
    check: (c, ctx) =>
      !ctx.productionLike || first(c.default_admission_rule)?.enforcement_mode === "ENFORCED_BLOCK_AND_AUDIT_LOG",
  },
  {
    id: "BKP001",
    severity: "error",
    resourceTypes: ["google_gke_backup_backup_plan"],
    title: "Backups with Secrets encrypted with a key you control, in production-like environments",
    rationale:
      "Backups of Kubernetes Secrets outlive the cluster; a customer-managed key lets you audit and revoke access to them.",
    fix: "Set cluster.backup.encryptionKey to a Cloud KMS key (or includeSecrets: false).",
    check: (c, ctx) => {
      const b = first(c.backup_config);
      return (
        !ctx.productionLike ||
        b?.include_secrets === false ||
        typeof first(b?.encryption_key)?.gcp_kms_encryption_key === "string"
      );
    },
  },
  {
    id: "NET001",
    severity: "error",
    resourceTypes: ["google_compute_network"],
    title: "Custom-mode VPC",
    rationale: "Auto-created subnets overlap across VPCs and regions you never use.",
    fix: "Set auto_create_subnetworks = false.",
    check: (c) => c.auto_create_subnetworks === false,
  },
  {
    id: "NET002",
    severity: "error",
    resourceTypes: ["google_compute_subnetwork"],
    title: "Private Google Access",
    rationale: "Private nodes need it to reach Google APIs without public IPs.",
    fix: "Set private_ip_google_access = true.",
    check: (c) => isTrue(c.private_ip_google_access),
  },
  {
    id: "NET003",
    severity: "warning",
    resourceTypes: ["google_compute_subnetwork"],
    title: "VPC flow logs",
    rationale: "Flow logs are the record of who talked to whom during an incident.",
    fix: "Set network.flowLogs in the environment config.",
    check: (c) => first(c.log_config) !== undefined,
  },
  {
    id: "NET004",
    severity: "error",
    resourceTypes: ["google_compute_subnetwork_iam_member", "google_compute_subnetwork_iam_binding"],
    title: "No subnet grants for service agents that deploy VMs or clusters",
    rationale:
      "networkUser for a project's Google APIs or GKE agent lets it run its own VMs or cluster in the shared subnet, beside every tenant.",
    fix: "Remove the grant; service projects reach the shared network over private service access and the host project's cluster.",
    check: (c) => {
      const members: string[] = c.members ?? (c.member ? [c.member] : []);
      return (
        c.role !== "roles/compute.networkUser" ||
        !members.some((m) =>
          /@(cloudservices\.gserviceaccount\.com|container-engine-robot\.iam\.gserviceaccount\.com)$/.test(m),
        )
      );
    },
  },
  {
    id: "NAT001",
    severity: "error",
    resourceTypes: ["google_compute_router_nat"],
    title: "NAT error logging",
    rationale: "Port exhaustion and dropped connections are invisible without logs.",
    fix: "Set log_config.enable = true with filter ERRORS_ONLY or ALL.",
    check: (c) => isTrue(first(c.log_config)?.enable) && ["ERRORS_ONLY", "ALL"].includes(first(c.log_config)?.filter),
  },
  {
    id: "RED001",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis AUTH",
    rationale: "Without AUTH anything in the VPC can read and write the cache.",
    fix: "Set auth_enabled = true.",
    check: (c) => isTrue(c.auth_enabled),
  },
  {
    id: "RED002",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis in-transit encryption",
    rationale: "AUTH strings and data cross the network in clear text otherwise.",
    fix: "Set transit_encryption_mode = SERVER_AUTHENTICATION.",
    check: (c) => c.transit_encryption_mode === "SERVER_AUTHENTICATION",
  },
  {
    id: "RED003",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis over private service access",
    rationale: "Private service access keeps the instance on the shared VPC's private ranges.",
    fix: "Set connect_mode = PRIVATE_SERVICE_ACCESS.",
    check: (c) => c.connect_mode === "PRIVATE_SERVICE_ACCESS",
  },
  {
    id: "RED004",
    severity: "error",
    resourceTypes: ["google_redis_instance"],
    title: "Redis HA in production-like environments",
    rationale: "A BASIC instance loses all data and availability on a zone or node failure.",
    fix: "Set redis.tier: STANDARD_HA, or waive RED004 with a reason.",
    check: (c, ctx) => !ctx.productionLike || c.tier === "STANDARD_HA",
  },
  {
    id: "SQL001",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL on private IP only",
    rationale: "A public IP exposes the database's login to the internet; private service access keeps it on the VPC.",
    fix: "Set settings.ip_configuration.ipv4_enabled = false with private_network (SqlInstance does).",
    check: (c) => {
      const ip = first(sqlSettings(c).ip_configuration);
      return (
        ip?.ipv4_enabled === false && typeof ip.private_network === "string" && !(ip.authorized_networks?.length > 0)
      );
    },
  },
  {
    id: "SQL002",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL requires encrypted connections",
    rationale: "Without it clients may send credentials and data in clear text across the VPC.",
    fix: "Set settings.ip_configuration.ssl_mode = ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.",
    check: (c) =>
      ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"].includes(
        first(sqlSettings(c).ip_configuration)?.ssl_mode,
      ),
  },
  {
    id: "SQL003",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL backups and point-in-time recovery in production-like environments",
    rationale: "A dropped table or bad migration is only undone by restoring to the minute before it.",
    fix: "Enable backup_configuration with point_in_time_recovery_enabled (PostgreSQL) or binary_log_enabled (MySQL).",
    check: (c, ctx) => {
      const b = first(sqlSettings(c).backup_configuration);
      return (
        !ctx.productionLike ||
        (isTrue(b?.enabled) && (isTrue(b?.point_in_time_recovery_enabled) || isTrue(b?.binary_log_enabled)))
      );
    },
  },
  {
    id: "SQL004",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL deletion protection in production-like environments",
    rationale: "Deleting an instance deletes its data and, after a retention period, its backups.",
    fix: "Keep sql.deletionProtection: true (deletion_protection and settings.deletion_protection_enabled).",
    check: (c, ctx) =>
      !ctx.productionLike || (c.deletion_protection !== false && isTrue(sqlSettings(c).deletion_protection_enabled)),
  },
  {
    id: "SQL005",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL high availability in production-like environments",
    rationale: "A ZONAL instance is down for as long as its zone is.",
    fix: "Set sql.availability: REGIONAL, or waive SQL005 with a reason.",
    check: (c, ctx) => !ctx.productionLike || sqlSettings(c).availability_type === "REGIONAL",
  },
  {
    id: "SQL006",
    severity: "error",
    resourceTypes: ["google_sql_user"],
    title: "Cloud SQL users authenticate with IAM",
    rationale: "Passwords leak, are shared and are not revoked when people leave; IAM logins are.",
    fix: "Use the workload's IAM database user (type CLOUD_IAM_SERVICE_ACCOUNT), or waive SQL006 with a reason.",
    check: (c) => /^CLOUD_IAM_/.test(c.type ?? ""),
  },
  {
    id: "SQL007",
    severity: "error",
    resourceTypes: SQL,
    title: "IAM database authentication enabled",
    rationale: "IAM users cannot log in unless the instance's IAM authentication flag is on.",
    fix: "Set database flag cloudsql.iam_authentication (PostgreSQL) or cloudsql_iam_authentication (MySQL) to on.",
    check: (c) =>
      (sqlSettings(c).database_flags ?? []).some(
        (f: Json) => /^cloudsql[._]iam_authentication$/.test(f.name) && f.value === "on",
      ),
  },
  {
    id: "SQL010",
    severity: "error",
    resourceTypes: SQL,
    title: "Cloud SQL dedicated cores in production-like environments",
    rationale: "Shared-core machine types (db-f1-micro, db-g1-small) come without an SLA.",
    fix: "Set sql.tier to a dedicated type like db-custom-2-7680, or waive SQL010 with a reason.",
    check: (c, ctx) => !ctx.productionLike || !isSharedCoreTier(sqlSettings(c).tier ?? ""),
  },
  {
    id: "GCS001",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Bucket public access prevention",
    rationale: "One allUsers grant publishes every object; enforced prevention makes such grants fail.",
    fix: "Set public_access_prevention = enforced.",
    check: (c) => c.public_access_prevention === "enforced",
  },
  {
    id: "GCS002",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Uniform bucket-level access",
    rationale: "Per-object ACLs bypass IAM and cannot be reviewed in one place.",
    fix: "Set uniform_bucket_level_access = true.",
    check: (c) => isTrue(c.uniform_bucket_level_access),
  },
  {
    id: "GCS003",
    severity: "error",
    resourceTypes: BUCKET,
    title: "Bucket versioning in production-like environments",
    rationale: "Without versions an overwrite or delete by a buggy release cannot be undone.",
    fix: "Keep versioning: true on the bucket, or waive GCS003 with a reason.",
    check: (c, ctx) => !ctx.productionLike || isTrue(first(c.versioning)?.enabled),
  },
  {
    id: "GCS004",
    severity: "error",
    resourceTypes: ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding"],
    title: "No public bucket grants",
    rationale: "allUsers and allAuthenticatedUsers make objects readable by anyone with a Google account or none.",
    fix: "Grant named service accounts or groups only.",
    check: (c) => !membersOf(c).some((m) => /^(allUsers|allAuthenticatedUsers)$/.test(m)),
  },
  {
    id: "ARM001",
    severity: "error",
    resourceTypes: ARMOR,
    title: "Armor policy has a default rule and at least one other rule",
    rationale: "A policy with only a default rule filters nothing.",
    fix: "Add WAF, allow/deny or rate-limit rules (ArmorPolicy adds its default WAF set).",
    check: (c) => {
      const rules: Json[] = c.rule ?? [];
      return rules.some((r) => r.priority === 2147483647) && rules.length >= 2;
    },
  },
  {
    id: "ARM002",
    severity: "warning",
    resourceTypes: ARMOR,
    title: "Armor policy blocks Log4Shell probes",
    rationale: "Log4j remote code execution (CVE-2021-44228) is still probed for constantly.",
    fix: "Keep the cve-canary WAF rule (in ArmorPolicy's defaults) in the policy's wafRules.",
    check: (c) => (c.rule ?? []).some((r: Json) => /'cve-canary'/.test(first(first(r.match)?.expr)?.expression ?? "")),
  },
  {
    id: "ARM003",
    severity: "error",
    resourceTypes: ARMOR,
    title: "No allow rule ahead of the WAF",
    rationale:
      "An allow rule ends evaluation: its sources skip every WAF rule after it, so the WAF counts but protects nothing for them.",
    fix: "Give allow rules (and rate limits, whose conforming traffic is allowed) a larger priority number than every WAF rule (ArmorPolicy does).",
    check: (c) => {
      const rules: Json[] = c.rule ?? [];
      const waf = rules.filter((r) => isWaf(r) && !isTrue(r.preview)).map((r) => Number(r.priority));
      if (waf.length === 0) return true;
      const lastWaf = Math.max(...waf);
      return !rules.some((r) => !isTrue(r.preview) && allows(r) && Number(r.priority) < lastWaf);
    },
  },
  {
    id: "ARM004",
    severity: "error",
    resourceTypes: ARMOR,
    title: "WAF rules enforced in production-like environments",
    rationale: "A rule in preview only logs: a production WAF in preview blocks nothing.",
    fix: "Remove preview: true from the wafRules of production-like environments once tuned in dev.",
    check: (c, ctx) => !ctx.productionLike || !(c.rule ?? []).some((r: Json) => isWaf(r) && isTrue(r.preview)),
  },
  {
    id: "ARM005",
    severity: "error",
    resourceTypes: ARMOR,
    title: "Adaptive protection in production-like environments",
    rationale: "Layer-7 DDoS detection learns the normal traffic and proposes rules during an attack.",
    fix: "Keep armor.adaptiveProtection: true (the default).",
    check: (c, ctx) =>
      !ctx.productionLike || isTrue(first(first(c.adaptive_protection_config)?.layer_7_ddos_defense_config)?.enable),
  },
  {
    id: "ARM006",
    severity: "warning",
    resourceTypes: ARMOR,
    title: "WAF parses JSON bodies",
    rationale: "Without JSON parsing the WAF sees a JSON body as one string and misses attacks inside its fields.",
    fix: "Keep armor.jsonParsing: STANDARD (the default).",
    check: (c) => /^STANDARD/.test(String(first(c.advanced_options_config)?.json_parsing ?? "")),
  },
  {
    id: "PRJ001",
    severity: "error",
    resourceTypes: ["google_project"],
    title: "No default network",
    rationale: "The default network has permissive firewall rules and auto subnets.",
    fix: "Set auto_create_network = false.",
    check: (c) => c.auto_create_network === false,
  },
  {
    id: "PRJ002",
    severity: "error",
    resourceTypes: ["google_project"],
    title: "Project deletion protection",
    rationale: "Deleting a project deletes every resource and all data in it.",
    fix: "Set deletion_policy = PREVENT.",
    check: (c) => (c.deletion_policy ?? "PREVENT") === "PREVENT",
  },
  {
    id: "IAM001",
    severity: "error",
    resourceTypes: IAM_MEMBERS,
    title: "No basic roles for users and groups",
    rationale: "Owner/Editor/Viewer grant far more than anyone needs and cross service boundaries.",
    fix: "Grant predefined roles instead of roles/owner, roles/editor or roles/viewer.",
    check: (c) => {
      const members: string[] = c.members ?? (c.member ? [c.member] : []);
      return !(PRIMITIVE.has(c.role) && members.some((m) => /^(user|group|domain):/.test(m)));
    },
  },
  {
    id: "IAM002",
    severity: "error",
    resourceTypes: IAM_MEMBERS,
    title: "No basic roles for service accounts",
    rationale: "A workload with Editor can change anything in its project.",
    fix: "Grant the predefined roles the workload needs.",
    check: (c) => {
      const members: string[] = c.members ?? (c.member ? [c.member] : []);
      return !(PRIMITIVE.has(c.role) && members.some((m) => /^serviceAccount:/.test(m)));
    },
  },
  {
    id: "IAM003",
    severity: "error",
    resourceTypes: IAM_MEMBERS,
    title: "No roles that let their holder grant itself more",
    rationale:
      "IAM admin, service account user, token creator or key admin roles let a team or workload escalate beyond its project's boundary.",
    fix: "Remove the role from teamRoles / serviceAccountRoleAllowList in config/platform.yaml; grant narrower roles.",
    check: (c) => escalationReason(String(c.role)) === undefined,
  },
  {
    id: "IAM004",
    severity: "error",
    resourceTypes: IAM_MEMBERS,
    title: "Groups and users from the organization's domain",
    rationale:
      "A group outside the organization is managed by someone else, who then decides who gets the team's access.",
    fix: "Use the team's group in teamGroupDomain (config/platform.yaml).",
    check: (c, ctx) => {
      const members: string[] = c.members ?? (c.member ? [c.member] : []);
      const domain = ctx.organizationDomain;
      return !domain || members.filter((m) => /^(user|group):/.test(m)).every((m) => m.endsWith(`@${domain}`));
    },
  },
  {
    id: "ENV001",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Production protections on where the platform declares production",
    rationale:
      "productionLike: false in an environment file listed in productionEnvironments drops HA Redis, backups and the production guardrails.",
    fix: "Remove productionLike from the environment file, or waive ENV001 there with the reason.",
    check: (_c, ctx) => !ctx.productionDeclared || ctx.productionLike,
  },
  {
    id: "K8S001",
    severity: "error",
    resourceTypes: ["Namespace"],
    title: "Pod Security restricted in production-like environments, at least baseline elsewhere",
    rationale: "Privileged or host-path pods break out of the namespace and reach the node and every other tenant.",
    fix: "Leave podSecurity out of the service file (restricted in production), or waive K8S001 with the reason the service needs baseline.",
    check: (c, ctx) => {
      const level = c.metadata?.labels?.["pod-security.kubernetes.io/enforce"];
      return ctx.productionLike ? level === "restricted" : level === "restricted" || level === "baseline";
    },
  },
  {
    id: "K8S002",
    severity: "error",
    // The team's access is a fleet scope RBAC role binding on every cluster; a RoleBinding is judged the same way.
    resourceTypes: ["RoleBinding", "google_gke_hub_scope_rbac_role_binding"],
    title: "Read-only team access in production-like environments",
    rationale:
      "Production changes go through CD; a team that can edit its production namespace bypasses review and the pipeline.",
    fix: "Give the team group the view role (VIEW scope role) in production-like environments, or waive K8S002 in the service file with the reason.",
    check: (c, ctx) =>
      !ctx.productionLike ||
      (!["edit", "admin", "cluster-admin"].includes(c.roleRef?.name) &&
        !["EDIT", "ADMIN"].includes(c.role?.predefined_role)),
  },
  {
    id: "K8S003",
    severity: "error",
    resourceTypes: ["NetworkPolicy"],
    title: "NetworkPolicies open no path to everyone",
    rationale: "A rule without peers, or with 0.0.0.0/0, undoes the namespace's default deny.",
    fix: "Name the namespaces or ranges in networkAccess of the service file.",
    check: (c) => {
      const peersOk = (peers: unknown) =>
        Array.isArray(peers) &&
        peers.length > 0 &&
        peers.every((p: Json) => !p.ipBlock || !/\/0$/.test(String(p.ipBlock.cidr)));
      return [
        ...(c.spec?.ingress ?? []).map((r: Json) => r.from),
        ...(c.spec?.egress ?? []).map((r: Json) => r.to),
      ].every(peersOk);
    },
  },
  {
    id: "LBL001",
    severity: "error",
    resourceTypes: [
      "google_container_cluster",
      "google_container_node_pool",
      "google_project",
      "google_redis_instance",
      "google_compute_address",
      "google_pubsub_topic",
      "google_secret_manager_secret",
      "google_gke_backup_backup_plan",
      "google_sql_database_instance",
      "google_storage_bucket",
      "google_dns_managed_zone",
    ],
    title: "Cost labels present",
    rationale: "Unlabelled resources cannot be charged back to a team or environment.",
    fix: "Let the Labels aspect apply environment labels; do not clear them.",
    check: (c) => {
      const labels =
        c.resource_labels ?? c.labels ?? first(c.node_config)?.resource_labels ?? first(c.settings)?.user_labels;
      return labels !== undefined && typeof labels === "object" && "environment" in labels;
    },
  },
];

export const RULES: readonly Rule[] = [...CORE_RULES, ...WORKLOAD_RULES, ...ENDPOINT_RULES, ...FLEET_RULES];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
