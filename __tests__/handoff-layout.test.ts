import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { IGCPBackendPolicy } from "@kubernetes-models/gke/networking.gke.io/v1/GCPBackendPolicy";
import { loadConfig } from "../lib/config/load";
import { isMultiCluster } from "../lib/config/clusters";
import { workloadOf } from "../lib/config/isolation";
import { K8sObject, kustomizeLayout, LayoutFile } from "../lib/k8s/kustomize";
import { manifestProblems } from "../lib/k8s/manifest-schemas";
import { serviceHandoff } from "../handoff/service-handoff";
import { platformKitFiles, platformObjects, serviceKitFiles } from "../handoff/service-kit";
import { namespaceLabels } from "../handoff/platform-baseline";
import { parseAllDocuments } from "yaml";
import { kustomizeAsync as render } from "./support/kustomize";
import { configProblems, editYaml, FIXTURE_ROOT, REPO_ROOT, sameFiles, tempKit } from "./helpers";

// Every overlay of the example estate, of the all-options fixture and of the adopter's estate is rendered by the real
// kustomize (kubectl kustomize) and compared with the objects the kit means for that
// environment, then every rendered object is validated against the Kubernetes, GKE and
// Gateway API schemas.

const identity = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
const sorted = (objects: readonly K8sObject[]) => [...objects].sort((a, b) => identity(a).localeCompare(identity(b)));

function write(dir: string, files: readonly LayoutFile[]): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.path), f.content);
  }
}

