import { K8sObject } from "../lib/k8s/kustomize";
import { Endpoint, ipBlockRanges, isAllowed } from "../lib/k8s/network-policy";

// The evaluator the baseline tests read paths with (config-sync.test.ts, tenancy.test.ts): each
// rule of Kubernetes' NetworkPolicy semantics it applies, shown both ways.

const policy = (namespace: string, name: string, spec: object): K8sObject => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata: { name, namespace },
  spec: { podSelector: {}, ...spec },
});
const pod = (namespace: string, ip: string, labels: Record<string, string> = {}): Endpoint => ({
  ip,
  pod: { namespace, labels },
});
const a = pod("a", "10.0.0.1", { app: "a" });
const b = pod("b", "10.0.1.1", { app: "b" });
const deny = (ns: string) => policy(ns, "default-deny", { policyTypes: ["Ingress", "Egress"] });

describe("NetworkPolicy evaluation", () => {
  it("leaves a namespace without policies open, and closes both ends under a default deny", () => {
    expect(isAllowed([], { from: a, to: b, port: 80 })).toBe(true);
    expect(isAllowed([deny("b")], { from: a, to: b, port: 80 })).toBe(false);
    expect(isAllowed([deny("a")], { from: a, to: b, port: 80 })).toBe(false);
    // A policy of another namespace does not select the pod.
    expect(isAllowed([deny("c")], { from: a, to: b, port: 80 })).toBe(true);
  });

  it("needs the source's egress and the destination's ingress", () => {
    const inB = policy("b", "in", {
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "a" } } }] }],
    });
    const outA = policy("a", "out", {
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "b" } } }],
          ports: [{ port: 8080 }],
        },
      ],
    });
    const all = [deny("a"), deny("b"), inB, outA];
    expect(isAllowed(all, { from: a, to: b, port: 8080 })).toBe(true);
    expect(isAllowed(all, { from: a, to: b, port: 8081 })).toBe(false);
    expect(isAllowed(all, { from: a, to: b, port: 8080, protocol: "UDP" })).toBe(false);
    expect(isAllowed([deny("a"), deny("b"), inB], { from: a, to: b, port: 8080 })).toBe(false);
    expect(isAllowed([deny("a"), deny("b"), outA], { from: a, to: b, port: 8080 })).toBe(false);
    expect(isAllowed(all, { from: b, to: a, port: 8080 })).toBe(false);
  });

  it("reads podSelector alone as the policy's own namespace, and label expressions", () => {
    const same = policy("b", "same", { policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: {} }] }] });
    expect(isAllowed([same], { from: pod("b", "10.0.1.2"), to: b, port: 1 })).toBe(true);
    expect(isAllowed([same], { from: a, to: b, port: 1 })).toBe(false);
    const onlyWeb = policy("b", "web", {
      podSelector: { matchExpressions: [{ key: "app", operator: "In", values: ["web"] }] },
      policyTypes: ["Ingress"],
    });
    // It selects only app=web pods: b (app=b) stays open, a web pod is closed.
    expect(isAllowed([onlyWeb], { from: a, to: b, port: 1 })).toBe(true);
    expect(isAllowed([onlyWeb], { from: a, to: pod("b", "10.0.1.3", { app: "web" }), port: 1 })).toBe(false);
  });

  it("matches ipBlocks by address, minus their exceptions, also for addresses outside the cluster", () => {
    const block = policy("b", "block", {
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [{ ipBlock: { cidr: "10.52.0.0/14", except: ["10.52.0.0/24"] } }],
          ports: [{ port: 8000, endPort: 8080 }],
        },
      ],
    });
    expect(isAllowed([block], { from: { ip: "10.53.0.9" }, to: b, port: 8080 })).toBe(true);
    expect(isAllowed([block], { from: { ip: "10.52.0.9" }, to: b, port: 8080 })).toBe(false);
    expect(isAllowed([block], { from: { ip: "10.53.0.9" }, to: b, port: 8081 })).toBe(false);
    expect(isAllowed([block], { from: { ip: "10.44.0.9" }, to: b, port: 8080 })).toBe(false);
    expect(ipBlockRanges([block, deny("a")])).toEqual(["10.52.0.0/14"]);
  });

  it("takes Egress as a policy type only when the policy has egress rules and names no types", () => {
    const implicit = policy("a", "implicit", { egress: [{ to: [{ ipBlock: { cidr: "10.9.0.0/16" } }] }] });
    expect(isAllowed([implicit], { from: a, to: { ip: "10.9.0.1" }, port: 1 })).toBe(true);
    expect(isAllowed([implicit], { from: a, to: b, port: 1 })).toBe(false);
    const ingressOnly = policy("a", "ingress-only", {});
    expect(isAllowed([ingressOnly], { from: a, to: b, port: 1 })).toBe(true);
    expect(isAllowed([ingressOnly], { from: b, to: a, port: 1 })).toBe(false);
  });
});
