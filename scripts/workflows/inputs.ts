import { KitConfig } from "../../lib/config/load";
import { BootstrapConfig } from "../../bootstrap/bootstrap-schema";
import { promotionOrder } from "../../lib/config/promotion";
import { ShardSettings } from "../../lib/config/ci-shards";
import { baselineImage } from "../../lib/gcp/config-sync";
import { baselineSource } from "../../handoff/platform-baseline";

/**
 * What the generated workflows take from the estate. A reusable workflow is named literally
 * in `uses:` (GitHub evaluates no expression there), so the repository is written in.
 */
export interface WorkflowInputs {
  /** `owner/name` (config/bootstrap.yaml github.repository). */
  readonly repository: string;
  /** The branch whose reusable workflows the CI identities trust (github.workflowRef). */
  readonly branch: string;
  readonly planWorkflow: string;
  readonly deployWorkflow: string;
  /** Every environment, in the order a merge deploys them. */
  readonly promotion: readonly string[];
  /** The production-like environments (their deploys wait for a reviewer). */
  readonly production: readonly string[];
  /** How the affected stacks of an environment are split over runners (config/platform.yaml ciShards). */
  readonly shards: ShardSettings;
  /** Per environment: the image its Config Sync pulls, which the deploy pushes config-sync/<env>/ to. */
  readonly baselineImages: Readonly<Record<string, string>>;
}

/**
 * Every third-party action the workflows use, pinned by commit (the comment names its tag):
 * one place to bump a version, for all the generated files at once.
 */
export const ACTIONS = {
  checkout: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
  uploadArtifact: "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2",
  downloadArtifact: "actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8",
  githubScript: "actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1",
  gcpAuth: "google-github-actions/auth@6fc4af4b145ae7821d527454aa9bd537d1f2dc5f # v2.1.7",
  setupTerraform: "hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd # v3.1.2",
} as const;

/** The synth job's steps that pack the synthesized stacks and upload them for the plan or deploy jobs. */
export const packSynthSteps = (
  forJobs: "plan" | "deploy",
  retentionDays: number,
): string => `      - name: Pack the synthesized output for the ${forJobs} jobs
        id: pack
        run: scripts/ci/synth-artifact.sh pack synth.tgz >> "$GITHUB_OUTPUT"
      - uses: ${ACTIONS.uploadArtifact}
        with:
          name: synth
          path: synth.tgz
          retention-days: ${retentionDays}`;

/**
 * The synth job's step that splits each environment's stacks into shards (`npm run shards`):
 * outputs plan_shards (the plan matrix) and service_shards (the deploy's, per environment).
 */
export const shardsStep = (w: WorkflowInputs, byEnv: string): string => `      - name: Shards
        id: shards
        env:
          BY_ENV: \${{ ${byEnv} }}
        run: npm run --silent shards -- --manifest cdktf.out/manifest.json --by-env "$BY_ENV" --stacks-per-shard ${w.shards.stacksPerShard} --max-shards ${w.shards.maxShards} --github-output`;

export function workflowInputs(config: KitConfig, bootstrap: BootstrapConfig): WorkflowInputs {
  const { github } = bootstrap;
  return {
    repository: github.repository,
    branch: github.workflowRef.replace(/^refs\/heads\//, ""),
    planWorkflow: github.planWorkflow,
    deployWorkflow: github.deployWorkflow,
    promotion: promotionOrder(
      config.platform,
      config.environments.map((e) => e.name),
    ),
    production: config.environments.filter((e) => e.productionLike).map((e) => e.name),
    shards: config.platform.ciShards,
    baselineImages: Object.fromEntries(config.environments.map((e) => [e.name, baselineImage(baselineSource(e))])),
  };
}
