import * as path from "path";
import { parseAllDocuments } from "yaml";
import { loadConfig } from "../lib/config/load";
import { KitConfig } from "../lib/config/load";
import { serviceHandoff } from "../handoff/service-handoff";
import { configSyncObjects, scopeRole, serviceBaseline, teamRole } from "../handoff/platform-baseline";
import { SERVICE_PORT } from "../handoff/service-route";
import { Endpoint, isAllowed } from "../lib/k8s/network-policy";
import { K8sObject } from "../lib/k8s/kustomize";
import { runSynth } from "../synth/cli";
import { captureConsole, editYaml, KitSubset, tempKit, withCallers, FIXTURE_ROOT } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const shipped = loadConfig(FIXTURE_ROOT);
/** The hand-off of `service` in `env`, with the service file changed by `edit`. */
function handoff(service: string, env: string, edit: (s: Json) => void = () => undefined, config: KitConfig = shipped) {
  const svc = structuredClone(config.services.find((s) => s.name === service)!) as Json;
  edit(svc);
  const e = config.environments.find((x) => x.name === env)!;
  const s = svc as KitConfig["services"][number];
  const others = config.services.map((o) => (o.name === service ? s : o));
  return { ...serviceHandoff(config.platform, e, s), baseline: serviceBaseline(e, s, config.platform, others) };
}
type Handoff = { objects: readonly K8sObject[]; baseline: readonly K8sObject[] };
/** The platform's baseline and the team's objects of a hand-off, of one kind. */
const objectsOf = (h: Handoff, kind: string) => [...h.baseline, ...h.objects].filter((o) => o.kind === kind) as Json[];
const policies = (h: Handoff) =>
  Object.fromEntries(objectsOf(h, "NetworkPolicy").map((p) => [p.metadata.name, p.spec]));

