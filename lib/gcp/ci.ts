/**
 * Facts about GitHub's OIDC tokens, Workload Identity Federation, IAM Conditions and the
 * state bucket that the CI bootstrap relies on, each with where it was checked.
 */

/**
 * GitHub's OIDC issuer and the claims the kit maps. `repository_id` and
 * `repository_owner_id` are numeric strings that GitHub never reuses; names can be
 * re-registered after a rename or deletion. `environment` is present only when the job
 * references an environment; `job_workflow_ref` is `<owner>/<repo>/<path>@<ref>` of the
 * workflow file that defines the job (the called file for a reusable workflow).
 * Source: docs.github.com/en/actions/reference/security/oidc (OIDC token claims, example
 * token); google-github-actions/auth docs/SECURITY_CONSIDERATIONS.md (use the *_id claims).
 */
export const GITHUB_OIDC = {
  issuer: "https://token.actions.githubusercontent.com",
  claims: ["sub", "repository_id", "repository_owner_id", "environment", "job_workflow_ref"] as const,
  /** `sub` of a job that references an environment. */
  environmentSubject: (repository: string, environment: string) => `repo:${repository}:environment:${environment}`,
  /** `job_workflow_ref` of a job defined in `.github/workflows/<file>` of `repository` at `ref`. */
  jobWorkflowRef: (repository: string, file: string, ref: string) => `${repository}/.github/workflows/${file}@${ref}`,
} as const;

/**
 * A GitHub Environment's required reviewers: at most six users or teams; one of them
 * approves. Source: github/rest-api-description, environment protection rule `reviewers`
 * ("You can list up to six users or teams as reviewers").
 */
export const GITHUB_ENVIRONMENT_REVIEWERS_MAX = 6;

/**
 * Workload Identity pool provider limits (google provider v6.50.0,
 * website/docs/r/iam_workload_identity_pool_provider.html.markdown): pool and provider IDs
 * 4-32 of [a-z0-9-] without the `gcp-` prefix; display name at most 32 characters; custom
 * attribute keys [a-z0-9_], at most 50 of them; `google.subject` at most 127 characters;
 * attribute condition at most 4096 characters. A custom attribute is bound as
 * `principalSet://iam.googleapis.com/<pool name>/attribute.<key>/<value>`.
 */
export const WIF_LIMITS = {
  idPattern: /^(?!gcp-)[a-z0-9][a-z0-9-]{2,30}[a-z0-9]$/,
  displayNameMax: 32,
  attributeKeyPattern: /^[a-z0-9_]{1,100}$/,
  subjectMax: 127,
  conditionMax: 4096,
} as const;

/**
 * Service account IDs: 6-30 characters, lowercase letter first, then lowercase letters,
 * digits or hyphens, no trailing hyphen. Source: google provider v6.50.0
 * website/docs/r/google_service_account.html.markdown (account_id).
 */
export const SERVICE_ACCOUNT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/**
 * A limited IAM admin: the condition that lets a holder of an IAM admin role grant or
 * revoke only the listed roles. Source: cloud.google.com/iam/docs/setting-limits-on-granting-roles
 * (the `iam.googleapis.com/modifiedGrantsByRole` API attribute).
 */
export function grantableRolesCondition(roles: readonly string[]): string {
  return `api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly([${roles.map((r) => `'${r}'`).join(", ")}])`;
}

/**
 * Reads the provider does on every refresh, which decide what a read-only plan identity
 * needs (google provider v6.50.0):
 * - google_redis_instance with AUTH on calls GET .../instances/<name>/authString and stores
 *   the result in the computed `auth_string` (services/redis/resource_redis_instance.go,
 *   resourceRedisInstanceDecoder); it needs `redis.instances.getAuthString`.
 * - google_secret_manager_secret_version calls `<version>:access` (the payload) unless
 *   `secret_data_wo_version` is set (services/secretmanager/resource_secret_manager_secret_version.go,
 *   flattenSecretManagerSecretVersionPayload).
 */
export const REFRESH_READS_SECRETS = {
  redisAuthStringPermission: "redis.instances.getAuthString",
  redisReadPermissions: ["redis.instances.get", "redis.instances.list", "redis.instances.getAuthString"],
} as const;

/**
 * Cloud Storage bucket settings (google provider v6.50.0, website/docs/r/storage_bucket.html.markdown):
 * soft delete retention is 0 (off) or 7-90 days in seconds; `days_since_noncurrent_time`
 * cannot be 0 in Terraform; bucket names are 3-63 characters.
 */
export const BUCKET_LIMITS = {
  softDeleteMinDays: 7,
  softDeleteMaxDays: 90,
  nameMax: 63,
} as const;

/**
 * google_service_account with `create_ignore_already_exists` still calls create first and
 * adopts the existing account only on a 409 (google provider v6.50.0,
 * services/resourcemanager/resource_google_service_account.go, resourceGoogleServiceAccountCreate),
 * so the caller needs `iam.serviceAccounts.create` on the project even to adopt one.
 */
export const ADOPT_SERVICE_ACCOUNT_NEEDS = "iam.serviceAccounts.create";

/** The three CI identities of each environment. */
export const CI_IDENTITIES = ["plan", "deploy", "factory"] as const;
export type CiIdentity = (typeof CI_IDENTITIES)[number];

/** Where a grant applies, always within one environment. */
export const CI_SCOPES = [
  "stateBucket",
  "billingAccount",
  "folder",
  "hostProject",
  "nodeServiceAccount",
  "budgetTopic",
] as const;
export type CiScope = (typeof CI_SCOPES)[number];

export interface CiGrant {
  readonly identity: CiIdentity;
  readonly scope: CiScope;
  readonly role: string;
  readonly reason: string;
  /** An IAM admin role held only with a condition: it may grant and revoke these roles and no others. */
  readonly grantsOnly?: "nodeServiceAccountRoles" | "deliveryClusterRoles";
}
