/*
 * google_binary_authorization_policy, provider v6.50.0
 * (google/services/binaryauthorization/resource_binary_authorization_policy.go):
 * - default_admission_rule (required): evaluation_mode ALWAYS_ALLOW | REQUIRE_ATTESTATION |
 *   ALWAYS_DENY; enforcement_mode ENFORCED_BLOCK_AND_AUDIT_LOG | DRYRUN_AUDIT_LOG_ONLY;
 *   require_attestations_by must be non-empty exactly when REQUIRE_ATTESTATION.
 * - admission_whitelist_patterns.name_pattern: "registry/path/to/image", a trailing * or **
 *   allowed after the registry.
 * - global_policy_evaluation_mode: ENABLE | DISABLE (Google's policy for GKE system images).
 * Without a policy resource the project's default policy applies, which allows all images:
 * https://cloud.google.com/binary-authorization/docs/key-concepts#default_policy
 */

/** An attestor's resource name. */
export const ATTESTOR = /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/attestors\/[A-Za-z0-9_-]{1,100}$/;
/** An image registry path without wildcards: host, then project and optional repository. */
export const IMAGE_REGISTRY = /^[a-z0-9.-]+\.(pkg\.dev|gcr\.io)(\/[a-z0-9._-]+){1,2}$/;
