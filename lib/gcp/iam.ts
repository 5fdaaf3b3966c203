/** IAM rules shared by constructs and config validation. */

/** Basic roles grant far more than any team or workload needs; never grant them. */
export const PRIMITIVE_ROLES = ["roles/owner", "roles/editor", "roles/viewer"] as const;

export function isPrimitiveRole(role: string): boolean {
  return (PRIMITIVE_ROLES as readonly string[]).includes(role);
}

export const ROLE_RE =
  /^(roles\/[a-zA-Z0-9_.]+|projects\/[a-z0-9-]+\/roles\/[a-zA-Z0-9_.]+|organizations\/\d+\/roles\/[a-zA-Z0-9_.]+)$/;

/**
 * Roles that let their holder grant itself (or act with) more than it was given: set IAM
 * policies, act as or mint credentials for service accounts, edit roles already granted,
 * or run code as a more privileged identity. Source: the permissions of each role in
 * https://cloud.google.com/iam/docs/roles-permissions (setIamPolicy, iam.serviceAccounts.
 * actAs / getAccessToken / keys.create, iam.roles.update) and
 * https://cloud.google.com/iam/docs/service-account-overview#privilege-escalation.
 */
export const ESCALATION_ROLES: Readonly<Record<string, string>> = {
  "roles/resourcemanager.projectIamAdmin": "sets the project's IAM policy",
  "roles/resourcemanager.folderIamAdmin": "sets the folder's IAM policy",
  "roles/resourcemanager.organizationAdmin": "sets the organization's IAM policy",
  "roles/iam.securityAdmin": "sets IAM policies on almost every resource",
  "roles/iam.roleAdmin": "changes the permissions of custom roles already granted",
  "roles/iam.organizationRoleAdmin": "changes the permissions of custom roles already granted",
  "roles/iam.serviceAccountAdmin": "sets IAM policies on service accounts",
  "roles/iam.serviceAccountUser": "acts as any service account of the project",
  "roles/iam.serviceAccountTokenCreator": "mints access tokens for any service account of the project",
  "roles/iam.serviceAccountKeyAdmin": "creates keys for any service account of the project",
  "roles/iam.workloadIdentityUser": "impersonates service accounts",
  "roles/iam.workloadIdentityPoolAdmin": "lets outside identities into the project",
  "roles/cloudbuild.builds.editor": "runs builds as the Cloud Build service account",
  "roles/deploymentmanager.editor": "deploys as the Google APIs service agent, which holds Editor",
  "roles/cloudfunctions.developer": "deploys functions that run as a service account",
  "roles/run.developer": "deploys services that run as a service account",
};

/** Why granting `role` lets its holder escalate, or undefined. Admin roles set IAM policies on what they administer. */
export function escalationReason(role: string): string | undefined {
  if (role in ESCALATION_ROLES) return ESCALATION_ROLES[role];
  if (/(\.admin|Admin)$/.test(role)) return "administers its resources, including who may use them (setIamPolicy)";
  return undefined;
}
