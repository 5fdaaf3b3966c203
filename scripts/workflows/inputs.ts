import { KitConfig } from "../../lib/config/load";
import { BootstrapConfig } from "../../bootstrap/bootstrap-schema";
import { promotionOrder } from "../../lib/config/promotion";

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
}

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
  };
}
