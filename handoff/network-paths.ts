import { EnvironmentConfig, ServiceConfig } from "../lib/config/schema";
import { clusterSites, routeTypeIn } from "../lib/config/clusters";
import { workloadOf } from "../lib/config/isolation";
import { SERVICE_PORT } from "./service-route";

// The paths between the services of an environment that its service files declare, derived once
// from the whole estate so that the caller's default-deny egress opens exactly what the callee's
// ingress admits. Pure: config in, data out; handoff/tenant-baseline.ts turns it into NetworkPolicies.

/** A call a callee declared (`networkAccess.ingressFromNamespaces` of its service file). */
export interface DeclaredCall {
  /** Namespace of the calling service. */
  readonly caller: string;
  /** Namespace of the called service. */
  readonly callee: string;
  /**
   * The callee pods' port: the hand-off's Service sends its port 80 to this port of the service's
   * pods (SERVICE_PORT), and NetworkPolicy judges the pod's port, after the Service's translation.
   */
  readonly port: number;
  /** The callee is exported to the fleet (route multicluster in an environment with several clusters). */
  readonly acrossClusters: boolean;
}

/** One cluster of the environment and the pod ranges of its other clusters. */
export interface ClusterPeers {
  /** Cluster name, which is also its fleet membership name (lib/gcp/config-sync.ts CLUSTER_NAME_SELECTOR). */
  readonly cluster: string;
  readonly otherPodRanges: readonly string[];
}

/** What the estate's declarations open for one service's namespace, beyond its own file. */
export interface ServicePaths {
  /** Calls this namespace makes and the callee declared. */
  readonly calls: readonly DeclaredCall[];
  /** Ports at which its callers reach it from the environment's other clusters; none unless exported and called. */
  readonly remoteIngressPorts: readonly number[];
  /** Ports of exported callees it calls in the environment's other clusters. */
  readonly remoteEgressPorts: readonly number[];
  /** Every cluster of the environment with its peers' pod ranges (one entry, no peers, with a single cluster). */
  readonly clusters: readonly ClusterPeers[];
}

/** Nothing derived: what a service's namespace gets when no other service declares it as a caller. */
export const NO_PATHS: ServicePaths = { calls: [], remoteIngressPorts: [], remoteEgressPorts: [], clusters: [] };

const deployedIn = (env: EnvironmentConfig, services: readonly ServiceConfig[]) =>
  services.filter((s) => s.environments.includes(env.name));

/**
 * Multi-cluster Services: a service whose route is multicluster is exported (ServiceExport) and its
 * ServiceImport's endpoints are the service's pods in every cluster, reached directly at their pod
 * IPs across the VPC (MCS makes firewall rules "that let Pods communicate with each other across
 * clusters"). Google states that network policies do not support MCS ("MCS is not supported with
 * network policies", Requirements of https://cloud.google.com/kubernetes-engine/docs/how-to/multi-cluster-services):
 * a namespace selector only ever matches pods of the cluster that evaluates it, so a call from
 * another cluster is, to the callee's cluster, traffic from an IP outside it. GKE keeps the pod's
 * source IP for its default non-masquerade destinations
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/ip-masquerade-agent), which include the
 * RFC 1918 ranges (https://kubernetes.io/docs/tasks/administer-cluster/ip-masq-agent/), so the other
 * clusters' pod ranges are what an ipBlock can admit. Not re-verified here: a pod range in
 * 100.64.0.0/10 (which lib/gcp/network.ts also accepts), and clusters with a custom
 * nonMasqueradeCIDRs list, which must keep the other clusters' pod ranges in it.
 */
export const isExportedIn = (env: EnvironmentConfig, s: ServiceConfig): boolean =>
  routeTypeIn(env, s.route.type) === "multicluster";

/** Every call between services deployed in `env` that the callee declared; namespaces outside the estate call nothing here. */
export function declaredCalls(env: EnvironmentConfig, services: readonly ServiceConfig[]): DeclaredCall[] {
  const here = deployedIn(env, services);
  const namespaces = new Set(here.map((s) => workloadOf(s).namespace));
  return here.flatMap((callee) =>
    callee.networkAccess.ingressFromNamespaces
      .filter((caller) => namespaces.has(caller))
      .map((caller) => ({
        caller,
        callee: workloadOf(callee).namespace,
        port: SERVICE_PORT.targetPort,
        acrossClusters: isExportedIn(env, callee),
      })),
  );
}

/** The environment's clusters, each with the pod ranges of the others (never its own). */
export function clusterPeers(env: EnvironmentConfig): ClusterPeers[] {
  const sites = clusterSites(env);
  return sites.map((site) => ({
    cluster: site.clusterName,
    otherPodRanges: sites.filter((o) => o !== site).map((o) => o.ranges.podsCidr),
  }));
}

const unique = (ports: readonly number[]) => [...new Set(ports)].sort((a, b) => a - b);

/**
 * The declared calls of `env` by caller namespace, worked out once per estate (its services array)
 * and environment: every service's baseline reads them, and deriving them again per service made a
 * 1,000-service environment cost about two seconds.
 */
const callsByCaller = new WeakMap<readonly ServiceConfig[], WeakMap<EnvironmentConfig, Map<string, DeclaredCall[]>>>();
function callsFrom(
  env: EnvironmentConfig,
  services: readonly ServiceConfig[],
  caller: string,
): readonly DeclaredCall[] {
  let perEnv = callsByCaller.get(services);
  if (!perEnv) callsByCaller.set(services, (perEnv = new WeakMap()));
  let byCaller = perEnv.get(env);
  if (!byCaller) {
    byCaller = new Map();
    for (const c of declaredCalls(env, services)) {
      const calls = byCaller.get(c.caller);
      if (calls) calls.push(c);
      else byCaller.set(c.caller, [c]);
    }
    perEnv.set(env, byCaller);
  }
  return byCaller.get(caller) ?? [];
}

/**
 * The paths of `service`'s namespace in `env`: its calls that callees declared, and with several
 * clusters the other clusters' pod ranges where an exported callee admits its declared callers and
 * where those callers' calls go. Across clusters the kit can restrict by range and port only: the
 * source is an IP, not a namespace (see isExportedIn).
 */
export function servicePaths(
  env: EnvironmentConfig,
  services: readonly ServiceConfig[],
  service: ServiceConfig,
): ServicePaths {
  const { namespace } = workloadOf(service);
  const calls = callsFrom(env, services, namespace).filter((c) => c.callee !== namespace);
  const exported = isExportedIn(env, service);
  return {
    calls,
    remoteIngressPorts:
      exported && service.networkAccess.ingressFromNamespaces.length > 0 ? [SERVICE_PORT.targetPort] : [],
    remoteEgressPorts: unique(calls.filter((c) => c.acrossClusters).map((c) => c.port)),
    clusters: clusterPeers(env),
  };
}
