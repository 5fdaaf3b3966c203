// Facts about the google provider the kit's JSON is applied with, read from its source.
// Re-check them when the provider moves: every `source` is a file at PROVIDER.tag.

import { ForceNew, registryMap, RESOURCE_TYPES } from "../resource-types";

/** The provider the kit's generated bindings (.gen/providers/google) are built from. */
export const PROVIDER = {
  repository: "hashicorp/terraform-provider-google",
  version: "7.45.0",
  /**
   * The newest release tag in the source the kit extracts from, and the newest version whose
   * checksums the kit can cite (.terraform.lock.hcl). The release-8.0.0 branch there is newer
   * but untagged: no 8.0.0 release to pin it to, no checksums to cite (README, "Google provider").
   */
  tag: "v7.45.0",
  commit: "6f756229ab21d14d238c6280d2255262e4cccfc4",
} as const;

/** Terraform version the kit's JSON needs: write-only arguments (`secret_data_wo`) arrived in 1.11. */
export const TERRAFORM_REQUIRED_VERSION = ">= 1.11.0";

/**
 * A job on a GitHub-hosted runner is cancelled after 6 hours (docs.github.com/en/actions/reference/limits,
 * "Job execution time"). Terraform must give up before that: a timed-out apply exits,
 * records what it did and releases the state lock; a killed one may do neither.
 */
export const GITHUB_HOSTED_JOB_MINUTES = 360;
/** The longest resource timeout the kit sets: the job's limit less time for init, plan and guard. */
export const APPLY_TIMEOUT_CAP_MINUTES = GITHUB_HOSTED_JOB_MINUTES - 30;

export type { Operation, Timeouts } from "../resource-types";

/**
 * The provider's default timeouts in minutes (schema.ResourceTimeout of each resource), for the
 * resources whose long operations the kit waits on: from the resource-type registry.
 */
export const DEFAULT_TIMEOUTS = registryMap((r) => r.timeouts);

export interface ForceNewFact extends ForceNew {
  readonly resourceType: string;
  /** Provider source file(s) under google/services/. */
  readonly source: string;
}

/** Replacements a config edit can cause, for every resource type the kit emits (from the registry). */
export const FORCE_NEW: readonly ForceNewFact[] = RESOURCE_TYPES.map((r) => ({
  resourceType: r.type,
  ...r.forceNew,
  source: r.source,
}));
