/**
 * The GitHub-side controls the trust model rests on (docs/ci.md, Threat model), compared
 * with what the repository's API reports: every GitHub Environment of
 * lib/github-environments.ts with its reviewers and branch policy, and the default
 * branch's rules. A deploy runs only when this finds nothing (deploy-env.yml, job
 * *controls*): an environment deleted or loosened by hand would otherwise open an identity
 * or skip an approval without anyone noticing.
 */
export interface ExpectedEnvironment {
  readonly name: string;
  readonly reviewed: boolean;
  readonly onlyFromBranch: boolean;
}

export interface ExpectedControls {
  readonly branch: string;
  readonly environments: readonly ExpectedEnvironment[];
  /** Numeric IDs the reviewed environments must name (config/bootstrap.yaml githubSettings.reviewers). */
  readonly reviewers?: { readonly teams: readonly number[]; readonly users: readonly number[] };
  readonly requiredChecks: readonly string[];
}

/** GET /repos/{owner}/{repo}/environments, one entry of `environments`. */
export interface GhEnvironment {
  readonly name: string;
  readonly can_admins_bypass?: boolean;
  readonly protection_rules?: readonly {
    readonly type: string;
    readonly prevent_self_review?: boolean;
    readonly reviewers?: readonly { readonly type: string; readonly reviewer?: { readonly id?: number } }[];
  }[];
  readonly deployment_branch_policy?: {
    readonly protected_branches: boolean;
    readonly custom_branch_policies: boolean;
  } | null;
}

/** GET /repos/{owner}/{repo}/rules/branches/{branch}, one entry. */
export interface GhRule {
  readonly type: string;
  readonly parameters?: Record<string, unknown>;
}

export interface ActualControls {
  readonly environments: readonly GhEnvironment[];
  /** Per environment: the names of its deployment branch policies. */
  readonly branchPolicies: Readonly<Record<string, readonly string[]>>;
  readonly rules: readonly GhRule[];
}

function environmentProblems(
  want: ExpectedEnvironment,
  env: GhEnvironment | undefined,
  c: ExpectedControls,
  actual: ActualControls,
): string[] {
  const at = `GitHub Environment ${want.name}`;
  if (!env) return [`${at} does not exist: apply the bootstrap's github stack (docs/ci.md, Repository rules)`];
  const problems: string[] = [];
  if (env.can_admins_bypass !== false) problems.push(`${at}: administrators can bypass it; turn that off`);
  if (want.reviewed) {
    const rule = env.protection_rules?.find((r) => r.type === "required_reviewers");
    const ids = (type: string) => (rule?.reviewers ?? []).filter((r) => r.type === type).map((r) => r.reviewer?.id);
    if (!rule || (rule.reviewers ?? []).length === 0) problems.push(`${at}: no required reviewers`);
    else if (rule.prevent_self_review !== true)
      problems.push(`${at}: the run's author may approve it (prevent self-review is off)`);
    for (const id of c.reviewers?.teams ?? [])
      if (rule && !ids("Team").includes(id)) problems.push(`${at}: team ${id} is not a reviewer`);
    for (const id of c.reviewers?.users ?? [])
      if (rule && !ids("User").includes(id)) problems.push(`${at}: user ${id} is not a reviewer`);
  }
  if (want.onlyFromBranch) {
    const policy = env.deployment_branch_policy;
    const names = actual.branchPolicies[want.name] ?? [];
    if (!policy || !policy.custom_branch_policies || policy.protected_branches || names.join() !== c.branch)
      problems.push(
        `${at}: must admit only branch ${c.branch}, admits ${policy ? JSON.stringify(names) : "every branch"}`,
      );
  }
  return problems;
}

function ruleProblems(c: ExpectedControls, rules: readonly GhRule[]): string[] {
  const at = `Rules of branch ${c.branch}`;
  const problems: string[] = [];
  const has = (type: string) => rules.some((r) => r.type === type);
  if (!has("deletion")) problems.push(`${at}: deletion is not blocked`);
  if (!has("non_fast_forward")) problems.push(`${at}: force pushes are not blocked`);
  const pr = rules.find((r) => r.type === "pull_request")?.parameters ?? {};
  if (!has("pull_request")) problems.push(`${at}: no pull request required`);
  else
    for (const [key, ok] of [
      ["require_code_owner_review", pr.require_code_owner_review === true],
      ["required_approving_review_count", Number(pr.required_approving_review_count) >= 1],
      ["dismiss_stale_reviews_on_push", pr.dismiss_stale_reviews_on_push === true],
      ["require_last_push_approval", pr.require_last_push_approval === true],
    ] as const)
      if (!ok) problems.push(`${at}: pull_request.${key} is ${JSON.stringify(pr[key])}`);
  const checks = rules
    .filter((r) => r.type === "required_status_checks")
    .flatMap((r) => ((r.parameters?.required_status_checks ?? []) as { context: string }[]).map((x) => x.context));
  for (const check of c.requiredChecks)
    if (!checks.includes(check)) problems.push(`${at}: check "${check}" is not required`);
  return problems;
}

/** Every way the repository's controls differ from what the bootstrap defines; empty when they hold. */
export function controlProblems(expected: ExpectedControls, actual: ActualControls): string[] {
  return [
    ...expected.environments.flatMap((want) =>
      environmentProblems(
        want,
        actual.environments.find((e) => e.name === want.name),
        expected,
        actual,
      ),
    ),
    ...ruleProblems(expected, actual.rules),
  ];
}