interface Overlay {
  readonly kit: string;
  readonly env: string;
  readonly dir: string;
  readonly expected: readonly K8sObject[];
  rendered?: K8sObject[];
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), "kit-layout-"));
const overlays: Overlay[] = [];
/** Objects the batched renders could not attribute to an overlay (must stay empty). */
const stray: string[] = [];
/** The namespace an object belongs to; a Namespace belongs to itself. */
const namespaceOf = (o: K8sObject): string => (o.kind === "Namespace" ? o.metadata.name : (o.metadata.namespace ?? ""));
const overlay = (kit: string, env: string) => overlays.find((o) => o.kit === kit && o.env === env)!.rendered!;
const find = (objects: readonly K8sObject[], kind: string, name?: string) =>
  objects.find((o) => o.kind === kind && (!name || o.metadata.name === name)) as any; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  for (const [label, root] of [
    ["example", FIXTURE_ROOT],
    ["fixture", path.join(REPO_ROOT, "__tests__/fixtures/all-options")],
    // The adopter's estate, when it is not the example: every overlay renders to its objects.
    ...(sameFiles(REPO_ROOT, FIXTURE_ROOT, ["config", "services"]) ? [] : [["estate", REPO_ROOT]]),
  ]) {
    const config = loadConfig(root);
    for (const service of config.services) {
      const dir = path.join(out, label, "service-kits", service.name);
      write(dir, serviceKitFiles(config.platform, config.environments, service));
      for (const env of config.environments.filter((e) => service.environments.includes(e.name))) {
        overlays.push({
          kit: `${label}/${service.name}`,
          env: env.name,
          dir: path.join(dir, "overlays", env.name),
          expected: serviceHandoff(config.platform, env, service).objects,
        });
      }
    }
    const platformDir = path.join(out, label, "platform-kit");
    write(platformDir, platformKitFiles(config.environments));
    for (const env of config.environments) {
      const expected = platformObjects(env);
      overlays.push({
        kit: `${label}/platform`,
        env: env.name,
        dir: path.join(platformDir, "overlays", env.name),
        expected,
      });
    }
  }
  // One kustomize run per (config, environment): a kustomization listing that environment's
  // overlays, whose objects live in distinct namespaces, is rendered once and split back by
  // namespace. A kubectl start costs ~0.4 s of CPU; one per overlay was most of this file's time.
  const groups = new Map<string, Overlay[]>();
  for (const o of overlays) {
    const key = `${o.kit.split("/")[0]}/${o.env}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  await Promise.all(
    [...groups].map(async ([key, members]) => {
      const dir = path.join(out, "_render", key);
      fs.mkdirSync(dir, { recursive: true });
      const resources = members.map((o) => path.relative(dir, o.dir));
      fs.writeFileSync(
        path.join(dir, "kustomization.yaml"),
        `resources:\n${resources.map((r) => `  - ${r}\n`).join("")}`,
      );
      const rendered = await render(dir);
      for (const o of members) {
        const namespaces = new Set(o.expected.map(namespaceOf));
        o.rendered = rendered.filter((obj) => namespaces.has(namespaceOf(obj)));
      }
      stray.push(
        ...rendered
          .filter((obj) => !members.some((o) => o.rendered!.includes(obj)))
          .map((obj) => `${key}: ${obj.kind} ${obj.metadata.name}`),
      );
    }),
  );
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("kustomize hand-off (rendered with kubectl kustomize)", () => {
  it("renders every overlay back to exactly its environment's objects", () => {
    expect(overlays.map((o) => `${o.kit}:${o.env}`).sort()).toEqual(
      expect.arrayContaining([
        "example/payments:prd",
        "example/catalog:dev",
        "example/catalog:stg",
        "fixture/everything:full",
        "example/platform:dev",
      ]),
    );
    expect(stray).toEqual([]);
    for (const o of overlays)
      expect({ overlay: `${o.kit}:${o.env}`, objects: sorted(o.rendered!) }).toEqual({
        overlay: `${o.kit}:${o.env}`,
        objects: sorted(o.expected),
      });
  });

  it("validates every rendered object against the Kubernetes, GKE and Gateway API schemas", () => {
    const all = overlays.flatMap((o) => o.rendered!);
    expect(manifestProblems(all, "rendered overlays")).toEqual([]);
    expect(new Set(all.map((o) => o.kind))).toEqual(
      new Set([
        "Namespace", // the shared Gateway's, in the platform kit
        "ServiceAccount",
        "ConfigMap",
        "Service",
        "BackendConfig",
        "Ingress",
        "HTTPRoute",
        "HealthCheckPolicy",
        "GCPBackendPolicy",
        "Gateway",
        "GCPGatewayPolicy",
        "ManagedCertificate",
        "FrontendConfig",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
        "ServiceExport",
      ]),
    );
  });

  it("keeps the base free of any environment's specifics and puts them in the overlays", () => {
    const kit = path.join(out, "example/service-kits/payments");
    const base = fs
      .readdirSync(path.join(kit, "base"))
      .map((f) => fs.readFileSync(path.join(kit, "base", f), "utf8"))
      .join("\n");
    for (const env of ["dev", "stg", "prd"]) {
      expect(base).not.toContain(`acme-payments-${env}`);
      expect(base).not.toContain(`payments-${env}`);
    }
    expect(
      parseAllDocuments(fs.readFileSync(path.join(kit, "base/kustomization.yaml"), "utf8"))[0].toJS().resources,
    ).toEqual(expect.arrayContaining(["serviceaccount.yaml", "service.yaml", "backendconfig.yaml", "ingress.yaml"]));
    const prd = fs.readFileSync(path.join(kit, "overlays/prd/patches.yaml"), "utf8");
    expect(prd).toContain("iam.gke.io/gcp-service-account: wi-payments@acme-payments-prd.iam.gserviceaccount.com");
    expect(prd).toMatch(/kind: BackendConfig[\s\S]*securityPolicy:\n\s+name: payments-prd/);
    expect(prd).toContain("REDIS_SECRET: projects/acme-payments-prd/secrets/payments-redis");
  });

  it("ships the team only its own objects: the platform's baseline is Config Sync's (config-sync.test.ts)", () => {
    const platformOwned = ["Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy", "RoleBinding"];
    for (const o of overlays.filter((x) => !x.kit.endsWith("/platform")))
      expect({
        overlay: `${o.kit}:${o.env}`,
        kinds: o.rendered!.filter((x) => platformOwned.includes(x.kind)),
      }).toEqual({ overlay: `${o.kit}:${o.env}`, kinds: [] });
    const kit = path.join(out, "example/service-kits/payments");
    expect(fs.readFileSync(path.join(kit, "overlays/prd/kustomization.yaml"), "utf8")).toContain(
      "are the platform's (fleet + Config Sync, config-sync/prd/payments.yaml): read-only for you",
    );
  });

  it("ingress route: container-native NEGs, a BackendConfig with health check and Armor policy, a GKE Ingress", () => {
    const prd = overlay("example/payments", "prd");
    expect(find(prd, "Service").metadata.annotations).toEqual({
      "cloud.google.com/neg": '{"ingress": true}',
      "cloud.google.com/backend-config": '{"default":"payments"}',
    });
    expect(find(prd, "BackendConfig").spec).toEqual({
      healthCheck: { type: "HTTP", requestPath: "/", port: 8080 },
      securityPolicy: { name: "payments-prd" },
    });
    expect(find(prd, "Ingress")).toMatchObject({
      metadata: { annotations: { "kubernetes.io/ingress.class": "gce" } },
      spec: { rules: [{ host: "pay.example.com" }] },
    });
    expect(find(overlay("example/payments", "dev"), "Ingress").spec).toEqual({
      defaultBackend: { service: { name: "payments", port: { number: 80 } } },
    });
    expect(find(prd, "ServiceAccount").metadata.annotations).toEqual({
      "iam.gke.io/gcp-service-account": "wi-payments@acme-payments-prd.iam.gserviceaccount.com",
    });
    expect(find(prd, "ConfigMap").data).toEqual({
      GOOGLE_CLOUD_PROJECT: "acme-payments-prd",
      REDIS_SECRET: "projects/acme-payments-prd/secrets/payments-redis",
      SQL_CONNECTION_NAME: "acme-payments-prd:europe-west1:payments-prd",
      SQL_USER: "wi-payments@acme-payments-prd.iam",
      SQL_PORT: "5432",
    });
    expect(prd.filter((o) => ["HTTPRoute", "GCPBackendPolicy"].includes(o.kind))).toEqual([]);
  });

  it("gateway route: an HTTPRoute on the shared Gateway, the Armor policy through GCPBackendPolicy, a HealthCheckPolicy", () => {
    const [dev, stg] = [overlay("example/catalog", "dev"), overlay("example/catalog", "stg")];
    expect(find(stg, "HTTPRoute", "catalog").spec).toEqual({
      parentRefs: [{ name: "external", namespace: "platform-gateway", sectionName: "https" }],
      hostnames: ["catalog.stg.example.com"],
      rules: [{ backendRefs: [{ name: "catalog", port: 80 }] }],
    });
    expect(find(dev, "HTTPRoute").spec.hostnames).toBeUndefined();
    expect(find(dev, "HTTPRoute").spec.parentRefs).toEqual([
      { name: "external", namespace: "platform-gateway", sectionName: "http" },
    ]);
    expect(find(dev, "GCPBackendPolicy").spec).toEqual({
      default: { securityPolicy: "dev-baseline" },
      targetRef: { group: "", kind: "Service", name: "catalog" },
    });
    expect(find(stg, "GCPBackendPolicy").spec.default.securityPolicy).toBe("stg-baseline");
    expect(find(stg, "HealthCheckPolicy").spec).toEqual({
      default: { config: { type: "HTTP", httpHealthCheck: { port: 8080, requestPath: "/healthz" } } },
      targetRef: { group: "", kind: "Service", name: "catalog" },
    });
    // The Gateway controller makes NEGs itself; the Ingress annotations would only mislead.
    expect(find(stg, "Service").metadata.annotations).toBeUndefined();
    // The fleet namespace carries the label the shared Gateway admits routes by.
    const config = loadConfig(FIXTURE_ROOT);
    const env = (name: string) => config.environments.find((e) => e.name === name)!;
    const service = (name: string) => config.services.find((x) => x.name === name)!;
    expect(namespaceLabels(env("stg"), service("catalog"))).toMatchObject({ "gateway.platform/shared": "true" });
    expect(stg.filter((o) => ["Ingress", "BackendConfig"].includes(o.kind))).toEqual([]);
    expect(namespaceLabels(env("prd"), service("payments"))["gateway.platform/shared"]).toBeUndefined();
  });

  it("shared Gateway per environment admits HTTPRoutes only from namespaces the platform labelled", () => {
    const gateway = find(overlay("example/platform", "prd"), "Gateway");
    expect(gateway.metadata).toEqual({
      name: "external",
      namespace: "platform-gateway",
      annotations: { "networking.gke.io/certmap": "gateway-external" },
    });
    expect(gateway.spec.gatewayClassName).toBe("gke-l7-global-external-managed");
    const allowedRoutes = {
      namespaces: { from: "Selector", selector: { matchLabels: { "gateway.platform/shared": "true" } } },
      kinds: [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute" }],
    };
    expect(gateway.spec.listeners).toEqual([
      { name: "http", protocol: "HTTP", port: 80, allowedRoutes },
      { name: "https", protocol: "HTTPS", port: 443, allowedRoutes },
    ]);
    const full = find(overlay("fixture/platform", "full"), "Gateway");
    expect(full.metadata.annotations).toEqual({ "networking.gke.io/certmap": "shop-certs" });
    expect(full.spec.listeners.map((l: { protocol: string; port: number }) => `${l.protocol}:${l.port}`)).toEqual([
      "HTTP:80",
      "HTTPS:443",
    ]);
  });

  it("multicluster route: where the environment has several clusters, the Service exported to the fleet and an HTTPRoute on the multi-cluster Gateway to its ServiceImport, Armor on the ServiceImport", () => {
    const config = loadConfig(FIXTURE_ROOT);
    const multi = config.environments.filter(isMultiCluster);
    const services = config.services.filter((s) => s.route.type === "multicluster");
    expect(multi.length * services.length).toBeGreaterThan(0);
    for (const svc of services)
      for (const e of svc.environments) {
        const env = config.environments.find((x) => x.name === e)!;
        const objects = overlay(`example/${svc.name}`, e);
        const ns = workloadOf(svc).namespace;
        const serviceImport = { group: "net.gke.io", kind: "ServiceImport", name: svc.name };
        if (!isMultiCluster(env)) {
          // One cluster: the shared Gateway, as route type gateway.
          expect(find(objects, "ServiceExport")).toBeUndefined();
          expect(find(objects, "HTTPRoute", svc.name).spec.parentRefs[0].name).toBe("external");
          continue;
        }
        expect(find(objects, "ServiceExport", svc.name).metadata).toEqual({ name: svc.name, namespace: ns });
        const route = find(objects, "HTTPRoute", svc.name).spec;
        expect(route.parentRefs[0]).toMatchObject({ name: "external-mc", namespace: "platform-gateway" });
        expect(route.rules).toEqual([{ backendRefs: [{ ...serviceImport, port: 80 }] }]);
        // Cloud Armor stays in front: the backend policy attaches to the ServiceImport (lib/gcp/gateway.ts).
        expect(find(objects, "GCPBackendPolicy").spec.targetRef).toEqual(serviceImport);
        expect(find(objects, "GCPBackendPolicy").spec.default.securityPolicy).toBeTruthy();
        expect(find(objects, "HealthCheckPolicy").spec.targetRef).toEqual(serviceImport);
        const gateways = overlay("example/platform", e).filter((o) => o.kind === "Gateway");
        expect(
          gateways.map((g) => [g.metadata.name, (g.spec as { gatewayClassName: string }).gatewayClassName]),
        ).toEqual([
          ["external", "gke-l7-global-external-managed"],
          ["external-mc", "gke-l7-global-external-managed-mc"],
        ]);
      }
    // Break case: a single-cluster environment's platform objects have no multi-cluster Gateway.
    const single = config.environments.find((x) => !isMultiCluster(x))!;
    expect(overlay("example/platform", single.name).filter((o) => o.kind === "Gateway")).toHaveLength(1);
  });

  it("an overlay that loses its patches renders something else (break case)", async () => {
    const broken = path.join(out, "broken");
    fs.cpSync(path.join(out, "example/service-kits/payments"), broken, { recursive: true });
    const file = path.join(broken, "overlays/prd/kustomization.yaml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/patches:\n.*\n/, ""));
    const rendered = await render(path.join(broken, "overlays/prd"));
    expect(find(rendered, "ServiceAccount").metadata.annotations).toBeUndefined();
    expect(sorted(rendered)).not.toEqual(
      sorted(overlays.find((o) => o.kit === "example/payments" && o.env === "prd")!.expected),
    );
  });
});

describe("manifest schemas", () => {
  const meta = { name: "shop", namespace: "shop" };
  it("rejects objects the Kubernetes, GKE or Gateway API schemas reject (break cases)", () => {
    expect(
      manifestProblems(
        [
          {
            apiVersion: "networking.gke.io/v1",
            kind: "GCPBackendPolicy",
            metadata: meta,
            spec: { default: { securityPolicy: 7 } },
          },
          {
            apiVersion: "gateway.networking.k8s.io/v1",
            kind: "HTTPRoute",
            metadata: meta,
            spec: { hostnames: ["Shop.Example.com"], parentRefs: [{ name: "external" }] },
          },
          {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: meta,
            spec: { podSelector: {}, policyTypes: ["Ingres"] },
          },
          { apiVersion: "v1", kind: "Service", metadata: meta, spec: { ports: [{ port: "http" }] } },
          {
            apiVersion: "cloud.google.com/v1",
            kind: "BackendConfig",
            metadata: meta,
            spec: { healthCheck: { type: "HTTP", port: "8080" } },
          },
          { apiVersion: "extensions/v1beta1", kind: "Ingress", metadata: meta },
        ] as never,
        "test",
      ),
    ).toEqual([
      "test: GCPBackendPolicy/shop: data/spec must have required property targetRef, data/spec/default/securityPolicy must be string",
      expect.stringMatching(/^test: HTTPRoute\/shop: data\/spec\/hostnames\/0 must match pattern/),
      "test: NetworkPolicy/shop: data/spec/policyTypes/0 must be equal to one of the allowed values",
      expect.stringMatching(/^test: Service\/shop: .*data\/spec\/ports\/0\/port must be integer/),
      expect.stringMatching(/^test: BackendConfig\/shop: .*port must be integer/),
      expect.stringMatching(
        /^test: Ingress\/shop: no schema for apiVersion extensions\/v1beta1 kind Ingress; known: v1 Namespace/,
      ),
    ]);
  });

  it("catches a misspelt field where the kit builds an object (type check)", () => {
    const policy: IGCPBackendPolicy = {
      apiVersion: "networking.gke.io/v1",
      kind: "GCPBackendPolicy",
      metadata: meta,
      // @ts-expect-error securityPolicy misspelt: tsc (npm test) fails if this is ever accepted
      spec: { default: { securityPolcy: "x" }, targetRef: { group: "", kind: "Service", name: "shop" } },
    };
    // The schema alone lets unknown fields through, as the API server does; the type check does not.
    expect(manifestProblems([policy as never], "test")).toEqual([]);
  });
});

describe("kustomizeLayout", () => {
  const object = (name: string, data: Record<string, string>): K8sObject => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name, namespace: "n" },
    data,
  });
  const layout = (variants: { env: string; objects: K8sObject[] }[]) =>
    new Map(kustomizeLayout({ variants, overlays: variants.map((v) => v.env) }).map((f) => [f.path, f.content]));

  it("puts what all environments share in the base, the rest in the overlays", () => {
    const files = layout([
      { env: "a", objects: [object("shared", { SAME: "1", DIFF: "a" }), object("only-a", { X: "1" })] },
      { env: "b", objects: [object("shared", { SAME: "1", DIFF: "b" })] },
    ]);
    expect(files.get("base/configmap.yaml")).toBe(
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: n\ndata:\n  SAME: '1'\n",
    );
    expect(files.get("overlays/a/resources.yaml")).toContain("name: only-a");
    expect(files.get("overlays/b/resources.yaml")).toBeUndefined();
    expect(files.get("overlays/b/patches.yaml")).toBe(
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: n\ndata:\n  DIFF: b\n",
    );
  });

  it("writes no patches for an environment that matches the base", () => {
    const files = layout([{ env: "a", objects: [object("x", { K: "v" })] }]);
    expect([...files.keys()].sort()).toEqual([
      "base/configmap.yaml",
      "base/kustomization.yaml",
      "overlays/a/kustomization.yaml",
    ]);
  });
});

describe("route settings in service files", () => {
  it("refuses hostnames for environments the service is not in, a host name two services claim, and a gateway route without the Gateway API", () => {
    const root = tempKit();
    editYaml(
      root,
      "services/payments.yaml",
      (s) => (s.route = { type: "gateway", hostnames: { qa: ["pay.example.com"], stg: ["catalog.stg.example.com"] } }),
    );
    editYaml(root, "config/environments/dev.yaml", (e) => (e.cluster.gatewayApi = "CHANNEL_DISABLED"));
    expect(configProblems(root)).toEqual(
      expect.arrayContaining([
        'services/payments.yaml: route.hostnames.qa: "qa" is not one of this service\'s environments (dev, stg, prd)',
        expect.stringMatching(
          /^services\/(payments|catalog)\.yaml: route\.hostnames\.stg\[0\]: "catalog\.stg\.example\.com" already routes to services\/(payments|catalog)\.yaml in stg; a host name belongs to one service$/,
        ),
        'services/payments.yaml: route.type: gateway needs the Gateway API on cluster "dev", which has cluster.gatewayApi: CHANNEL_DISABLED; use route type ingress or ask the platform team to enable it',
      ]),
    );
    fs.rmSync(root, { recursive: true, force: true });
  });
});
