import { IConstruct } from "constructs";
import { IAspect, TerraformResource } from "cdktf";

/**
 * Terraform types that take GCP labels, and the path to the attribute that holds them
 * (node pools label their VMs through node_config.resource_labels: that is where GKE cost is).
 */
export const LABEL_ATTRIBUTE: Readonly<Record<string, readonly string[]>> = {
  google_container_cluster: ["resourceLabels"],
  google_container_node_pool: ["nodeConfig", "resourceLabels"],
  google_project: ["labels"],
  google_redis_instance: ["labels"],
  google_compute_address: ["labels"],
  google_pubsub_topic: ["labels"],
  google_secret_manager_secret: ["labels"],
  google_gke_backup_backup_plan: ["labels"],
  google_sql_database_instance: ["settings", "userLabels"],
  google_storage_bucket: ["labels"],
  google_dns_managed_zone: ["labels"],
};

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
