import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { executionIdentity } from "../lib/config/delivery";
import { deliveryAccess } from "./delivery";
import { workloadOf } from "../lib/config/isolation";
import { waiverFor } from "../lib/policy/waivers";
import { GATEWAY_ACCESS_LABEL } from "../lib/gcp/gateway";
import { K8sObject } from "../lib/k8s/kustomize";
import { toYamlDocuments, Yaml } from "../lib/k8s/yaml";
import { ScopeRole } from "../lib/gcp/fleet";
import { naming } from "../lib/naming";
import { tenantBaseline, tenantNamespace, TenantBaselineProps } from "./tenant-baseline";
import { servicePaths, ServicePaths } from "./network-paths";
import { sandboxNamespaceLabels } from "./sandbox";
import { createHash } from "crypto";

/** Where an environment's baseline image lives: its host project's Artifact Registry, in its region. */
export const baselineSource = (env: EnvironmentConfig) => ({
  location: env.region,
  projectId: env.projectId,
  repository: naming.baselineRepository(),
  name: naming.baselineImage(),
});

/** The role a service's team group gets in its namespace: read-only in production unless K8S002 is waived. */
export function teamRole(env: EnvironmentConfig, service: ServiceConfig): "edit" | "view" {
  return env.productionLike && !waiverFor(service.waivers, "K8S002") ? "view" : "edit";
}

/** The same role as a fleet scope RBAC role. */
export const scopeRole = (role: "edit" | "view"): ScopeRole => (role === "edit" ? "EDIT" : "VIEW");

/**
 * The platform-owned objects of a service's namespace (tenant-baseline.ts): the namespace with its
 * Pod Security labels, quota, limit range and NetworkPolicies, these opened also where the other
 * `services` of the environment declared this one may call them (network-paths.ts). The fleet owns
 * the namespace and its labels (a fleet namespace of the team's scope, stacks/fleet-parts.ts);
 * Config Sync owns the rest (configSyncObjects); the team's access is the fleet's scope RBAC role bindings.
 */
export function serviceBaseline(
  env: EnvironmentConfig,
  service: ServiceConfig,
  platform: PlatformConfig,
  services: readonly ServiceConfig[],
): K8sObject[] {
  const { namespace } = workloadOf(service);
  // The service's Cloud Deploy execution identity's Role and RoleBinding (handoff/delivery.ts).
  const deployer = executionIdentity(platform, service);
  return [
    ...tenantBaseline(tenantProps(env, service, servicePaths(env, services, service))),
    ...(deployer ? deliveryAccess(namespace, deployer) : []),
  ];
}

/** The namespace's own settings: what the fleet namespace carries as labels. */
function namespaceProps(env: EnvironmentConfig, service: ServiceConfig) {
  return {
    namespace: workloadOf(service).namespace,
    team: service.team,
    namespaceLabels: {
      ...(service.route.type !== "ingress" ? { [GATEWAY_ACCESS_LABEL]: "true" } : {}),
      ...sandboxNamespaceLabels(service.sandbox),
    },
    podSecurity: service.podSecurity ?? (env.productionLike ? "restricted" : "baseline"),
  } as const;
}

function tenantProps(env: EnvironmentConfig, service: ServiceConfig, paths: ServicePaths): TenantBaselineProps {
  return {
    ...namespaceProps(env, service),
    quota: service.quota,
    redisRange: service.redis ? env.network.privateServiceAccessCidr : undefined,
    sqlRange: service.sql ? env.network.privateServiceAccessCidr : undefined,
    ingressFromNamespaces: service.networkAccess.ingressFromNamespaces,
    egress: service.networkAccess.egress,
    calls: paths.calls.map((c) => ({ namespace: c.callee, port: c.port })),
    remote: {
      clusters: paths.clusters,
      ingressPorts: paths.remoteIngressPorts,
      egressPorts: paths.remoteEgressPorts,
    },
  };
}

/** The labels the fleet namespace of the service carries on every cluster (Pod Security, team, route access). */
export function namespaceLabels(env: EnvironmentConfig, service: ServiceConfig): Record<string, string> {
  return (tenantNamespace(namespaceProps(env, service)).metadata.labels ?? {}) as Record<string, string>;
}

/** The objects Config Sync applies in `env`: every namespaced baseline object of the services deployed there. */
export function configSyncObjects(
  env: EnvironmentConfig,
  services: readonly ServiceConfig[],
  platform: PlatformConfig,
): K8sObject[] {
  return services
    .filter((s) => s.environments.includes(env.name))
    .flatMap((s) => serviceBaseline(env, s, platform, services).filter((o) => o.kind !== "Namespace"));
}

/**
 * The committed, hydrated folder per environment (`config-sync/<env>/<namespace>.yaml`): plain
 * manifests, no kustomization, read by Config Sync as an unstructured source once CI pushed them.
 */
export function configSyncFiles(
  environments: readonly EnvironmentConfig[],
  services: readonly ServiceConfig[],
  platform: PlatformConfig,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const env of environments) {
    const byNamespace = new Map<string, K8sObject[]>();
    for (const o of configSyncObjects(env, services, platform)) {
      const ns = o.metadata.namespace!;
      byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), o]);
    }
    for (const [ns, objects] of [...byNamespace].sort(([a], [b]) => a.localeCompare(b)))
      files.set(
        `${naming.baselineFolder(env.name)}/${ns}.yaml`,
        `# Generated by npm run docs from services/ and config/: edits here are overwritten and fail the tests.\n` +
          toYamlDocuments(objects as unknown as Yaml[]),
      );
  }
  return files;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The digest of an environment's baseline folder as the deploy job computes it before pushing
 * (`find . -type f | LC_ALL=C sort | xargs -r sha256sum | sha256sum` in config-sync/<env>/,
 * scripts/ci/push-baseline.sh): the platform stack outputs it, so a baseline change changes the
 * platform stack (and deploys it), and the job pushes only the folder the reviewed plan names.
 */
export function baselineSha256(
  env: EnvironmentConfig,
  services: readonly ServiceConfig[],
  platform: PlatformConfig,
): string {
  const folder = `${naming.baselineFolder(env.name)}/`;
  const lines = [...configSyncFiles([env], services, platform)]
    .map(([file, text]) => [`./${file.slice(folder.length)}`, text] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, text]) => `${sha256(text)}  ${name}\n`);
  return sha256(lines.join(""));
}