describe("tenant namespace baseline", () => {
  const prd = handoff("payments", "prd");
  const dev = handoff("payments", "dev");

  it("enforces Pod Security restricted in production and baseline elsewhere, always warning about restricted", () => {
    expect(objectsOf(prd, "Namespace")[0].metadata.labels).toMatchObject({
      "pod-security.kubernetes.io/enforce": "restricted",
      "pod-security.kubernetes.io/warn": "restricted",
      "pod-security.kubernetes.io/audit": "restricted",
    });
    expect(objectsOf(dev, "Namespace")[0].metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("baseline");
    expect(
      objectsOf(
        handoff("payments", "dev", (s) => {
          s.podSecurity = "restricted";
        }),
        "Namespace",
      )[0].metadata.labels["pod-security.kubernetes.io/enforce"],
    ).toBe("restricted");
  });

  it("sizes the ResourceQuota and LimitRange from the service file and allows no tenant load balancers", () => {
    const big = handoff("payments", "prd", (s) => {
      s.quota = { cpu: 16, memoryGi: 32, pods: 200 };
    });
    expect(objectsOf(big, "ResourceQuota")[0].spec.hard).toEqual({
      "requests.cpu": "16",
      "requests.memory": "32Gi",
      "limits.memory": "64Gi",
      pods: "200",
      "services.loadbalancers": "0",
      "services.nodeports": "0",
    });
    expect(objectsOf(big, "LimitRange")[0].spec.limits[0]).toMatchObject({
      type: "Container",
      max: { cpu: "16", memory: "64Gi" },
      default: { memory: "512Mi" },
    });
  });

  it("denies all traffic by default and opens only the baseline paths", () => {
    const p = policies(prd);
    expect(p["default-deny"]).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    expect(p["allow-same-namespace"].ingress).toEqual([{ from: [{ podSelector: {} }] }]);
    expect(p["allow-google-load-balancers"].ingress).toEqual([
      { from: [{ ipBlock: { cidr: "35.191.0.0/16" } }, { ipBlock: { cidr: "130.211.0.0/22" } }] },
    ]);
    expect(p["allow-dns"].egress[0].ports).toEqual([
      { protocol: "UDP", port: 53 },
      { protocol: "TCP", port: 53 },
    ]);
    expect(p["allow-google-apis"].egress.map((e: Json) => e.to.map((t: Json) => t.ipBlock.cidr))).toEqual([
      ["169.254.169.254/32"],
      ["169.254.169.252/32"],
      ["199.36.153.8/30", "199.36.153.4/30"],
    ]);
    // Its own Redis on the environment's private service access range, on the TLS port.
    expect(p["allow-redis"].egress).toEqual([
      { to: [{ ipBlock: { cidr: "10.49.0.0/20" } }], ports: [{ protocol: "TCP", port: 6378 }] },
    ]);
    expect(Object.keys(policies(handoff("catalog", "dev")))).not.toContain("allow-redis");
  });

  it("adds what the service declares, and nothing else", () => {
    const declared = handoff("payments", "prd", (s) => {
      s.networkAccess = {
        ingressFromNamespaces: ["checkout"],
        egress: [{ cidr: "203.0.113.10/32", ports: [443, 8443], protocol: "TCP" }],
      };
    });
    const p = policies(declared);
    expect(p["allow-declared-ingress"].ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "checkout" } } }] },
    ]);
    expect(p["allow-declared-egress"].egress).toEqual([
      {
        to: [{ ipBlock: { cidr: "203.0.113.10/32" } }],
        ports: [
          { protocol: "TCP", port: 443 },
          { protocol: "TCP", port: 8443 },
        ],
      },
    ]);
    expect(Object.keys(policies(prd))).not.toContain("allow-declared-egress");
  });

  it("gives the team's group view in production and edit elsewhere (or with K8S002 waived), through its fleet scope, not a RoleBinding", () => {
    const env = (name: string) => shipped.environments.find((e) => e.name === name)!;
    const payments = shipped.services.find((s) => s.name === "payments")!;
    expect(scopeRole(teamRole(env("dev"), payments))).toBe("EDIT");
    expect(scopeRole(teamRole(env("prd"), payments))).toBe("VIEW");
    const waived = {
      ...payments,
      waivers: [{ rule: "K8S002", reason: "Incident responders need edit during the migration" }],
    } as KitConfig["services"][number];
    expect(scopeRole(teamRole(env("prd"), waived))).toBe("EDIT");
    // Neither the team's kit nor the platform's baseline binds the team's group per cluster any more
    // (the only RoleBinding is the delivery execution identity's, handoff/delivery.ts).
    const groupBindings = [...objectsOf(dev, "RoleBinding"), ...objectsOf(prd, "RoleBinding")].filter((b) =>
      (b.subjects as { kind: string }[]).some((s) => s.kind === "Group"),
    );
    expect(groupBindings).toEqual([]);
  });

  it("writes the objects as YAML that parses back to the same data", () => {
    const docs = parseAllDocuments(prd.manifest).map((d) => d.toJS());
    expect(docs).toEqual(prd.objects);
  });
});

