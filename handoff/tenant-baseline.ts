import { K8sObject } from "../lib/k8s/kustomize";
import { Yaml } from "../lib/k8s/yaml";
import {
  GOOGLE_APIS_VIPS,
  GOOGLE_LB_SOURCE_RANGES,
  METADATA_SERVER_EGRESS,
  REDIS_TLS_PORT,
  SQL_PROXY_SERVER_PORT,
} from "../lib/gcp/gke";
import { CLUSTER_NAME_SELECTOR } from "../lib/gcp/config-sync";
import { ClusterPeers } from "./network-paths";

export type PodSecurityLevel = "restricted" | "baseline";

export interface TenantBaselineProps {
  readonly namespace: string;
  readonly team: string;
  /** More namespace labels, e.g. the Gateway's access label. @default none */
  readonly namespaceLabels?: Readonly<Record<string, string>>;
  /** Pod Security Standard enforced; `restricted` is always warned about and audited. */
  readonly podSecurity: PodSecurityLevel;
  readonly quota: { readonly cpu: number; readonly memoryGi: number; readonly pods: number };
  /** The environment's private service access range, where the service's Redis lives. */
  readonly redisRange?: string;
  /** The same range, where the service's Cloud SQL instance lives (reached by the Auth Proxy). */
  readonly sqlRange?: string;
  readonly ingressFromNamespaces: readonly string[];
  readonly egress: readonly {
    readonly cidr: string;
    readonly ports: readonly number[];
    readonly protocol: "TCP" | "UDP";
  }[];
  /**
   * Namespaces of the environment this one calls, each of which declared it as a caller, at the
   * callee pods' port (handoff/network-paths.ts declaredCalls). @default none
   */
  readonly calls?: readonly { readonly namespace: string; readonly port: number }[];
  /**
   * Several clusters: per cluster, the other clusters' pod ranges admitted at `ingressPorts` (an
   * exported service with declared callers) and reachable at `egressPorts` (a caller of exported
   * services). Each cluster's policy is applied by Config Sync on that cluster only. @default none
   */
  readonly remote?: {
    readonly clusters: readonly ClusterPeers[];
    readonly ingressPorts: readonly number[];
    readonly egressPorts: readonly number[];
  };
}

const NETPOL = "networking.k8s.io/v1";
const NAMESPACE_NAME = "kubernetes.io/metadata.name";
const ipBlocks = (cidrs: readonly string[]) => cidrs.map((cidr) => ({ ipBlock: { cidr } }));
const tcp = (port: number) => ({ protocol: "TCP", port });

type Spec = { readonly [key: string]: Yaml };
const policy = (ns: string, name: string, spec: Spec, annotations?: Record<string, string>): K8sObject => ({
  apiVersion: NETPOL,
  kind: "NetworkPolicy",
  metadata: { name, namespace: ns, ...(annotations ? { annotations } : {}) },
  spec: { podSelector: {}, ...spec },
});

/** The namespace with its team, route-access and Pod Security admission labels. */
export function tenantNamespace(
  p: Pick<TenantBaselineProps, "namespace" | "team" | "namespaceLabels" | "podSecurity">,
): K8sObject {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name: p.namespace,
      labels: {
        team: p.team,
        ...p.namespaceLabels,
        "pod-security.kubernetes.io/enforce": p.podSecurity,
        "pod-security.kubernetes.io/enforce-version": "latest",
        "pod-security.kubernetes.io/warn": "restricted",
        "pod-security.kubernetes.io/audit": "restricted",
      },
    },
  };
}

/** A ResourceQuota and LimitRange sized from the service file. */
function capacity(p: TenantBaselineProps): K8sObject[] {
  const ns = p.namespace;
  return [
    {
      apiVersion: "v1",
      kind: "ResourceQuota",
      metadata: { name: "tenant-quota", namespace: ns },
      spec: {
        hard: {
          "requests.cpu": String(p.quota.cpu),
          "requests.memory": `${p.quota.memoryGi}Gi`,
          "limits.memory": `${p.quota.memoryGi * 2}Gi`,
          pods: String(p.quota.pods),
          // Traffic enters through the shared Ingress and its Armor policy, never a tenant's own load balancer.
          "services.loadbalancers": "0",
          "services.nodeports": "0",
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "LimitRange",
      metadata: { name: "tenant-limits", namespace: ns },
      spec: {
        limits: [
          {
            type: "Container",
            defaultRequest: { cpu: "100m", memory: "128Mi" },
            default: { memory: "512Mi" },
            max: { cpu: String(p.quota.cpu), memory: `${p.quota.memoryGi * 2}Gi` },
          },
        ],
      },
    },
  ];
}

/** Default deny, and the paths every tenant needs: its own namespace, Google's load balancers, DNS, Google APIs. */
function baselinePolicies(ns: string): K8sObject[] {
  return [
    policy(ns, "default-deny", { policyTypes: ["Ingress", "Egress"] }),
    policy(ns, "allow-same-namespace", {
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ from: [{ podSelector: {} }] }],
      egress: [{ to: [{ podSelector: {} }] }],
    }),
    policy(ns, "allow-google-load-balancers", {
      policyTypes: ["Ingress"],
      ingress: [{ from: ipBlocks(GOOGLE_LB_SOURCE_RANGES) }],
    }),
    policy(ns, "allow-dns", {
      policyTypes: ["Egress"],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { [NAMESPACE_NAME]: "kube-system" } },
              podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
            },
          ],
          ports: [{ protocol: "UDP", port: 53 }, tcp(53)],
        },
      ],
    }),
    policy(ns, "allow-google-apis", {
      policyTypes: ["Egress"],
      egress: [
        ...METADATA_SERVER_EGRESS.map((m) => ({ to: ipBlocks([m.cidr]), ports: [tcp(m.port)] })),
        { to: ipBlocks([GOOGLE_APIS_VIPS.private, GOOGLE_APIS_VIPS.restricted]), ports: [tcp(443)] },
      ],
    }),
  ];
}

