import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { GkeHubFeature } from "../.gen/providers/google/gke-hub-feature";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { DataGoogleProject } from "../.gen/providers/google/data-google-project";
import { FEATURE_LOCATION, FEATURES, MAX_SOAK_DAYS, membershipName, MULTI_CLUSTER_GRANTS } from "../lib/gcp/fleet";
import { PropChecker } from "./validation";

/** A cluster registered in the fleet at creation (`fleet.project`): its membership, from the cluster's attributes. */
export interface FleetMember {
  /** Construct ID part, e.g. the cluster's name. */
  readonly key: string;
  readonly membershipId: string;
  readonly membershipLocation: string;
}

interface FeatureBase {
  readonly project: string;
  readonly location: string;
  readonly dependsOn?: ITerraformDependable[];
}

export interface FleetProps {
  /** The fleet host project: the environment's host project. */
  readonly projectId: string;
  readonly members: readonly FleetMember[];
  /** Fleets (host projects) whose upgrades this fleet follows; empty for the first of the chain. */
  readonly upstreamProjects: readonly string[];
  /** Days a version soaks here before downstream fleets get it. */
  readonly soakDays: number;
  /**
   * Multi-cluster Gateways and Multi-cluster Services across the members, with the member that
   * hosts the multi-cluster Gateway (the config membership), and the IAM both need.
   * @default off
   */
  readonly multiCluster?: { readonly configMember: FleetMember };
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The environment's fleet features: upgrade sequencing after the upstream fleets with a
 * soak time (clusterupgrade); with several clusters, multi-cluster Gateways
 * (multiclusteringress) and Multi-cluster Services (multiclusterservicediscovery), and the
 * grants their controllers need on the fleet host project.
 */
export class Fleet extends Construct {
  constructor(scope: Construct, id: string, props: FleetProps) {
    super(scope, id);
    new PropChecker("Fleet", this.node.path)
      .require(
        Number.isInteger(props.soakDays) && props.soakDays >= 0 && props.soakDays <= MAX_SOAK_DAYS,
        "soakDays",
        `${props.soakDays} must be a whole number of days from 0 to ${MAX_SOAK_DAYS}`,
      )
      .require(
        !props.upstreamProjects.includes(props.projectId),
        "upstreamProjects",
        "a fleet cannot be its own upstream",
      )
      .require(
        !props.multiCluster || props.members.some((m) => m.key === props.multiCluster!.configMember.key),
        "multiCluster.configMember",
        "must be one of the fleet's members: the multi-cluster Gateway lives in a member cluster",
      )
      .done();
    const base: FeatureBase = { project: props.projectId, location: FEATURE_LOCATION, dependsOn: props.dependsOn };
    new GkeHubFeature(this, "cluster-upgrade", {
      ...base,
      name: FEATURES.clusterUpgrade,
      spec: {
        clusterupgrade: {
          upstreamFleets: props.upstreamProjects.map((p) => `projects/${p}`),
          postConditions: { soaking: `${props.soakDays * 86400}s` },
        },
      },
    });
    if (props.multiCluster) this.multiCluster(base, props.projectId, props.multiCluster.configMember);
  }

  private multiCluster(base: FeatureBase, project: string, config: FleetMember): void {
    const c = config;
    new GkeHubFeature(this, "multi-cluster-ingress", {
      ...base,
      name: FEATURES.multiClusterIngress,
      spec: {
        multiclusteringress: { configMembership: membershipName(project, c.membershipLocation, c.membershipId) },
      },
    });
    new GkeHubFeature(this, "multi-cluster-services", { ...base, name: FEATURES.multiClusterServices });
    // The service agent exists once the multiclusteringress API is on; its name holds the project number.
    const host = new DataGoogleProject(this, "host-project", { projectId: project, dependsOn: base.dependsOn });
    const grants = MULTI_CLUSTER_GRANTS;
    new ProjectIamMember(this, "mcs-importer", {
      project,
      role: grants.mcsImporter.role,
      member: grants.mcsImporter.member(project),
      dependsOn: base.dependsOn,
    });
    new ProjectIamMember(this, "gateway-controller", {
      project,
      role: grants.gatewayController.role,
      member: grants.gatewayController.member(host.number),
      dependsOn: base.dependsOn,
    });
  }
}
