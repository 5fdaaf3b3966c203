import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ServiceAccount } from "../.gen/providers/google/service-account";
import { ServiceAccountIamMember } from "../.gen/providers/google/service-account-iam-member";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { PropChecker } from "./validation";
import { DELIVERY_ROLES } from "../lib/gcp/delivery";

export interface DeliveryIdentitiesProps {
  readonly projectId: string;
  readonly executionAccountId: string;
  readonly releaseAccountId: string;
  readonly service: string;
  /**
   * The principalSet of the team's release workflow (Workload Identity Federation), or none:
   * then nothing can act as the release identity yet.
   */
  readonly releasePrincipal?: string;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A service's two delivery identities, without keys: the execution service account Cloud
 * Deploy renders and deploys as (roles/clouddeploy.jobRunner in the pipeline's project; cluster
 * access is granted per environment and by Kubernetes RBAC in the namespace), and the release
 * service account the team's workflow becomes through Workload Identity Federation, which may
 * act as the execution account and nothing else here (its release right is on the pipeline).
 */
export class DeliveryIdentities extends Construct {
  public readonly execution: ServiceAccount;
  public readonly release: ServiceAccount;

  constructor(scope: Construct, id: string, props: DeliveryIdentitiesProps) {
    super(scope, id);
    new PropChecker("DeliveryIdentities", this.node.path)
      .accountId(props.executionAccountId, "executionAccountId")
      .accountId(props.releaseAccountId, "releaseAccountId")
      .require(
        props.releasePrincipal === undefined ||
          /^principalSet:\/\/iam\.googleapis\.com\/projects\/\d+\//.test(props.releasePrincipal),
        "releasePrincipal",
        `"${props.releasePrincipal}" must be a principalSet://iam.googleapis.com/projects/<number>/... of a Workload Identity pool`,
      )
      .done();
    const account = (cid: string, accountId: string, displayName: string) =>
      new ServiceAccount(this, cid, { project: props.projectId, accountId, displayName, dependsOn: props.dependsOn });
    this.execution = account("execution", props.executionAccountId, `Cloud Deploy execution for ${props.service}`);
    this.release = account("release", props.releaseAccountId, `Releases of ${props.service} (team CI)`);
    // A literal member (not the account's token), so guardrail DEL002 can tell the execution identity.
    new ProjectIamMember(this, "job-runner", {
      project: props.projectId,
      role: DELIVERY_ROLES.jobRunner,
      member: `serviceAccount:${props.executionAccountId}@${props.projectId}.iam.gserviceaccount.com`,
      dependsOn: [this.execution],
    });
    new ServiceAccountIamMember(this, "release-acts-as-execution", {
      serviceAccountId: this.execution.name,
      role: DELIVERY_ROLES.actAs,
      member: this.release.member,
    });
    if (props.releasePrincipal)
      new ServiceAccountIamMember(this, "release-workload-identity", {
        serviceAccountId: this.release.name,
        role: DELIVERY_ROLES.workloadIdentityUser,
        member: props.releasePrincipal,
      });
  }
}
