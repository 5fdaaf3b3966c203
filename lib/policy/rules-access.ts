import type { Rule } from "./rules";
import { first, PRIMITIVE, CLUSTER, IAM_MEMBERS, Json } from "./rule-helpers";
import { escalationReason } from "../gcp/iam";
import { isRequiredAgentGrant } from "../gcp/fleet";

/** Guardrails of projects, IAM, environments, the Kubernetes hand-off and labels. Same shape as RULES in rules.ts, which lists these in order. */
export const ACCESS_RULES: readonly Rule[] = [
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
    // A Google service agent doing what Google's setup requires is neither a team nor a workload.
    check: (c) => escalationReason(String(c.role)) === undefined || isRequiredAgentGrant(c.role, c.member),
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
