import { controlProblems, ExpectedControls, GhEnvironment, GhRule } from "../changepath/github-controls";
import { expectedControls } from "../scripts/ci/github-controls";
import { FIXTURE_ROOT } from "./helpers";

const expected: ExpectedControls = expectedControls(FIXTURE_ROOT);
type Actual = { environments: GhEnvironment[]; branchPolicies: Record<string, string[]>; rules: GhRule[] };

/** What the API reports for a repository set up as the bootstrap's github stack sets it. */
function compliant(c: ExpectedControls): Actual {
  const environments: GhEnvironment[] = c.environments.map((e) => ({
    name: e.name,
    can_admins_bypass: false,
    protection_rules: e.reviewed
      ? [
          {
            type: "required_reviewers",
            prevent_self_review: true,
            reviewers: [
              ...(c.reviewers?.teams ?? []).map((id) => ({ type: "Team", reviewer: { id } })),
              ...(c.reviewers?.users ?? []).map((id) => ({ type: "User", reviewer: { id } })),
            ],
          },
        ]
      : [],
    deployment_branch_policy: e.onlyFromBranch ? { protected_branches: false, custom_branch_policies: true } : null,
  }));
  return {
    environments,
    branchPolicies: Object.fromEntries(c.environments.filter((e) => e.onlyFromBranch).map((e) => [e.name, [c.branch]])),
    rules: [
      { type: "deletion" },
      { type: "non_fast_forward" },
      {
        type: "pull_request",
        parameters: {
          require_code_owner_review: true,
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_last_push_approval: true,
        },
      },
      {
        type: "required_status_checks",
        parameters: { required_status_checks: c.requiredChecks.map((context) => ({ context })) },
      },
    ],
  };
}

describe("GitHub-side controls check (deploys refuse to run without them)", () => {
  it("expects every environment the bootstrap defines, with reviewers where approvals happen", () => {
    const names = expected.environments.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["prd", "prd-drift", "prd-approve", "prd-destroy", "dev-plan"]));
    expect(names).not.toContain("prd-plan");
    expect(expected.environments.filter((e) => e.reviewed).every((e) => /-(approve|destroy)$/.test(e.name))).toBe(true);
    expect(controlProblems(expected, compliant(expected))).toEqual([]);
  });

  const env = (a: Actual, name: string) => a.environments.find((e) => e.name === name)! as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, (a: Actual) => void, string]>([
    [
      "a deleted environment",
      (a) => (a.environments = a.environments.filter((e) => e.name !== "prd")),
      "GitHub Environment prd does not exist",
    ],
    ["reviewers removed", (a) => (env(a, "prd-approve").protection_rules = []), "prd-approve: no required reviewers"],
    [
      "self-review allowed",
      (a) => (env(a, "prd-destroy").protection_rules[0].prevent_self_review = false),
      "prd-destroy: the run's author may approve it",
    ],
    ["admins may bypass", (a) => (env(a, "stg").can_admins_bypass = true), "stg: administrators can bypass it"],
    [
      "another branch admitted",
      (a) => (a.branchPolicies.prd = ["main", "release/*"]),
      "prd: must admit only branch main",
    ],
    [
      "no branch policy",
      (a) => (env(a, "prd-drift").deployment_branch_policy = null),
      "prd-drift: must admit only branch main, admits every branch",
    ],
    [
      "code-owner review off",
      (a) => ((a.rules[2].parameters as Record<string, unknown>).require_code_owner_review = false),
      "pull_request.require_code_owner_review is false",
    ],
    [
      "force pushes allowed",
      (a) => (a.rules = a.rules.filter((r) => r.type !== "non_fast_forward")),
      "force pushes are not blocked",
    ],
    [
      "the plan check no longer required",
      (a) =>
        ((a.rules[3].parameters as Record<string, unknown>).required_status_checks = expected.requiredChecks
          .filter((c) => c !== "plan result")
          .map((context) => ({ context }))),
      'check "plan result" is not required',
    ],
  ])("refuses %s", (_what, edit, message) => {
    const actual = structuredClone(compliant(expected));
    edit(actual);
    expect(controlProblems(expected, actual)).toEqual([expect.stringContaining(message)]);
  });
});
