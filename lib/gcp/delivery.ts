// Cloud Deploy facts shared by the delivery constructs, config validation, the guardrails and
// the team's workflow template. Each with its source.

/**
 * Roles (https://cloud.google.com/deploy/docs/iam-roles-permissions and
 * https://cloud.google.com/deploy/docs/cloud-deploy-service-account):
 * - the execution service account runs render and deploy in Cloud Build and "needs permissions
 *   sufficient to read from and write to the Cloud Storage bucket and to access deployment
 *   targets": roles/clouddeploy.jobRunner (execute Cloud Deploy work, no permission to deliver to
 *   a target) in the pipeline's project, and for GKE targets the cluster: the kit grants
 *   roles/container.clusterViewer (container.clusters.get/list: the cluster's endpoint and CA,
 *   nothing inside it) on each target cluster's project; what it may change inside the cluster
 *   is Kubernetes RBAC in the service's namespace (DEPLOYER_RULES below), never cluster-wide.
 *   Whether clusterViewer also carries container.clusters.connect (the DNS endpoint's IAM check)
 *   is not stated in the sources at hand: if a rollout is refused at the DNS endpoint, that
 *   permission is what to add.
 * - the release identity creates releases and rollouts: roles/clouddeploy.releaser, granted on
 *   the pipeline only (google_clouddeploy_delivery_pipeline_iam_member), plus
 *   roles/iam.serviceAccountUser (actAs) on the execution service account, which Cloud Deploy
 *   requires of whoever starts work that runs as it.
 * - approvers: roles/clouddeploy.approver on the pipeline (approve or reject rollouts).
 */
export const DELIVERY_ROLES = {
  jobRunner: "roles/clouddeploy.jobRunner",
  clusterViewer: "roles/container.clusterViewer",
  releaser: "roles/clouddeploy.releaser",
  approver: "roles/clouddeploy.approver",
  actAs: "roles/iam.serviceAccountUser",
  workloadIdentityUser: "roles/iam.workloadIdentityUser",
} as const;

/** The only Google Cloud roles an execution identity may hold (guardrail DEL002). */
export const EXECUTION_ROLES: readonly string[] = [DELIVERY_ROLES.jobRunner, DELIVERY_ROLES.clusterViewer];

/** APIs the pipeline's project needs: Cloud Deploy runs its render and deploy jobs in Cloud Build. */
export const DELIVERY_APIS = ["clouddeploy.googleapis.com", "cloudbuild.googleapis.com"] as const;

/**
 * google_clouddeploy_target, provider release-8.0.0
 * (google/services/clouddeploy/resource_clouddeploy_target.go):
 * - gke { cluster = "projects/{project}/locations/{location}/clusters/{cluster}", dns_endpoint,
 *   internal_ip, proxy_url }: "both dns_endpoint and internal_ip cannot be set to true"; the kit
 *   sets dns_endpoint (IAM-authorized, no public IP endpoint needed, and no private worker pool).
 * - require_approval (bool), execution_configs { usages = [RENDER, DEPLOY, VERIFY, ...],
 *   service_account, execution_timeout "between 10m and 24h" }, multi_target { target_ids }.
 * google_clouddeploy_delivery_pipeline (resource_clouddeploy_delivery_pipeline.go):
 * serial_pipeline { stages { target_id, profiles, strategy { standard { verify } | canary {
 * runtime_config { kubernetes { gateway_service_mesh { http_route, service, deployment } } },
 * canary_deployment { percentages, verify } } } } }; percentages each in [0, 100), ascending.
 */
export const CLUSTER_ID = (projectId: string, location: string, cluster: string) =>
  `projects/${projectId}/locations/${location}/clusters/${cluster}`;
export const EXECUTION_USAGES = ["RENDER", "DEPLOY", "VERIFY"] as const;

/**
 * What the execution identity may do in the service's namespace (a namespaced Role, bound by a
 * RoleBinding in that namespace only, both applied by Config Sync with the namespace's baseline):
 * change the objects a release carries (the kit's overlays and the team's workloads); nothing of
 * the platform's baseline (quota, limits, network policies, role bindings), which Config Sync owns.
 */
export const DEPLOYER_RULES = [
  {
    apiGroups: ["", "apps", "batch", "autoscaling", "policy"],
    resources: [
      "configmaps",
      "services",
      "serviceaccounts",
      "deployments",
      "statefulsets",
      "daemonsets",
      "replicasets",
      "jobs",
      "cronjobs",
      "horizontalpodautoscalers",
      "poddisruptionbudgets",
      "pods",
    ],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
  {
    apiGroups: ["networking.k8s.io", "gateway.networking.k8s.io", "networking.gke.io", "cloud.google.com"],
    resources: [
      "ingresses",
      "httproutes",
      "healthcheckpolicies",
      "gcpbackendpolicies",
      "managedcertificates",
      "frontendconfigs",
      "backendconfigs",
    ],
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
  },
] as const;

/** Name of the execution identity's Role and RoleBinding in the service's namespace. */
export const DEPLOYER_ROLE = "platform-deployer";

/** Canary percentages Cloud Deploy accepts: ascending, each in [0, 100). */
export const CANARY_PERCENT = { min: 1, max: 99 } as const;

/**
 * The Workload Identity attribute a release identity is bound on: the repository's numeric ID
 * and the workflow file that defines the job, e.g. `812345678:acme/payments/.github/workflows/release.yml@refs/heads/main`.
 * The bootstrap's `teams` provider maps it (assertion.repository_id + ':' +
 * assertion.job_workflow_ref) and admits only the organization's repositories (owner ID); the
 * kit's own provider does not map it, so no binding on it matches a kit CI token.
 */
export const RELEASE_ATTRIBUTE = "repository_workflow";

/** The principalSet of one repository's release workflow at one ref. */
export const releasePrincipal = (
  pool: string,
  repository: { readonly name: string; readonly id: string },
  workflowRef: string,
): string => `principalSet://iam.googleapis.com/${pool}/attribute.${RELEASE_ATTRIBUTE}/${repository.id}:${workflowRef}`;

/**
 * skaffold.yaml schema version of the kit's service kits: v4beta13, the newest schema that
 * GoogleContainerTools/skaffold publishes (docs-v2/content/en/schemas/v4beta13.json at commit
 * 359a940c1b26e9aecfad508c1e87a679ec86e49b); the test checks the file's structure against the
 * parts of that schema it uses (SkaffoldConfig, Metadata, DeployConfig, Profile, RenderConfig,
 * Kustomize: required keys and additionalProperties false).
 */
export const SKAFFOLD_API_VERSION = "skaffold/v4beta13";
