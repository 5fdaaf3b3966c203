import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { Fleet, FleetMember } from "../constructs/fleet";
import { TeamScope } from "../constructs/team-scope";
import { PrivateCluster } from "../constructs/private-cluster";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { workloadOf } from "../lib/config/isolation";
import { scopeRole, serviceBaseline, teamRole } from "../handoff/platform-baseline";

export interface FleetPartsProps {
  readonly platform: PlatformConfig;
  readonly env: EnvironmentConfig;
  /** The services deployed to this environment (their teams get scopes). */
  readonly services: readonly ServiceConfig[];
  /** Host project of the previous environment of the promotion chain, whose fleet upgrades first. */
  readonly upstreamProjectId?: string;
  readonly clusters: readonly PrivateCluster[];
  readonly dependsOn: ITerraformDependable[];
}

/** The fleet membership of a cluster registered at creation, from the cluster's own attributes. */
export const memberOf = (c: PrivateCluster): FleetMember => ({
  key: c.name,
  membershipId: c.cluster.fleet.membershipId,
  membershipLocation: c.cluster.fleet.membershipLocation,
});

/**
 * The environment's fleet: upgrade sequencing after the upstream environment with a soak time,
 * and a team scope per team with its namespaces and its groups' role on every member cluster.
 */
export function addFleetParts(scope: Construct, props: FleetPartsProps): void {
  const { env } = props;
  const members = props.clusters.map(memberOf);
  new Fleet(scope, "fleet", {
    projectId: env.projectId,
    members,
    upstreamProjects: props.upstreamProjectId ? [props.upstreamProjectId] : [],
    soakDays: env.fleet.upgradeSoakDays,
    dependsOn: props.dependsOn,
  });
  const teams = [...new Set(props.services.map((s) => s.team))].sort();
  for (const team of teams) {
    const own = props.services.filter((s) => s.team === team).sort((a, b) => a.name.localeCompare(b.name));
    const groups = new Map<string, "edit" | "view">();
    // One binding per group: the stronger role when services of a team differ.
    for (const s of own) if (groups.get(s.teamGroup) !== "edit") groups.set(s.teamGroup, teamRole(env, s));
    new TeamScope(scope, `team-${team}`, {
      projectId: env.projectId,
      team,
      namespaces: own.map((s) => ({
        name: workloadOf(s).namespace,
        labels: (serviceBaseline(props.platform, env, s)[0].metadata.labels ?? {}) as Record<string, string>,
      })),
      access: env.cluster.rbacSecurityGroup
        ? [...groups].map(([group, role]) => ({ group, role: scopeRole(role) }))
        : [],
      members,
      dependsOn: props.dependsOn,
    });
  }
}
