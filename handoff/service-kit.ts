import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { K8sObject, kustomizeLayout, LayoutFile } from "../lib/k8s/kustomize";
import { naming } from "../lib/naming";
import { isMultiCluster } from "../lib/config/clusters";
import { serviceHandoff } from "./service-handoff";
import { sharedGateway } from "./service-route";
import { sandboxAdmissionPolicy, sandboxPatches } from "./sandbox";
import { deliveryKitFiles } from "./delivery-kit";

/**
 * A service's hand-off as teams deploy it: `base/` with what is the same in every
 * environment of the platform (namespace, service account, RBAC, network policies, Service,
 * route) and `overlays/<env>/` for each of its environments with what differs there
 * (Workload Identity annotation, Armor policy, connection settings, Pod Security level, ...),
 * plus, with a delivery pipeline, skaffold.yaml and release.yml.
 */
export function serviceKitFiles(
  platform: PlatformConfig,
  environments: readonly EnvironmentConfig[],
  service: ServiceConfig,
): LayoutFile[] {
  const handoffs = environments.map((env) => serviceHandoff(platform, env, service));
  return [
    ...kustomizeLayout({
      variants: handoffs.map((h) => ({ env: h.environment, objects: h.objects })),
      overlays: service.environments,
      notes: Object.fromEntries(handoffs.map((h) => [h.environment, h.notes])),
      basePatches: service.sandbox ? sandboxPatches() : [],
    }),
    // skaffold.yaml (a profile per overlay) and the release workflow template (handoff/delivery-kit.ts).
    ...deliveryKitFiles(platform, environments, service),
  ];
}

/**
 * An environment's platform objects: the shared Gateway (with several clusters, the
 * multi-cluster Gateway beside it, both in the default cluster, the multi-cluster Gateway's
 * config cluster), and the sandbox admission policy with a sandbox pool.
 */
export function platformObjects(env: EnvironmentConfig): K8sObject[] {
  const common = {
    certificateMap: env.gateway.certificateMap ?? naming.certificateMap(),
    sslPolicy: naming.sslPolicy(),
  };
  const multi = isMultiCluster(env)
    ? sharedGateway({ name: naming.multiClusterGateway(), multiCluster: true, ...common }).filter(
        (o) => o.kind !== "Namespace",
      )
    : [];
  return [
    ...(env.cluster.gatewayApi !== "CHANNEL_DISABLED"
      ? [...sharedGateway({ name: naming.sharedGateway(), ...common }), ...multi]
      : []),
    ...(env.cluster.nodePools.some((p) => p.sandbox) ? sandboxAdmissionPolicy() : []),
  ];
}

/** The platform's own objects, for each environment that has any. */
export function platformKitFiles(environments: readonly EnvironmentConfig[]): LayoutFile[] {
  const withObjects = environments.filter((env) => platformObjects(env).length > 0);
  if (withObjects.length === 0) return [];
  return kustomizeLayout({
    variants: withObjects.map((env) => ({
      env: env.name,
      objects: platformObjects(env),
    })),
    overlays: withObjects.map((env) => env.name),
    notes: Object.fromEntries(
      withObjects.map((env) => [
        env.name,
        [
          `Platform objects of ${env.name} (shared Gateway${isMultiCluster(env) ? ", multi-cluster Gateway" : ""}, sandbox admission policy): apply to cluster ${naming.cluster(env.name)} (project ${env.projectId}) before services route through it or run sandboxed`,
        ],
      ]),
    ),
  });
}
