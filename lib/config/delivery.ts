import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "./schema";
import { promotionOrder } from "./promotion";
import { naming } from "../naming";
import { CLUSTER_ID } from "../gcp/delivery";
import { clusterSites, routeTypeIn } from "./clusters";

/** One cluster a service's release is applied to. */
export interface DeliveryCluster {
  readonly name: string;
  readonly location: string;
  /** The cluster's project (the environment's host project). */
  readonly projectId: string;
}

/** The clusters of an environment (lib/config/clusters.ts): each gets a target; several make a multi-target. */
export function environmentClusters(env: EnvironmentConfig): DeliveryCluster[] {
  return clusterSites(env).map((site) => ({ name: site.clusterName, location: site.region, projectId: env.projectId }));
}

export interface DeliveryTarget {
  readonly id: string;
  readonly env: string;
  /** `projects/.../clusters/...`; absent on a multi-target (one per environment with several clusters). */
  readonly cluster?: string;
  /** Child targets of a multi-target. */
  readonly children?: readonly string[];
  readonly productionLike: boolean;
  readonly requireApproval: boolean;
}

export type DeliveryStrategy =
  | { readonly kind: "standard"; readonly verify: boolean }
  | {
      readonly kind: "canary";
      readonly verify: boolean;
      readonly percentages: readonly number[];
      readonly httpRoute: string;
      readonly service: string;
      readonly deployment: string;
    };

export interface DeliveryStage {
  readonly env: string;
  readonly targetId: string;
  /** The skaffold profile the stage renders: the kit's overlay of that environment. */
  readonly profile: string;
  readonly strategy: DeliveryStrategy;
}

/** A service's delivery, computed from config alone. */
export interface DeliveryPlan {
  /** The environment whose service stack holds the pipeline: the service's first in promotion order. */
  readonly home: EnvironmentConfig;
  readonly projectId: string;
  readonly region: string;
  readonly pipeline: string;
  readonly executionServiceAccount: string;
  readonly releaseServiceAccount: string;
  readonly targets: readonly DeliveryTarget[];
  readonly stages: readonly DeliveryStage[];
  readonly approvers: readonly string[];
}

/** The service's environments in promotion order; none when delivery is off or the service retires. */
export function deliveryChain(platform: PlatformConfig, service: ServiceConfig): string[] {
  if (!service.delivery.enabled || service.retired) return [];
  return promotionOrder(platform, service.environments).filter((e) => service.environments.includes(e));
}

/** The execution identity's email, from config alone (the hand-off binds it in the namespace). */
export function executionIdentity(platform: PlatformConfig, service: ServiceConfig): string | undefined {
  const home = deliveryChain(platform, service)[0];
  return home
    ? saEmail(
        naming.deliveryExecutionServiceAccount(service.name),
        naming.serviceProjectId(platform.prefix, service.name, home),
      )
    : undefined;
}

const saEmail = (accountId: string, projectId: string) => `${accountId}@${projectId}.iam.gserviceaccount.com`;

/**
 * The pipeline of a service: a stage per environment of the service in the platform's promotion
 * order, a target per cluster (over the DNS endpoint), approval on production-like targets
 * unless `delivery.requireApproval` says otherwise (guardrail DEL001), a canary on
 * production-like stages of a Gateway API route. Undefined when delivery is off.
 */
export function deliveryPlan(
  platform: PlatformConfig,
  environments: readonly EnvironmentConfig[],
  service: ServiceConfig,
): DeliveryPlan | undefined {
  const byName = new Map(environments.map((e) => [e.name, e]));
  const chain = deliveryChain(platform, service).filter((e) => byName.has(e));
  if (chain.length === 0) return undefined;
  const home = byName.get(chain[0])!;
  const projectId = naming.serviceProjectId(platform.prefix, service.name, home.name);
  const d = service.delivery;
  const targets: DeliveryTarget[] = [];
  const stages: DeliveryStage[] = [];
  for (const name of chain) {
    const env = byName.get(name)!;
    const requireApproval = d.requireApproval[name] ?? env.productionLike;
    const clusters = environmentClusters(env);
    const one = (c: DeliveryCluster, id: string): DeliveryTarget => ({
      id,
      env: name,
      cluster: CLUSTER_ID(c.projectId, c.location, c.name),
      productionLike: env.productionLike,
      requireApproval,
    });
    if (clusters.length === 1) targets.push(one(clusters[0], naming.deliveryTarget(name)));
    else {
      const children = clusters.map((c) => one(c, naming.deliveryTarget(name, c.name)));
      // Approval is asked once, on the multi-target; its children deploy in parallel.
      targets.push(...children.map((c) => ({ ...c, requireApproval: false })));
      targets.push({
        id: naming.deliveryTarget(name),
        env: name,
        children: children.map((c) => c.id),
        productionLike: env.productionLike,
        requireApproval,
      });
    }
    // The canary splits traffic on the service's own HTTPRoute to its Service: the shared Gateway's route.
    const canary = env.productionLike && routeTypeIn(env, service.route.type) === "gateway";
    stages.push({
      env: name,
      targetId: naming.deliveryTarget(name),
      profile: name,
      strategy: canary
        ? {
            kind: "canary",
            verify: d.verify,
            percentages: d.canary,
            httpRoute: service.name,
            service: service.name,
            deployment: service.name,
          }
        : { kind: "standard", verify: d.verify },
    });
  }
  return {
    home,
    projectId,
    region: home.region,
    pipeline: naming.deliveryPipeline(service.name),
    executionServiceAccount: saEmail(naming.deliveryExecutionServiceAccount(service.name), projectId),
    releaseServiceAccount: saEmail(naming.deliveryReleaseServiceAccount(service.name), projectId),
    targets,
    stages,
    approvers: d.approvers ?? [service.teamGroup],
  };
}

/** The organization's registry repository a team pushes to: delivery.registry, else the first trusted registry's <team> repository. */
export function imageRepository(platform: PlatformConfig, service: ServiceConfig): string {
  return (
    platform.delivery.registry ??
    `${platform.trustedImageRegistries[0] ?? "<location>-docker.pkg.dev/<project>"}/${service.team}`
  );
}

/**
 * The attestations an image needs before it may run in the service's environments: none when
 * it lives under a trusted registry (Binary Authorization admits those); else one per attestor
 * of each environment that enforces a policy (config cluster.binaryAuthorization).
 */
export function attestorsNeeded(
  platform: PlatformConfig,
  environments: readonly EnvironmentConfig[],
  service: ServiceConfig,
  image: string,
): { readonly attestor: string; readonly environments: string[] }[] {
  if (platform.trustedImageRegistries.some((r) => image.startsWith(`${r}/`))) return [];
  const byAttestor = new Map<string, string[]>();
  for (const env of environments.filter((e) => service.environments.includes(e.name))) {
    const b = env.cluster.binaryAuthorization;
    for (const attestor of typeof b === "object" ? b.attestors : [])
      byAttestor.set(attestor, [...(byAttestor.get(attestor) ?? []), env.name]);
  }
  return [...byAttestor].map(([attestor, envs]) => ({ attestor, environments: envs }));
}
