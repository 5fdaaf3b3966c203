import { Construct } from "constructs";
import { ServiceAccount } from "../.gen/providers/google/service-account";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { PropChecker } from "./validation";

/**
 * The only roles GKE nodes need: Google's predefined role for node service accounts
 * (logs, metrics, resource metadata, autoscaling metrics) and image pulls. Source:
 * https://docs.cloud.google.com/kubernetes-engine/security/configure-node-service-accounts ("Grant the minimum
 * required role for GKE": Kubernetes Engine Default Node Service Account, roles/container.defaultNodeServiceAccount).
 */
export const NODE_ROLES = ["roles/container.defaultNodeServiceAccount", "roles/artifactregistry.reader"] as const;

/** Display name of the node service account; the CI bootstrap creates it with the same one. */
export const NODE_SA_DISPLAY_NAME = "GKE nodes (least privilege)";

export interface NodeServiceAccountProps {
  readonly projectId: string;
  /** account_id: 6-30 characters. */
  readonly accountId: string;
}

/**
 * Dedicated least-privilege service account for GKE nodes, so nodes never run as the
 * Compute Engine default service account (which holds Editor on the project).
 */
export class NodeServiceAccount extends Construct {
  public readonly email: string;

  constructor(scope: Construct, id: string, props: NodeServiceAccountProps) {
    super(scope, id);
    new PropChecker("NodeServiceAccount", this.node.path).accountId(props.accountId, "accountId").done();
    const sa = new ServiceAccount(this, "sa", {
      project: props.projectId,
      accountId: props.accountId,
      displayName: NODE_SA_DISPLAY_NAME,
      // The CI bootstrap creates this account first so that it can grant the deploy identity
      // actAs on it alone (docs/ci.md); the stack then adopts it instead of failing with 409.
      createIgnoreAlreadyExists: true,
    });
    this.email = sa.email;
    for (const role of NODE_ROLES) {
      new ProjectIamMember(this, role.replace(/^roles\//, ""), {
        project: props.projectId,
        role,
        member: sa.member,
      });
    }
  }
}
