import { IConstruct } from "constructs";
import { IAspect, TerraformResource } from "cdktf";
import { registryMap } from "./resource-types";

/**
 * Terraform types that take GCP labels, and the path to the attribute that holds them
 * (node pools label their VMs through node_config.resource_labels: that is where GKE cost is),
 * from the resource-type registry.
 */
export const LABEL_ATTRIBUTE = registryMap((r) => r.labels);

/**
 * Applies cost labels (environment, team, ...) to every labelable resource in a scope,
 * so no construct has to remember them. Labels a construct set itself win.
 */
export class LabelsAspect implements IAspect {
  constructor(private readonly labels: Readonly<Record<string, string>>) {}

  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const path = LABEL_ATTRIBUTE[node.terraformResourceType];
    if (!path) return;
    // Walk the generated getters (a block's getter returns its output reference) to the owner.
    type Labels = Record<string, string> | undefined;
    const owner = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>((o, key) => o[key] as Record<string, unknown>, node as never);
    const attr = path[path.length - 1];
    const own = (owner[`${attr}Input`] as Labels) ?? {};
    owner[attr] = { ...this.labels, ...own };
  }
}
