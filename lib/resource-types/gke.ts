import {
  DEPLOY_BINAUTHZ_POLICY_EDITOR,
  DEPLOY_CONTAINER_ADMIN,
  DEPLOY_GKE_BACKUP_ADMIN,
  DEPLOY_NODE_SA_USER,
  DEPLOY_PUBSUB_EDITOR,
} from "./grants";
import type { ResourceType } from "./types";

/** GKE: the cluster, its node pools and what hangs off the cluster. */
export const GKE_TYPES: readonly ResourceType[] = [
  {
    type: "google_container_cluster",
    source: "container/resource_container_cluster.go",
    guard: { kind: "protected", loss: "the cluster and every workload on it" },
    labels: ["resourceLabels"],
    protections: [
      { path: ["deletion_protection"], what: "cluster deletion protection", on: { equals: true } },
      { path: ["private_cluster_config", 0, "enable_private_nodes"], what: "private nodes", on: { equals: true } },
      { path: ["enable_legacy_abac"], what: "legacy ABAC off", on: { equals: false } },
      { path: ["enable_shielded_nodes"], what: "shielded nodes", on: { equals: true } },
      { path: ["workload_identity_config", 0, "workload_pool"], what: "Workload Identity", on: "non-empty" },
      // Leaving the fleet deletes the cluster's membership: its team scopes' namespaces, the
      // multi-cluster Gateway's backends there and its Multi-cluster Services go with it.
      { path: ["fleet", 0, "project"], what: "fleet membership", on: "non-empty" },
    ],
    forceNew: {
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
    },
    timeouts: { minutes: { create: 40, update: 60, delete: 40 }, source: "container/resource_container_cluster.go" },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_CONTAINER_ADMIN, DEPLOY_NODE_SA_USER],
        where: "host project",
        permissions:
          "`container.clusters.create`, `.get`, `.update`, `.delete`, `container.operations.get`; `iam.serviceAccounts.actAs` on the node service account (bootstrap pool)",
        heldThrough: "`roles/container.admin`; `roles/iam.serviceAccountUser` on the node service account",
        reference: "https://cloud.google.com/kubernetes-engine/docs/how-to/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`node_config`, `initial_node_count`",
        why: "The read sets `node_config` from the API's `cluster.nodeConfig`, which after `remove_default_node_pool` describes the first remaining pool (in dev a spot pool, and `spot` is ForceNew); `initial_node_count` is ForceNew and only shapes the deleted pool. Both are in `lifecycle.ignore_changes` (tested).",
        source:
          '`container/resource_container_cluster.go` (`resourceContainerClusterRead`: `d.Set("node_config", flattenNodeConfig(cluster.NodeConfig, …))`, `d.Set("initial_node_count", …)`)',
      },
      {
        couldDiffer:
          "`network`, `subnetwork`, maintenance `start_time`/`end_time`, `recurrence`, `binary_authorization`, posture modes",
        why: "The kit sends IDs (`projects/…/networks/…`), the API returns self-links: `CompareSelfLinkOrResourceName`. Times and RRULEs are compared semantically (`Rfc3339TimeDiffSuppress`, `rfc5545RecurrenceDiffSuppress`); `BinaryAuthorizationDiffSuppress`; posture modes suppress `*_UNSPECIFIED`. The kit sends `VULNERABILITY_DISABLED`, which is what GKE reports now that scanning is gone.",
        source: "same file, schema",
      },
      {
        couldDiffer:
          "`addons_config`, `logging_config`, `monitoring_config`, `node_pool_defaults`, `control_plane_endpoints_config`, `private_cluster_config`, `release_channel`, `node_pool`, `node_version`, `master_version`",
        why: "Blocks the kit sets are Optional+Computed or set whole by the kit (every addon, every logging/monitoring component, Managed Prometheus), so GKE's additions land in Computed fields; `node_pool` and the versions are Computed and never set (node pools are their own resources; versions follow the release channel). `private_cluster_config` is compared by `containerClusterPrivateClusterConfigSuppress`.",
        source: "same file",
      },
      {
        couldDiffer: "`master_auth.client_certificate_config.issue_client_certificate`",
        why: "Read back as `len(clientCertificate) != 0`: false for a cluster created without a certificate, as the kit asks.",
        source: "`flattenMasterAuth`",
      },
      {
        couldDiffer: "`resource_labels`, `deletion_protection`",
        why: "Labels are compared on the configured keys (`SetDiffForLabelsWithCustomizedName`; GKE's own labels go to `effective_labels`); `deletion_protection` is provider-side only, never read from the API.",
        source: "same file",
      },
    ],
  },
  {
    type: "google_container_node_pool",
    source: "container/resource_container_node_pool.go, container/node_config.go",
    guard: {
      kind: "routine-outside-production",
      why: "recreating a pool evicts its pods at once; in production swap pools blue-green instead",
      loss: "the pool's nodes at once, evicting their pods",
    },
    labels: ["nodeConfig", "resourceLabels"],
    protections: [
      {
        path: ["node_config", 0, "workload_metadata_config", 0, "mode"],
        what: "the GKE metadata server",
        on: { equals: "GKE_METADATA" },
      },
      {
        path: ["node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"],
        what: "secure boot",
        on: { equals: true },
      },
    ],
    forceNew: {
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
    },
    timeouts: { minutes: { create: 30, update: 30, delete: 30 }, source: "container/resource_container_node_pool.go" },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_CONTAINER_ADMIN, DEPLOY_NODE_SA_USER],
        where: "host project",
        permissions:
          "`container.clusters.update`, `.get`, `container.operations.get`; `iam.serviceAccounts.actAs` on the node service account",
        heldThrough: "`roles/container.admin`; `roles/iam.serviceAccountUser` on the node service account",
        reference: "https://cloud.google.com/kubernetes-engine/docs/how-to/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`node_config.metadata`",
        why: "GKE adds `disable-legacy-endpoints=true` to every node; the kit sends it, so the map the API returns equals the config (metadata is ForceNew: a missing key would replace the pool).",
        source: "`container/node_config.go`",
      },
      {
        couldDiffer: "`node_config.labels`, `kubelet_config`, `resource_labels`, `taint`, `oauth_scopes`",
        why: "`labels` and `kubelet_config` are Optional+Computed (GKE Sandbox and defaults add to them); `goog-gke*` resource labels are suppressed (`containerNodePoolResourceLabelsDiffSuppress`); taints are flattened against the configured ones, GKE-added taints go to `effective_taints`; the one scope the kit sends is kept as sent.",
        source: "`container/node_config.go` (`flattenNodeConfig`)",
      },
      {
        couldDiffer: "`cluster`, autoscaling totals, `node_count`, `version`, `location_policy`",
        why: "The read never sets `cluster` (kept as configured); the kit sets only min/max per zone, the rest is Computed; `version` is Computed and follows auto-upgrade.",
        source: "`container/resource_container_node_pool.go`",
      },
    ],
  },
  {
    type: "google_gke_backup_backup_plan",
    source: "gkebackup/resource_gke_backup_backup_plan.go",
    guard: { kind: "protected", loss: "the backup plan and the schedule of every backup" },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "cluster", "location", "project"],
      drivenBy: "environment name",
      consequence: "a new plan; backups of the old one stay until their retention ends.",
    },
    timeouts: {
      minutes: { create: 20, update: 20, delete: 20 },
      source: "gkebackup/resource_gke_backup_backup_plan.go",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_GKE_BACKUP_ADMIN],
        where: "host project",
        permissions: "`gkebackup.backupPlans.create`, `.get`, `.update`, `.delete`",
        heldThrough: "`roles/gkebackup.admin`",
        reference: "https://cloud.google.com/kubernetes-engine/docs/add-on/backup-for-gke/how-to/install#iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`backup_schedule`, `retention_policy`, `backup_config`",
        why: "The kit sends the cron schedule, retain and lock days and the whole backup config; `rpo_config`, `locked` and state fields are Computed.",
        source: "`gkebackup/resource_gke_backup_backup_plan.go`",
      },
    ],
  },
  {
    type: "google_binary_authorization_policy",
    source: "binaryauthorization/resource_binary_authorization_policy.go",
    guard: { kind: "protected" },
    forceNew: {
      attributes: ["project"],
      drivenBy: "environment projectId",
      consequence: "the old project keeps its policy; the new one is created in the new project.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_BINAUTHZ_POLICY_EDITOR],
        where: "host project",
        permissions: "`binaryauthorization.policy.get`, `.update`",
        heldThrough: "`roles/binaryauthorization.policyEditor`",
        reference: "https://cloud.google.com/binary-authorization/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`global_policy_evaluation_mode`, `require_attestations_by`",
        why: "The kit sends the mode (ENABLE) and the whole default rule; attestor names are compared with `CompareSelfLinkOrResourceName`; the whitelist patterns are sent in config order and read back in it.",
        source: "`binaryauthorization/resource_binary_authorization_policy.go`",
      },
    ],
  },
  {
    type: "google_pubsub_topic",
    source: "pubsub/resource_pubsub_topic.go",
    guard: { kind: "protected", loss: "the topic and every subscription's attachment to it" },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "project"],
      drivenBy: "environment name",
      consequence: "subscriptions to the old topic stop receiving upgrade notifications.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_PUBSUB_EDITOR],
        where: "host project",
        permissions:
          "`pubsub.topics.create`, `.get`, `.update`, `.delete` (no IAM on the topic: GKE's service agent publishes)",
        heldThrough: "`roles/pubsub.editor`",
        reference: "https://cloud.google.com/pubsub/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`message_retention_duration`, `labels`",
        why: "Sent as the API formats it (`604800s`); labels compared on configured keys.",
        source: "`pubsub/resource_pubsub_topic.go`",
      },
    ],
  },
];
