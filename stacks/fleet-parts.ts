import { Construct } from "constructs";
import { ITerraformDependable, TerraformOutput } from "cdktf";
import { Fleet, FleetMember } from "../constructs/fleet";
import { TeamScope } from "../constructs/team-scope";
import { PrivateCluster } from "../constructs/private-cluster";
import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { workloadOf } from "../lib/config/isolation";
import { baselineSha256, baselineSource, namespaceLabels, scopeRole, teamRole } from "../handoff/platform-baseline";
import { ConfigSync } from "../constructs/config-sync";
import { naming } from "../lib/naming";

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
 * Config Sync of the tenant baseline on every member (config-sync/<env>/, pushed by CI), and a
 * team scope per team with its namespaces and its groups' role on every member cluster.
 */
export function addFleetParts(scope: Construct, props: FleetPartsProps): void {
  const { env } = props;
  const members = props.clusters.map(memberOf);
  new Fleet(scope, "fleet", {
    projectId: env.projectId,
    members,
    upstreamProjects: props.upstreamProjectId ? [props.upstreamProjectId] : [],
    soakDays: env.fleet.upgradeSoakDays,
    // Several clusters: one global load balancer in front of them all and calls across regions.
    multiCluster: members.length > 1 ? { configMember: members[0] } : undefined,
    dependsOn: props.dependsOn,
  });
  const sync = new ConfigSync(scope, "config-sync", {
    ...baselineSource(env),
    dependsOn: props.dependsOn,
    // The reader binding names the fleet's Workload Identity pool, which exists once a member cluster does.
    readerDependsOn: props.clusters.map((c) => c.cluster),
  });
  new TerraformOutput(scope, "tenant_baseline_sha256", {
    value: baselineSha256(env, props.services, props.platform),
    description: `Digest of ${naming.baselineFolder(env.name)}/, which the deploy pushes to ${sync.syncRepo} for Config Sync`,
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
        labels: namespaceLabels(env, s),
      })),
      access: env.cluster.rbacSecurityGroup
        ? [...groups].map(([group, role]) => ({ group, role: scopeRole(role) }))
        : [],
      members,
      dependsOn: props.dependsOn,
    });
  }
}
