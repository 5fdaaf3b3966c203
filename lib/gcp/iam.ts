/** IAM rules shared by constructs and config validation. */

/** Basic roles grant far more than any team or workload needs; never grant them. */
export const PRIMITIVE_ROLES = ["roles/owner", "roles/editor", "roles/viewer"] as const;

export function isPrimitiveRole(role: string): boolean {
  return (PRIMITIVE_ROLES as readonly string[]).includes(role);
}

export const ROLE_RE = /^(roles\/[a-zA-Z0-9_.]+|projects\/[a-z0-9-]+\/roles\/[a-zA-Z0-9_.]+|organizations\/\d+\/roles\/[a-zA-Z0-9_.]+)$/;
