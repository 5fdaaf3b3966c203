import { Construct } from "constructs";
import { Project } from "../.gen/providers/google/project";
import { ProjectService } from "../.gen/providers/google/project-service";
import { ProjectApis } from "./project-apis";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { ComputeSharedVpcServiceProject } from "../.gen/providers/google/compute-shared-vpc-service-project";
import { ProjectDefaultServiceAccounts } from "../.gen/providers/google/project-default-service-accounts";
import { PropChecker } from "./validation";

/** APIs every service project gets; services add their own. */
export const BASE_APIS = [
  "compute.googleapis.com",
  "container.googleapis.com",
  "iam.googleapis.com",
  "logging.googleapis.com",
  "monitoring.googleapis.com",
  "secretmanager.googleapis.com",
] as const;

export interface ServiceProjectProps {
  readonly projectId: string;
  /** Display name (4-30 characters). */
  readonly displayName: string;
  /** Exactly one of folderId and orgId places the project. */
  readonly folderId?: string;
  readonly orgId?: string;
  readonly billingAccount: string;
  readonly labels: Record<string, string>;
  /** APIs on top of BASE_APIS. */
  readonly apis?: readonly string[];
  /** Shared VPC host project the service project attaches to. */
  readonly hostProjectId: string;
  /** Google group of the owning team, e.g. "payments@example.com". */
  readonly teamGroup: string;
  /** Roles the team group gets on this project only; basic roles are refused. */
  readonly teamRoles: readonly string[];
}

/**
 * A service's own project: no default network, labelled, APIs enabled, attached to the
 * environment's Shared VPC, the Compute default service account deprivileged, with its
 * team's IAM confined to it.
 */
export class ServiceProject extends Construct {
  public readonly project: Project;
  public readonly projectId: string;
  /** API enablements; resources that use an API should depend on these. */
  public readonly services: ProjectService[];
  /** The APIs enabled on the project (BASE_APIS and the props'), sorted. */
  public readonly apis: readonly string[];
  /** The Shared VPC attachment; resources on the host network should depend on it. */
  public readonly sharedVpcAttachment: ComputeSharedVpcServiceProject;

  constructor(scope: Construct, id: string, props: ServiceProjectProps) {
    super(scope, id);
    ServiceProject.validate(this.node.path, props);
    this.projectId = props.projectId;

    this.project = new Project(this, "project", {
      projectId: props.projectId,
      name: props.displayName,
      folderId: props.folderId,
      orgId: props.folderId ? undefined : props.orgId,
      billingAccount: props.billingAccount,
      autoCreateNetwork: false,
      labels: props.labels,
      deletionPolicy: "PREVENT",
    });

    // The project's own attribute (not the literal ID) so APIs wait for the project.
    const apis = new ProjectApis(this, "apis", {
      projectId: this.project.projectId,
      apis: [...BASE_APIS, ...(props.apis ?? [])],
    });
    this.services = apis.services;
    this.apis = [...new Set([...BASE_APIS, ...(props.apis ?? [])])].sort();
    const compute = apis.of("compute.googleapis.com", "container.googleapis.com");

    this.sharedVpcAttachment = new ComputeSharedVpcServiceProject(this, "shared-vpc", {
      hostProject: props.hostProjectId,
      serviceProject: this.project.projectId,
      deletionPolicy: "ABANDON",
      dependsOn: compute,
    });

    // The Compute Engine default service account is created with Editor; take it away, and
    // keep it away on destroy. No subnet-level networkUser grants: the project runs no VMs or
    // clusters of its own in the shared subnet (the cluster is the host project's), and its
    // Memorystore reaches the network over private service access.
    new ProjectDefaultServiceAccounts(this, "default-service-accounts", {
      project: this.project.projectId,
      action: "DEPRIVILEGE",
      restorePolicy: "NONE",
      dependsOn: apis.of("compute.googleapis.com"),
    });

    for (const role of props.teamRoles) {
      new ProjectIamMember(this, `team-${role.replace(/[^a-zA-Z0-9]+/g, "-")}`, {
        project: this.project.projectId,
        role,
        member: `group:${props.teamGroup}`,
      });
    }
  }

  private static validate(path: string, props: ServiceProjectProps): void {
    const c = new PropChecker("ServiceProject", path)
      .require(
        /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(props.projectId),
        "projectId",
        `"${props.projectId}" must be 6-30 lowercase letters, digits or hyphens, start with a letter and not end with a hyphen`,
      )
      .require(
        /^[a-zA-Z0-9 '"!-]{4,30}$/.test(props.displayName),
        "displayName",
        `"${props.displayName}" must be 4-30 letters, digits, spaces, hyphens, quotes or exclamation marks`,
      )
      .require(Boolean(props.folderId) !== Boolean(props.orgId), "folderId", "set exactly one of folderId and orgId")
      .require(
        /^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/.test(props.billingAccount),
        "billingAccount",
        `"${props.billingAccount}" must look like 012345-6789AB-CDEF01`,
      )
      .require(
        /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(props.teamGroup),
        "teamGroup",
        `"${props.teamGroup}" must be a Google group email`,
      );
    c.roles(props.teamRoles, "teamRoles").done();
  }
}
