import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { GkeHubFeature } from "../.gen/providers/google/gke-hub-feature";
import { FEATURE_LOCATION, FEATURES, MAX_SOAK_DAYS } from "../lib/gcp/fleet";
import { PropChecker } from "./validation";

/** A cluster registered in the fleet at creation (`fleet.project`): its membership, from the cluster's attributes. */
export interface FleetMember {
  /** Construct ID part, e.g. the cluster's name. */
  readonly key: string;
  readonly membershipId: string;
  readonly membershipLocation: string;
}

export interface FleetProps {
  /** The fleet host project: the environment's host project. */
  readonly projectId: string;
  readonly members: readonly FleetMember[];
  /** Fleets (host projects) whose upgrades this fleet follows; empty for the first of the chain. */
  readonly upstreamProjects: readonly string[];
  /** Days a version soaks here before downstream fleets get it. */
  readonly soakDays: number;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The environment's fleet features: upgrade sequencing after the upstream fleets with a
 * soak time (clusterupgrade).
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
      .done();
    const base = { project: props.projectId, location: FEATURE_LOCATION, dependsOn: props.dependsOn };
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
  }
}