describe("calls between the services of an environment", () => {
  // catalog declares that payments may call it: payments' default-deny egress must let the call out.
  const calling = withCallers(shipped, "catalog", ["payments"]);
  const dev = calling.environments.find((e) => e.name === "dev")!;
  const objects = (c: KitConfig) => configSyncObjects(dev, c.services, c.platform);
  const pod = (namespace: string, ip: string): Endpoint => ({ ip, pod: { namespace, labels: { app: namespace } } });
  const payments = pod("payments", "10.12.0.10");
  const catalog = pod("catalog", "10.12.1.20");
  const call = (from: Endpoint, to: Endpoint, port: number = SERVICE_PORT.targetPort) => ({ from, to, port });

  it("opens a declared call on both sides, at the callee pods' port only", () => {
    expect(isAllowed(objects(calling), call(payments, catalog))).toBe(true);
    const egress = objects(calling).find(
      (o) => o.metadata.namespace === "payments" && o.metadata.name === "allow-declared-calls",
    );
    expect(egress?.spec).toEqual({
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "catalog" } } }],
          ports: [{ protocol: "TCP", port: SERVICE_PORT.targetPort }],
        },
      ],
    });
    // Another port of the callee, or the call the other way round, is not declared and stays closed.
    expect(isAllowed(objects(calling), call(payments, catalog, 9090))).toBe(false);
    expect(isAllowed(objects(calling), call(catalog, payments))).toBe(false);
    // Pods of one namespace still talk to each other.
    expect(isAllowed(objects(calling), call(payments, pod("payments", "10.12.0.11"), 5432))).toBe(true);
  });

  it("keeps an undeclared call closed, and opens nothing for a caller namespace outside the estate", () => {
    const silent = withCallers(shipped, "catalog", []);
    expect(isAllowed(objects(silent), call(payments, catalog))).toBe(false);
    const outside = withCallers(shipped, "catalog", ["checkout"]);
    const byName = (c: KitConfig) => objects(c).map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(byName(outside).filter((n) => !byName(silent).includes(n))).toEqual(["catalog/allow-declared-ingress"]);
  });

  it("is refused by the caller's own egress when its baseline is built without the estate (break case)", () => {
    const alone = calling.services.flatMap((s) => serviceBaseline(dev, s, calling.platform, [s]));
    // The callee still admits payments; only the caller's side is missing.
    expect(alone.some((o) => o.metadata.name === "allow-declared-ingress")).toBe(true);
    expect(isAllowed(alone, call(payments, catalog))).toBe(false);
  });
});

describe("tenant guardrails on the path users take", () => {
  const { errors, logs } = captureConsole();
  const synth = (root: string) => runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") });
  /** Production and payments: the stacks these cases judge. */
  const PAYMENTS_PRD: KitSubset = { environments: ["prd"], services: ["payments"] };

  it("fail a service that asks for baseline pods in production without a waiver", () => {
    // dev too: the case shows the rule holds back outside production.
    const root = tempKit(FIXTURE_ROOT, { environments: ["dev", "prd"], services: ["payments"] });
    editYaml(root, "services/payments.yaml", (d) => {
      d.podSecurity = "baseline";
    });
    expect(synth(root)).toBe(1);
    expect(errors.join("\n")).toContain("svc-payments-prd: svc-payments-prd/handoff/Namespace/payments [K8S001]");
    expect(errors.join("\n")).not.toContain("svc-payments-dev: svc-payments-dev/handoff/Namespace/payments [K8S001]");
  });

  it("accept it with a reviewed waiver and name it in the output", () => {
    const root = tempKit(FIXTURE_ROOT, PAYMENTS_PRD);
    editYaml(root, "services/payments.yaml", (d) => {
      d.podSecurity = "baseline";
      d.waivers = [
        { rule: "K8S001", resource: "*/handoff/Namespace/*", reason: "The payment HSM agent needs NET_ADMIN until Q3" },
      ];
    });
    expect(synth(root)).toBe(0);
    expect(logs).toContain(
      "waived: svc-payments-prd: svc-payments-prd/handoff/Namespace/payments [K8S001] Pod Security restricted in production-like environments, at least baseline elsewhere. Reason: The payment HSM agent needs NET_ADMIN until Q3 (services/payments.yaml)",
    );
  });

  it("judge the team's scope role binding in the platform stack, where the service's K8S002 waiver applies", () => {
    const root = tempKit(FIXTURE_ROOT, PAYMENTS_PRD);
    editYaml(root, "services/payments.yaml", (d) => {
      d.waivers = [{ rule: "K8S002", reason: "Incident responders need edit during the migration" }];
    });
    expect(synth(root)).toBe(0);
    expect(logs.join("\n")).toMatch(
      /waived: prd: prd\/team-payments\/access-payments-team-[0-9a-f]{8} \[K8S002\] Read-only team access in production-like environments\. Reason: Incident responders need edit during the migration \(services\/payments\.yaml\)/,
    );
  });
});
