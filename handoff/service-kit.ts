import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { K8sObject, kustomizeLayout, LayoutFile } from "../lib/k8s/kustomize";
import { naming } from "../lib/naming";
import { serviceHandoff } from "./service-handoff";
import { sharedGateway } from "./service-route";

/**
 * A service's hand-off as teams deploy it: `base/` with what is the same in every
 * environment of the platform (namespace, service account, RBAC, network policies, Service,
 * route) and `overlays/<env>/` for each of its environments with what differs there
 * (Workload Identity annotation, Armor policy, connection settings, Pod Security level, ...).
 */
export function serviceKitFiles(
  platform: PlatformConfig,
  environments: readonly EnvironmentConfig[],
  service: ServiceConfig,
): LayoutFile[] {
  const handoffs = environments.map((env) => serviceHandoff(platform, env, service));
  return kustomizeLayout({
    variants: handoffs.map((h) => ({ env: h.environment, objects: h.objects })),
    overlays: service.environments,
    notes: Object.fromEntries(handoffs.map((h) => [h.environment, h.notes])),
  });
}

/** An environment's shared Gateway objects. */
export function platformObjects(env: EnvironmentConfig): K8sObject[] {
  return sharedGateway({
    name: naming.sharedGateway(),
    certificateMap: env.gateway.certificateMap ?? naming.certificateMap(),
    sslPolicy: naming.sslPolicy(),
  });
}

/** The platform's own objects: the shared Gateway of each environment whose cluster serves the Gateway API. */
export function platformKitFiles(environments: readonly EnvironmentConfig[]): LayoutFile[] {
  const withGateway = environments.filter((env) => env.cluster.gatewayApi !== "CHANNEL_DISABLED");
  if (withGateway.length === 0) return [];
  return kustomizeLayout({
    variants: withGateway.map((env) => ({
      env: env.name,
      objects: platformObjects(env),
    })),
    overlays: withGateway.map((env) => env.name),
    notes: Object.fromEntries(
      withGateway.map((env) => [
        env.name,
        [
          `Shared Gateway of ${env.name}: apply to cluster ${naming.cluster(env.name)} (project ${env.projectId}) before services route through it`,
        ],
      ]),
    ),
  });
}
