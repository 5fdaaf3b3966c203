import { Construct } from "constructs";
import { ITerraformDependable, TerraformOutput } from "cdktf";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { DeliveryIdentities } from "../constructs/delivery-identities";
import { DeliveryPipeline } from "../constructs/delivery-pipeline";
import { deliveryPlan } from "../lib/config/delivery";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { DELIVERY_ROLES, releasePrincipal } from "../lib/gcp/delivery";
import { GITHUB_OIDC } from "../lib/gcp/ci";
import { naming } from "../lib/naming";

export interface ServiceDeliveryProps {
  readonly platform: PlatformConfig;
  /** Every environment of the platform: the pipeline's targets are the service's. */
  readonly environments: readonly EnvironmentConfig[];
  readonly env: EnvironmentConfig;
  readonly service: ServiceConfig;
  /** The service project's APIs (Cloud Deploy, Cloud Build) and the project itself. */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * A service's delivery in one of its environments. Every environment grants the service's
 * execution identity the cluster's metadata (roles/container.clusterViewer on its host
 * project); Kubernetes RBAC in the namespace (the hand-off's Role and RoleBinding) is all it may
 * change there. The service's first environment in promotion order also holds the identities
 * and the pipeline: they exist before any later environment's stack refers to them (stacks
 * deploy in promotion order and IAM refuses a member that does not exist), and no environment's
 * CI identity grants anything outside its own projects.
 */
export function addServiceDelivery(scope: Construct, props: ServiceDeliveryProps): void {
  const { platform, env, service } = props;
  const plan = deliveryPlan(platform, props.environments, service);
  if (!plan) return;
  const isHome = plan.home.name === env.name;
  let execution: ITerraformDependable[] = [];
  if (isHome) {
    const repo = service.delivery.repository;
    const pool = platform.delivery.workloadIdentityPool;
    const identities = new DeliveryIdentities(scope, "delivery-identities", {
      projectId: plan.projectId,
      executionAccountId: naming.deliveryExecutionServiceAccount(service.name),
      releaseAccountId: naming.deliveryReleaseServiceAccount(service.name),
      service: service.name,
      releasePrincipal:
        repo && pool
          ? releasePrincipal(
              pool,
              repo,
              GITHUB_OIDC.jobWorkflowRef(repo.name, service.delivery.workflow, service.delivery.ref),
            )
          : undefined,
      dependsOn: props.dependsOn,
    });
    execution = [identities.execution];
    new DeliveryPipeline(scope, "delivery", {
      projectId: plan.projectId,
      region: plan.region,
      name: plan.pipeline,
      description: `${service.name}: ${plan.stages.map((s) => s.env).join(" -> ")}`,
      targets: plan.targets,
      stages: plan.stages,
      executionServiceAccount: plan.executionServiceAccount,
      releaser: identities.release.member,
      approverGroups: plan.approvers,
      dependsOn: props.dependsOn,
    });
    new TerraformOutput(scope, "delivery_pipeline", {
      value: `projects/${plan.projectId}/locations/${plan.region}/deliveryPipelines/${plan.pipeline}`,
      description: "The service's Cloud Deploy pipeline: gcloud deploy releases create ... --delivery-pipeline",
    });
    new TerraformOutput(scope, "release_service_account", { value: plan.releaseServiceAccount });
  }
  new ProjectIamMember(scope, "delivery-cluster-viewer", {
    project: env.projectId,
    role: DELIVERY_ROLES.clusterViewer,
    member: `serviceAccount:${plan.executionServiceAccount}`,
    dependsOn: execution,
  });
}
