import { KitConfig } from "../../lib/config/load";
import { BootstrapConfig } from "../../bootstrap/bootstrap-schema";
import { promotionOrder } from "../../lib/config/promotion";
import { ShardSettings } from "../../lib/config/ci-shards";
import { ACTIONS } from "../../lib/github-actions";
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

export { ACTIONS } from "../../lib/github-actions";

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
