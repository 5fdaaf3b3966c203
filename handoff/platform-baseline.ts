import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { workloadOf } from "../lib/config/isolation";
import { GATEWAY_ACCESS_LABEL } from "../lib/gcp/gateway";
import { K8sObject } from "../lib/k8s/kustomize";
import { ScopeRole } from "../lib/gcp/fleet";
import { tenantBaseline } from "./tenant-baseline";
import { sandboxNamespaceLabels } from "./sandbox";

/** The role a service's team group gets in its namespace: read-only in production unless K8S002 is waived. */
export function teamRole(env: EnvironmentConfig, service: ServiceConfig): "edit" | "view" {
  const waived = service.waivers.some((w) => w.rule === "K8S002");
  return env.productionLike && !waived ? "view" : "edit";
}

/** The same role as a fleet scope RBAC role. */
export const scopeRole = (role: "edit" | "view"): ScopeRole => (role === "edit" ? "EDIT" : "VIEW");

/**
 * The platform-owned objects of a service's namespace (tenant-baseline.ts): the namespace with
 * its Pod Security labels, quota, limit range, NetworkPolicies and the team's RoleBinding (fleet
 * team scope RBAC role bindings give the group the same role in every cluster, stacks/fleet-parts.ts).
 */
export function serviceBaseline(
  _platform: PlatformConfig,
  env: EnvironmentConfig,
  service: ServiceConfig,
): K8sObject[] {
  const { namespace } = workloadOf(service);
  return tenantBaseline({
    namespace,
    team: service.team,
    namespaceLabels: {
      ...(service.route.type === "gateway" ? { [GATEWAY_ACCESS_LABEL]: "true" } : {}),
      ...sandboxNamespaceLabels(service.sandbox),
    },
    podSecurity: service.podSecurity ?? (env.productionLike ? "restricted" : "baseline"),
    teamAccess: env.cluster.rbacSecurityGroup
      ? { group: service.teamGroup, clusterRole: teamRole(env, service) }
      : undefined,
    quota: service.quota,
    redisRange: service.redis ? env.network.privateServiceAccessCidr : undefined,
    sqlRange: service.sql ? env.network.privateServiceAccessCidr : undefined,
    ingressFromNamespaces: service.networkAccess.ingressFromNamespaces,
    egress: service.networkAccess.egress,
  });
}
