import { naming } from "./naming";

/**
 * The GitHub Environments of one kit environment, as data: the bootstrap's `github` stack
 * creates them, the bootstrap binds the CI identities to them, `github-controls` checks
 * they still exist like this before a deploy, and docs/ci.md describes them.
 *
 * The branch policy, not a reviewer, is what keeps the change's code away from an
 * identity: a pull request runs on refs/pull/<n>/merge, so an environment that admits
 * only the default branch is out of its reach. Reviewers approve what is applied, after
 * the plan exists.
 */
export type GithubEnvironmentPurpose = "plan" | "drift" | "deploy" | "approve" | "destroy";
export type CiIdentityKind = "plan" | "deploy" | "factory";

export interface GithubEnvironmentSpec {
  readonly name: string;
  readonly purpose: GithubEnvironmentPurpose;
  /** Required reviewers (other than the run's author; administrators cannot bypass). */
  readonly reviewed: boolean;
  /** Only runs on the default branch may enter. */
  readonly onlyFromBranch: boolean;
  /** CI identities whose Workload Identity binding names this environment. */
  readonly identities: readonly CiIdentityKind[];
  /** The reusable workflow those identities trust here. */
  readonly workflow?: "plan" | "deploy";
  readonly why: string;
}

export function githubEnvironments(env: { name: string; productionLike: boolean }): GithubEnvironmentSpec[] {
  const spec = (purpose: GithubEnvironmentPurpose, rest: Omit<GithubEnvironmentSpec, "name" | "purpose">) => ({
    name: naming.githubEnvironment(env.name, purpose),
    purpose,
    ...rest,
  });
  return [
    // Pull-request plans run the change's synthesized JSON on a pull-request ref: never for
    // production-like environments, which are planned only after merge (in the deploy).
    ...(env.productionLike
      ? []
      : [
          spec("plan", {
            reviewed: false,
            onlyFromBranch: false,
            identities: ["plan"],
            workflow: "plan",
            why: "pull-request plans with the read-only identity",
          }),
        ]),
    spec("drift", {
      reviewed: false,
      onlyFromBranch: true,
      identities: ["plan"],
      workflow: "plan",
      why: "the weekly drift check of main, read-only",
    }),
    spec("deploy", {
      reviewed: false,
      onlyFromBranch: true,
      identities: ["deploy", "factory"],
      workflow: "deploy",
      why: "saved plans and their apply, from main only",
    }),
    ...(env.productionLike
      ? [
          spec("approve", {
            reviewed: true,
            onlyFromBranch: true,
            identities: [],
            why: "a reviewer approves the saved plans shown in the run before they are applied",
          }),
        ]
      : []),
    spec("destroy", {
      reviewed: true,
      onlyFromBranch: true,
      identities: [],
      why: "a reviewer approves plans the guard blocked, and rollbacks",
    }),
  ];
}
