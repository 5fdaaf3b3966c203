import { Construct } from "constructs";
import { LocalBackend, TerraformStack } from "cdktf";
import { GithubProvider } from "@cdktf/provider-github/lib/provider";
import { RepositoryEnvironment } from "@cdktf/provider-github/lib/repository-environment";
import { RepositoryEnvironmentDeploymentPolicy } from "@cdktf/provider-github/lib/repository-environment-deployment-policy";
import { ActionsEnvironmentVariable } from "@cdktf/provider-github/lib/actions-environment-variable";
import { RepositoryRuleset } from "@cdktf/provider-github/lib/repository-ruleset";
import { WorkflowRepositoryPermissions } from "@cdktf/provider-github/lib/workflow-repository-permissions";
import { BootstrapConfig } from "./bootstrap-schema";
import { EnvironmentConfig } from "../lib/config/schema";
import { githubEnvironments } from "../lib/github-environments";
import { BootstrapStack, GITHUB_VARIABLES } from "./bootstrap-stack";

export interface GithubSettingsStackProps {
  readonly environments: readonly EnvironmentConfig[];
  readonly bootstrap: BootstrapConfig;
  /** Supplies the variables' values (a cross-stack reference: apply it first). */
  readonly gcp: BootstrapStack;
  readonly stateFile: string;
}

/**
 * The repository settings the CI trust model depends on, as code (provider
 * integrations/github, applied with a token of a repository administrator in GITHUB_TOKEN):
 * - per environment, the GitHub Environments of lib/github-environments.ts: identities only
 *   from the default branch (except non-production pull-request plans), reviewers other than
 *   the author for production-like applies, destroys and rollbacks; administrators cannot skip them;
 * - the Environment variables the workflows read;
 * - a ruleset on the default branch: pull requests with code-owner review, required checks,
 *   no force pushes, no deletion, nobody bypasses;
 * - a read-only default GITHUB_TOKEN that cannot approve pull requests.
 */
export class GithubSettingsStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: GithubSettingsStackProps) {
    super(scope, id);
    const b = props.bootstrap;
    const settings = b.githubSettings;
    if (!settings) throw new Error("GithubSettingsStack needs githubSettings in config/bootstrap.yaml");
    const [owner, repository] = b.github.repository.split("/");
    new LocalBackend(this, { path: props.stateFile });
    new GithubProvider(this, "github", { owner });
    const reviewers = [{ teams: settings.reviewers.teams, users: settings.reviewers.users }];
    const branch = b.github.workflowRef.replace(/^refs\/heads\//, "");

    for (const env of props.environments) {
      const ci = props.gcp.environments[env.name];
      const values: Record<(typeof GITHUB_VARIABLES)[number], string> = {
        GCP_WORKLOAD_IDENTITY_PROVIDER: props.gcp.identityProvider.name,
        GCP_PLAN_SERVICE_ACCOUNT: ci.identities.plan.email,
        GCP_DEPLOY_SERVICE_ACCOUNT: ci.identities.deploy.email,
        GCP_FACTORY_SERVICE_ACCOUNT: ci.identities.factory.email,
        TF_STATE_BUCKET: ci.stateBucket.name,
      };
      // lib/github-environments.ts: which environments, their reviewers, branch policy and identities.
      for (const spec of githubEnvironments(env)) {
        const cid = `${env.name}-${spec.purpose}`;
        // A reviewed environment waits for one of `reviewers` who is not the run's author;
        // administrators cannot skip it.
        const target = new RepositoryEnvironment(this, cid, {
          repository,
          environment: spec.name,
          canAdminsBypass: false,
          preventSelfReview: spec.reviewed,
          reviewers: spec.reviewed ? reviewers : undefined,
          deploymentBranchPolicy: spec.onlyFromBranch
            ? { protectedBranches: false, customBranchPolicies: true }
            : undefined,
        });
        if (spec.onlyFromBranch)
          new RepositoryEnvironmentDeploymentPolicy(this, `${cid}-branch`, {
            repository,
            environment: target.environment,
            branchPattern: branch,
          });
        if (spec.identities.length === 0) continue;
        for (const name of GITHUB_VARIABLES) {
          new ActionsEnvironmentVariable(this, `${target.node.id}-${name}`, {
            repository,
            environment: target.environment,
            variableName: name,
            value: values[name],
          });
        }
      }
    }

    new RepositoryRuleset(this, "default-branch", {
      repository,
      name: "default branch: reviewed, checked, no force pushes",
      target: "branch",
      enforcement: "active",
      conditions: { refName: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
      rules: {
        deletion: true,
        nonFastForward: true,
        pullRequest: {
          requiredApprovingReviewCount: 1,
          requireCodeOwnerReview: true,
          dismissStaleReviewsOnPush: true,
          requireLastPushApproval: true,
        },
        requiredStatusChecks: {
          strictRequiredStatusChecksPolicy: true,
          requiredCheck: settings.requiredChecks.map((context) => ({ context })),
        },
      },
    });
    new WorkflowRepositoryPermissions(this, "workflow-permissions", {
      repository,
      defaultWorkflowPermissions: "read",
      canApprovePullRequestReviews: false,
    });
  }
}
