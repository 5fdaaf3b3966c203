import type { Rule } from "./rules";
import {
  first,
  isTrue,
  CLUSTER,
  POOLS,
  NODES,
  hasPublicIpEndpoint,
  nodeConfig,
  nodeConfigs,
  poolShape,
  Json,
} from "./rule-helpers";
import { authorizedBreadthProblem } from "./limits";
import { poolUpgradeMinutes, REMOVED_VULNERABILITY_MODES } from "../gcp/gke";
import { APPLY_TIMEOUT_CAP_MINUTES } from "../gcp/provider";

/** Guardrails of GKE clusters and node pools, Binary Authorization, Backup for GKE. Same shape as RULES in rules.ts, which lists these in order. */
export const GKE_RULES: readonly Rule[] = [
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
];
