import { Construct } from "constructs";
import { ServiceAccount } from "../.gen/providers/google/service-account";
import { ServiceAccountIamMember } from "../.gen/providers/google/service-account-iam-member";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { PropChecker } from "./validation";

export interface WorkloadIdentityServiceAccountProps {
  /** Project that owns the Google service account. */
  readonly projectId: string;
  readonly accountId: string;
  /** The cluster's Workload Identity pool, `<cluster-project>.svc.id.goog`. */
  readonly workloadPool: string;
  readonly namespace: string;
  readonly kubernetesServiceAccount: string;
  /** Project-level roles for the workload in `projectId`; basic roles are refused. @default none */
  readonly roles?: readonly string[];
  /**
   * Let the Kubernetes service account impersonate this one (roles/iam.workloadIdentityUser).
   * false for a retiring service: nothing is left for a later workload of that name to inherit.
   * @default true
   */
  readonly bindKubernetesServiceAccount?: boolean;
}

/**
 * Google service account that one Kubernetes service account impersonates through
 * Workload Identity, so pods get Google credentials without keys.
 */
export class WorkloadIdentityServiceAccount extends Construct {
  public readonly serviceAccount: ServiceAccount;
  public readonly email: string;
  /** The principal string Kubernetes uses, for the KSA annotation. */
  public readonly kubernetesMember: string;

  constructor(scope: Construct, id: string, props: WorkloadIdentityServiceAccountProps) {
    super(scope, id);
    const dns = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
    new PropChecker("WorkloadIdentityServiceAccount", this.node.path)
      .accountId(props.accountId, "accountId")
      .require(
        /^[a-z][a-z0-9-]{4,28}[a-z0-9]\.svc\.id\.goog$/.test(props.workloadPool),
        "workloadPool",
        `"${props.workloadPool}" must look like <project-id>.svc.id.goog`,
      )
      .require(
        dns.test(props.namespace),
        "namespace",
        `"${props.namespace}" is not a Kubernetes namespace name (lowercase DNS label)`,
      )
      .require(
        dns.test(props.kubernetesServiceAccount),
        "kubernetesServiceAccount",
        `"${props.kubernetesServiceAccount}" is not a Kubernetes name (lowercase DNS label)`,
      )
      .roles(props.roles ?? [], "roles")
      .done();

    const sa = (this.serviceAccount = new ServiceAccount(this, "sa", {
      project: props.projectId,
      accountId: props.accountId,
      displayName: `Workload Identity for ${props.namespace}/${props.kubernetesServiceAccount}`,
    }));
    this.email = sa.email;
    this.kubernetesMember = `serviceAccount:${props.workloadPool}[${props.namespace}/${props.kubernetesServiceAccount}]`;
    if (props.bindKubernetesServiceAccount ?? true)
      new ServiceAccountIamMember(this, "workload-identity-user", {
        serviceAccountId: sa.name,
        role: "roles/iam.workloadIdentityUser",
        member: this.kubernetesMember,
      });
    for (const role of props.roles ?? []) {
      new ProjectIamMember(this, `role-${role.replace(/[^a-zA-Z0-9]+/g, "-")}`, {
        project: props.projectId,
        role,
        member: sa.member,
      });
    }
  }
}
