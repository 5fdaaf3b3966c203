import { RESOURCE_GRANTS } from "../lib/resource-types";
import { CiGrant, CiIdentity, CI_SCOPES } from "../lib/gcp/ci";

// The roles of each CI identity (the bootstrap stack grants exactly these, docs/ci.md's role
// table is generated from them); the resource-type registry adds the roles its types need.

/** Placeholder for the organization custom role that reads Redis AUTH strings (see CI_GRANTS). */
export const REDIS_AUTH_READER = "custom:redisAuthReader";

/**
 * The resource grants of `identity`, from the registry: each once, ordered by scope
 * (CI_SCOPES) and then by the first record that needs it.
 */
function resourceGrants(identity: CiIdentity): CiGrant[] {
  const mine = [...new Set(RESOURCE_GRANTS)].filter((g) => g.identity === identity);
  return mine.sort((a, b) => CI_SCOPES.indexOf(a.scope) - CI_SCOPES.indexOf(b.scope));
}

/**
 * What each CI identity of an environment holds, with why. The stack grants exactly these
 * (plus `extraRoles`), and docs/ci.md's role table is generated from this list.
 * - plan: reads this environment only; no Secret Manager accessor, nothing that writes.
 * - deploy: platform stacks (network, cluster, NAT, Armor baseline) of this environment.
 * - factory: service stacks: creates projects, links billing, attaches them to the Shared VPC.
 */
export const CI_GRANTS: readonly CiGrant[] = [
  {
    identity: "plan",
    scope: "stateBucket",
    role: "roles/storage.objectViewer",
    reason: "read this environment's state; pull-request plans take no lock",
  },
  {
    identity: "plan",
    scope: "billingAccount",
    role: "roles/billing.viewer",
    reason: "refresh service projects' budgets and billing links",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/browser",
    reason: "find the service projects in the environment's folder",
  },
  { identity: "plan", scope: "folder", role: "roles/compute.viewer", reason: "refresh Shared VPC attachments" },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/iam.securityReviewer",
    reason: "refresh the IAM members the service stacks manage",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/iam.serviceAccountViewer",
    reason: "refresh workload service accounts",
  },
  { identity: "plan", scope: "folder", role: "roles/serviceusage.serviceUsageViewer", reason: "refresh enabled APIs" },
  { identity: "plan", scope: "folder", role: "roles/redis.viewer", reason: "refresh Memorystore instances" },
  {
    identity: "plan",
    scope: "folder",
    role: REDIS_AUTH_READER,
    reason:
      "refreshing an AUTH-enabled Redis instance reads its AUTH string (redis.instances.getAuthString, granted explicitly), which the state this identity reads holds anyway; created when organizationId is set",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/secretmanager.viewer",
    reason: "secret and version metadata only; never payloads (no secretAccessor)",
  },
  { identity: "plan", scope: "hostProject", role: "roles/browser", reason: "read the host project" },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/serviceusage.serviceUsageViewer",
    reason: "refresh enabled APIs",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/compute.viewer",
    reason: "refresh network, subnet, NAT, addresses, Armor policies",
  },
  {
    identity: "plan",
    scope: "hostProject",
    // Cluster metadata only (container.clusters.get/list, which also read node pools):
    // roles/container.viewer also reads every Kubernetes object, through the DNS endpoint too.
    role: "roles/container.clusterViewer",
    reason: "refresh the cluster and node pools (cluster metadata only: no Kubernetes objects)",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/iam.securityReviewer",
    reason: "refresh the node service account's project roles and subnet IAM",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/iam.serviceAccountViewer",
    reason: "refresh the node service account",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/pubsub.viewer",
    reason: "refresh the upgrade-notification topic",
  },
  { identity: "plan", scope: "hostProject", role: "roles/gkebackup.viewer", reason: "refresh Backup for GKE plans" },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/gkehub.viewer",
    reason: "refresh the fleet's features, scopes, namespaces and bindings",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/artifactregistry.reader",
    // Its IAM policy is read through roles/iam.securityReviewer above.
    reason:
      "refresh the repository Config Sync pulls the tenant baseline from (its images are the committed config-sync/<env>/)",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/binaryauthorization.policyViewer",
    reason: "refresh the Binary Authorization policy",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/dns.reader",
    reason: "refresh the private Google APIs DNS zones and records",
  },

  {
    identity: "deploy",
    scope: "stateBucket",
    role: "roles/storage.objectAdmin",
    reason: "read and write this environment's state and its lock",
  },
  ...resourceGrants("deploy"),

  {
    identity: "factory",
    scope: "stateBucket",
    role: "roles/storage.objectAdmin",
    reason: "read and write this environment's state and its lock",
  },
  ...resourceGrants("factory"),
];
