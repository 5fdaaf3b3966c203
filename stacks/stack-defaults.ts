import { Aspects, GcsBackend, TerraformOutput, TerraformStack } from "cdktf";
import { GoogleProvider } from "../.gen/providers/google/provider";
import { LabelsAspect } from "../lib/labels-aspect";
import { PolicyAspect, PolicyReport, ScopedWaiver } from "../lib/policy/aspect";
import { naming } from "../lib/naming";
import { TERRAFORM_REQUIRED_VERSION } from "../lib/gcp/provider";
import { PRODUCTION_OUTPUT } from "../lib/options/production";

export interface StackDefaultsProps {
  readonly stateBucket: string;
  /** Project and region API calls default to. */
  readonly projectId: string;
  readonly region: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly productionLike: boolean;
  /** config/platform.yaml lists the environment as production. */
  readonly productionDeclared: boolean;
  /** Domain of the organization's groups and users (teamGroupDomain). */
  readonly organizationDomain?: string;
  readonly waivers: readonly ScopedWaiver[];
  readonly report: PolicyReport;
}

/**
 * What every stack of the kit has: its own state object in the GCS bucket, one google
 * provider, cost labels and the guardrails. Labels run before the guardrails check them.
 */
export function applyStackDefaults(stack: TerraformStack, props: StackDefaultsProps): PolicyAspect {
  const name = stack.node.id;
  new GcsBackend(stack, { bucket: props.stateBucket, prefix: naming.statePrefix(name) });
  // Write-only arguments (the Redis secret's payload) need Terraform 1.11.
  stack.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
  new GoogleProvider(stack, "google", { project: props.projectId, region: props.region });
  // Recorded in the state: the plan guard compares the deployed value with config's.
  new TerraformOutput(stack, PRODUCTION_OUTPUT, {
    value: props.productionLike,
    description: "Deployed as production-like: leaving it needs retiredProduction in config/platform.yaml",
  });
  Aspects.of(stack).add(new LabelsAspect(props.labels));
  const policy = new PolicyAspect({
    stackName: name,
    productionLike: props.productionLike,
    productionDeclared: props.productionDeclared,
    organizationDomain: props.organizationDomain,
    waivers: props.waivers,
    report: props.report,
  });
  Aspects.of(stack).add(policy);
  return policy;
}