/** The paths the service file declares: its Redis and Cloud SQL, namespaces that call it, destinations it calls. */
function declaredPolicies(p: TenantBaselineProps): K8sObject[] {
  const ns = p.namespace;
  const egressTo = (name: string, cidr: string, port: number) =>
    policy(ns, name, { policyTypes: ["Egress"], egress: [{ to: ipBlocks([cidr]), ports: [tcp(port)] }] });
  return [
    ...(p.redisRange ? [egressTo("allow-redis", p.redisRange, REDIS_TLS_PORT)] : []),
    ...(p.sqlRange ? [egressTo("allow-cloud-sql", p.sqlRange, SQL_PROXY_SERVER_PORT)] : []),
    ...(p.ingressFromNamespaces.length > 0
      ? [
          policy(ns, "allow-declared-ingress", {
            policyTypes: ["Ingress"],
            ingress: [
              {
                from: p.ingressFromNamespaces.map((from) => ({
                  namespaceSelector: { matchLabels: { [NAMESPACE_NAME]: from } },
                })),
              },
            ],
          }),
        ]
      : []),
    ...(p.egress.length > 0
      ? [
          policy(ns, "allow-declared-egress", {
            policyTypes: ["Egress"],
            egress: p.egress.map((e) => ({
              to: ipBlocks([e.cidr]),
              ports: e.ports.map((port) => ({ protocol: e.protocol, port })),
            })),
          }),
        ]
      : []),
  ];
}

/**
 * The calls other services declared this namespace may make: out to each callee's namespace, at
 * its pods' port only (the callee admits the namespace on its side, allow-declared-ingress).
 */
function callPolicies(p: TenantBaselineProps): K8sObject[] {
  const calls = p.calls ?? [];
  if (calls.length === 0) return [];
  return [
    policy(p.namespace, "allow-declared-calls", {
      policyTypes: ["Egress"],
      egress: calls.map((c) => ({
        to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME]: c.namespace } } }],
        ports: [tcp(c.port)],
      })),
    }),
  ];
}

/**
 * Multi-cluster Services: calls between clusters come from and go to the other clusters' pod
 * ranges (never the cluster's own, which would admit every pod of it), so each cluster gets its
 * own policy, which Config Sync applies on that cluster alone (its cluster-name selector).
 */
function remotePolicies(p: TenantBaselineProps): K8sObject[] {
  const r = p.remote;
  if (!r) return [];
  const sides = [
    { name: "allow-remote-callers", type: "Ingress", rules: "ingress", peers: "from", ports: r.ingressPorts },
    { name: "allow-remote-calls", type: "Egress", rules: "egress", peers: "to", ports: r.egressPorts },
  ] as const;
  return r.clusters
    .filter((c) => c.otherPodRanges.length > 0)
    .flatMap((c) =>
      sides
        .filter((side) => side.ports.length > 0)
        .map((side) =>
          policy(
            p.namespace,
            `${side.name}-${c.cluster}`,
            {
              policyTypes: [side.type],
              [side.rules]: [{ [side.peers]: ipBlocks(c.otherPodRanges), ports: side.ports.map(tcp) }],
            },
            { [CLUSTER_NAME_SELECTOR]: c.cluster },
          ),
        ),
    );
}

/**
 * What every tenant namespace holds before the team deploys anything: Pod Security
 * admission labels, a ResourceQuota and LimitRange sized from the service file, and a
 * default-deny NetworkPolicy (enforced by Dataplane V2) with only these paths open:
 * in from the same namespace, Google's load balancers and health checks (NEG backends)
 * and declared namespaces; out to the same namespace, DNS, the metadata server, Google
 * APIs, the service's Redis and Cloud SQL, declared destinations, and the namespaces whose services
 * declared it as a caller (with several clusters, their pods in the other clusters). The team's access is
 * not here: fleet scope RBAC role bindings give it on every cluster (constructs/team-scope.ts).
 */
export function tenantBaseline(p: TenantBaselineProps): K8sObject[] {
  return [
    tenantNamespace(p),
    ...capacity(p),
    ...baselinePolicies(p.namespace),
    ...declaredPolicies(p),
    ...callPolicies(p),
    ...remotePolicies(p),
  ];
}
