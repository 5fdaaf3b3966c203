import { K8sObject } from "./kustomize";
import { Cidr, parseCidr } from "../cidr";

// Which connections a set of NetworkPolicies (networking.k8s.io/v1) lets through, evaluated the
// way https://kubernetes.io/docs/concepts/services-networking/network-policies/ defines it: a pod
// selected by no policy of a direction is open in it; a selected pod admits only what some rule of
// its policies admits; a connection needs the source pod's egress and the destination pod's ingress.
// Pure, for reading a baseline's paths before a cluster does (tests, reviews).

type Labels = Readonly<Record<string, string>>;

/** An address in a connection: a pod of the cluster whose policies are evaluated, or an address outside it. */
export interface Endpoint {
  readonly ip: string;
  /** Set when the address is a pod of this cluster. */
  readonly pod?: { readonly namespace: string; readonly labels?: Labels };
}

/** One connection attempt, to the destination pod's port (after a Service's translation). */
export interface Flow {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  /** @default "TCP" */
  readonly protocol?: "TCP" | "UDP" | "SCTP";
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Direction = "Ingress" | "Egress";

/** Namespaces carry the label kubernetes.io/metadata.name with their name (set by the API server). */
const namespaceLabelsOf = (ns: string): Labels => ({ "kubernetes.io/metadata.name": ns });

function matchesSelector(selector: Json | undefined, labels: Labels = {}): boolean {
  if (!selector) return true;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = ((selector.matchExpressions ?? []) as Json[]).every((e) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case "In":
        return has && (e.values as string[]).includes(labels[e.key]);
      case "NotIn":
        return !has || !(e.values as string[]).includes(labels[e.key]);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        throw new Error(`label selector operator "${e.operator}" is not one Kubernetes defines`);
    }
  });
  return byLabel && byExpression;
}

const cidrOf = (text: string): Cidr => {
  const c = parseCidr(text);
  if (typeof c === "string") throw new Error(c);
  return c;
};
const inRange = (ip: string, range: string) => {
  const a = cidrOf(`${ip}/32`);
  const r = cidrOf(range);
  return a.start >= r.start && a.end <= r.end;
};

/**
 * A peer of a rule (ipBlock, namespaceSelector and/or podSelector) matching an endpoint. An
 * ipBlock matches by address whether or not the address is a pod of the cluster: Kubernetes
 * leaves in-cluster pod IPs in an ipBlock to the implementation, so a check that nothing is
 * opened must count them.
 */
function peerMatches(peer: Json, policyNamespace: string, e: Endpoint): boolean {
  if (peer.ipBlock)
    return inRange(e.ip, peer.ipBlock.cidr) && !((peer.ipBlock.except ?? []) as string[]).some((x) => inRange(e.ip, x));
  if (!e.pod) return false;
  const namespaceOk = peer.namespaceSelector
    ? matchesSelector(peer.namespaceSelector, namespaceLabelsOf(e.pod.namespace))
    : e.pod.namespace === policyNamespace;
  return namespaceOk && matchesSelector(peer.podSelector, e.pod.labels);
}

function portMatches(ports: Json[] | undefined, flow: Flow): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if (typeof p.port === "string") throw new Error(`named port "${p.port}": resolve it to a number first`);
    const protocolOk = (p.protocol ?? "TCP") === (flow.protocol ?? "TCP");
    const portOk =
      p.port === undefined || (p.endPort ? flow.port >= p.port && flow.port <= p.endPort : flow.port === p.port);
    return protocolOk && portOk;
  });
}

const typesOf = (spec: Json): Direction[] =>
  spec.policyTypes ?? ["Ingress", ...(spec.egress ? ["Egress" as const] : [])];

/** Whether the policies let `subject` (a pod, at the end being judged) exchange `flow` with `peer` in `direction`. */
function allowedAt(
  policies: readonly K8sObject[],
  direction: Direction,
  subject: Endpoint,
  peer: Endpoint,
  flow: Flow,
) {
  if (!subject.pod) return true;
  const pod = subject.pod;
  const selecting = policies
    .map((p) => ({ ns: p.metadata.namespace ?? "default", spec: (p.spec ?? {}) as Json }))
    .filter((p) => p.ns === pod.namespace && matchesSelector(p.spec.podSelector, pod.labels))
    .filter((p) => typesOf(p.spec).includes(direction));
  if (selecting.length === 0) return true;
  const key = direction === "Ingress" ? "ingress" : "egress";
  const peersKey = direction === "Ingress" ? "from" : "to";
  return selecting.some((p) =>
    ((p.spec[key] ?? []) as Json[]).some(
      (rule) =>
        (!rule[peersKey] ||
          rule[peersKey].length === 0 ||
          (rule[peersKey] as Json[]).some((x) => peerMatches(x, p.ns, peer))) &&
        portMatches(rule.ports, flow),
    ),
  );
}

/** Whether `flow` gets through the NetworkPolicies among `objects`: out of its source and into its destination. */
export function isAllowed(objects: readonly K8sObject[], flow: Flow): boolean {
  const policies = objects.filter((o) => o.kind === "NetworkPolicy" && o.apiVersion === "networking.k8s.io/v1");
  return (
    allowedAt(policies, "Egress", flow.from, flow.to, flow) && allowedAt(policies, "Ingress", flow.to, flow.from, flow)
  );
}

/** Every ipBlock range of the NetworkPolicies among `objects` (without their exceptions). */
export function ipBlockRanges(objects: readonly K8sObject[]): string[] {
  return objects
    .filter((o) => o.kind === "NetworkPolicy")
    .flatMap((o) => {
      const spec = (o.spec ?? {}) as Json;
      return [
        ...((spec.ingress ?? []) as Json[]).flatMap((r) => r.from ?? []),
        ...((spec.egress ?? []) as Json[]).flatMap((r) => r.to ?? []),
      ];
    })
    .flatMap((peer: Json) => (peer.ipBlock ? [peer.ipBlock.cidr as string] : []));
}
