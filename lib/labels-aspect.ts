import { IConstruct } from "constructs";
import { IAspect, TerraformResource } from "cdktf";

/** Terraform types that take GCP labels, and the attribute that holds them. */
const LABEL_ATTRIBUTE: Readonly<Record<string, string>> = {
  google_container_cluster: "resourceLabels",
  google_project: "labels",
  google_redis_instance: "labels",
  google_compute_address: "labels",
  google_pubsub_topic: "labels",
  google_secret_manager_secret: "labels",
};

/**
 * Applies cost labels (environment, team, ...) to every labelable resource in a scope,
 * so no construct has to remember them. Labels a construct set itself win.
 */
export class LabelsAspect implements IAspect {
  constructor(private readonly labels: Readonly<Record<string, string>>) {}

  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const attr = LABEL_ATTRIBUTE[node.terraformResourceType];
    if (!attr) return;
    const target = node as unknown as Record<string, Record<string, string> | undefined>;
    const own = target[`${attr}Input`] ?? {};
    target[attr] = { ...this.labels, ...own };
  }
}
