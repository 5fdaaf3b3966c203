import * as fs from "fs";
import * as path from "path";
import { manifestProblems } from "../lib/k8s/manifest-schemas";
import { K8sObject } from "../lib/k8s/kustomize";
import { runSynth } from "../synth/cli";
import { synthesize } from "../synth/synth";
import { kustomize } from "./support/kustomize";
import { captureConsole, configProblems, editYaml, KitSubset, REPO_ROOT, resourcesOf, tempKit } from "./helpers";

/**
 * HTTPS by default on both routes, in the all-options fixture's production-like environment:
 * the synthesized Terraform (SSL policy, Certificate Manager) and the hand-off rendered with the
 * real `kubectl kustomize` and validated against the GKE and Gateway API schemas.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURE = path.join(REPO_ROOT, "__tests__/fixtures/all-options");
const PROD = "full"; // the fixture's production environment
const SERVICE = "services/everything.yaml";
const HOSTS = ["shop.example.com", "www.shop.example.com"];
/** The production environment and the service on the route: the stacks and overlays every case reads. */
const PRODUCTION: KitSubset = { environments: [PROD], services: ["everything"] };

interface Rendered {
  readonly root: string;
  readonly service: K8sObject[];
  readonly platform: K8sObject[];
  readonly stack: (name: string) => Json;
}

const render = kustomize;

/** The fixture with the service on `route`, synthesized, its production overlays rendered. */
function production(route: Json): Rendered {
  const root = tempKit(FIXTURE, PRODUCTION);
  editYaml(root, SERVICE, (d) => {
    d.route = { ...d.route, ...route };
  });
  const out = path.join(root, "out");
  synthesize({ root, outdir: out });
  return {
    root,
    service: render(path.join(out, "service-kits/everything/overlays", PROD)),
    platform: render(path.join(out, "platform-kit/overlays", PROD)),
    stack: (name) => JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8")),
  };
}

const find = (objects: K8sObject[], kind: string, name?: string): Json | undefined =>
  objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));

describe("ingress route in production: a managed certificate, the redirect and TLS 1.2+", () => {
  let r: Rendered;
  beforeAll(() => {
    r = production({ type: "ingress", hostnames: { [PROD]: HOSTS } });
  });
  afterAll(() => fs.rmSync(r.root, { recursive: true, force: true }));

  it("renders schema-valid objects", () => {
    expect(manifestProblems(r.service, "ingress overlay")).toEqual([]);
  });

  it("names a ManagedCertificate for every host and a FrontendConfig on the Ingress", () => {
    expect(find(r.service, "Ingress")?.metadata.annotations).toMatchObject({
      "networking.gke.io/managed-certificates": "everything",
      "networking.gke.io/v1beta1.FrontendConfig": "everything",
    });
    expect(find(r.service, "ManagedCertificate")?.spec).toEqual({ domains: HOSTS });
  });

  it("redirects HTTP to HTTPS and terminates TLS with the environment's SSL policy", () => {
    expect(find(r.service, "FrontendConfig")?.spec).toEqual({
      redirectToHttps: { enabled: true, responseCodeName: "MOVED_PERMANENTLY_DEFAULT" },
      sslPolicy: "platform-tls",
    });
    const policy = resourcesOf(r.stack(PROD), "google_compute_ssl_policy")[0];
    expect(policy).toMatchObject({ name: "platform-tls", profile: "MODERN", min_tls_version: "TLS_1_2" });
  });
});

describe("gateway route in production: Certificate Manager certificates, HTTPS listener, redirect", () => {
  let r: Rendered;
  const wildcard = "*.shop.example.com";
  beforeAll(() => {
    r = production({ type: "gateway", hostnames: { [PROD]: [...HOSTS, wildcard] } });
  });
  afterAll(() => fs.rmSync(r.root, { recursive: true, force: true }));

  it("renders schema-valid objects, the shared Gateway's included", () => {
    expect(manifestProblems([...r.service, ...r.platform], "gateway overlays")).toEqual([]);
  });

  it("routes on the HTTPS listener and redirects the same hosts on HTTP", () => {
    const route = find(r.service, "HTTPRoute", "everything");
    expect(route?.spec.parentRefs).toEqual([{ name: "external", namespace: "platform-gateway", sectionName: "https" }]);
    expect(find(r.service, "HTTPRoute", "everything-https-redirect")?.spec).toEqual({
      parentRefs: [{ name: "external", namespace: "platform-gateway", sectionName: "http" }],
      hostnames: [...HOSTS, wildcard],
      rules: [{ filters: [{ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } }] }],
    });
  });

  it("serves HTTPS from the certificate map with the SSL policy", () => {
    const gateway = find(r.platform, "Gateway", "external");
    expect(gateway?.metadata.annotations["networking.gke.io/certmap"]).toBe("shop-certs"); // the fixture's own map
    expect(gateway?.spec.listeners.map((l: Json) => `${l.name}:${l.protocol}:${l.port}`)).toEqual([
      "http:HTTP:80",
      "https:HTTPS:443",
    ]);
    expect(find(r.platform, "GCPGatewayPolicy", "external-tls")?.spec).toEqual({
      default: { sslPolicy: "platform-tls" },
      targetRef: { group: "gateway.networking.k8s.io", kind: "Gateway", name: "external" },
    });
    // With several clusters the multi-cluster Gateway serves the same map with the same SSL policy.
    expect(find(r.platform, "Gateway", "external-mc")?.metadata.annotations["networking.gke.io/certmap"]).toBe(
      "shop-certs",
    );
    expect(find(r.platform, "GCPGatewayPolicy", "external-mc-tls")?.spec.default).toEqual({
      sslPolicy: "platform-tls",
    });
  });

  it("creates a Google-managed certificate and map entry per host, DNS-authorized for the wildcard", () => {
    const svc = r.stack(`svc-everything-${PROD}`);
    const certs = resourcesOf(svc, "google_certificate_manager_certificate");
    expect(certs.map((c) => c.managed.domains[0]).sort()).toEqual([...HOSTS, wildcard].sort());
    const entries = resourcesOf(svc, "google_certificate_manager_certificate_map_entry");
    expect(entries.map((e) => [e.map, e.hostname]).sort()).toEqual(
      [...HOSTS, wildcard].map((h) => ["shop-certs", h]).sort(),
    );
    const auth = resourcesOf(svc, "google_certificate_manager_dns_authorization");
    expect(auth.map((a) => a.domain)).toEqual(["shop.example.com"]);
    expect(certs.find((c) => c.managed.domains[0] === wildcard)?.managed.dns_authorizations).toHaveLength(1);
    expect(certs.filter((c) => c.managed.dns_authorizations)).toHaveLength(1);
    expect(svc.output.dns_authorization_records).toBeDefined();
  });

  it("creates the environment's certificate map when it names none", () => {
    const root = tempKit(FIXTURE, PRODUCTION);
    editYaml(root, `config/environments/${PROD}.yaml`, (d) => delete d.gateway);
    const out = path.join(root, "out");
    synthesize({ root, outdir: out });
    const stack = (n: string) => JSON.parse(fs.readFileSync(path.join(out, "stacks", n, "cdk.tf.json"), "utf8"));
    expect(resourcesOf(stack(PROD), "google_certificate_manager_certificate_map")[0]?.name).toBe("gateway-external");
    const entries = resourcesOf(stack(`svc-everything-${PROD}`), "google_certificate_manager_certificate_map_entry");
    expect(new Set(entries.map((e) => e.map))).toEqual(new Set(["gateway-external"]));
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe("HTTP-only routes in production are refused unless waived (npm run synth)", () => {
  const { errors } = captureConsole();
  const noHosts = (root: string) =>
    editYaml(root, SERVICE, (d) => {
      d.route.hostnames = {};
    });

  it("refuses a production route without host names", () => {
    const root = tempKit(FIXTURE, PRODUCTION);
    noHosts(root);
    expect(runSynth([], { KIT_ROOT: root, CDKTF_OUTDIR: path.join(root, "out") })).toBe(1);
    expect(errors.join("\n")).toContain(
      `services/everything.yaml: route.hostnames.${PROD}: production-like environment "${PROD}" serves only HTTPS`,
    );
    expect(fs.existsSync(path.join(root, "out"))).toBe(false);
  });

  it("synthesizes an HTTP-only route with a waiver of TLS001, and reports it as waived", () => {
    const root = tempKit(FIXTURE, PRODUCTION);
    noHosts(root);
    editYaml(root, SERVICE, (d) => {
      d.waivers.push({ rule: "TLS001", reason: "Internal tool behind IAP, certificate comes later" });
    });
    const out = path.join(root, "out");
    expect(runSynth(["--report"], { KIT_ROOT: root, CDKTF_OUTDIR: out })).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, "policy-report.json"), "utf8"));
    expect(JSON.stringify(report)).toMatch(/TLS001/);
  });

  it("refuses a wildcard host on an Ingress, which managed certificates cannot cover", () => {
    const root = tempKit(FIXTURE);
    editYaml(root, SERVICE, (d) => {
      d.route = { type: "ingress", hostnames: { [PROD]: ["*.shop.example.com"] } };
    });
    expect(configProblems(root)).toContain(
      `services/everything.yaml: route.hostnames.${PROD}[0]: "*.shop.example.com" is a wildcard, which GKE Ingress managed certificates cannot cover; use route type gateway (Certificate Manager with DNS authorization) or name the hosts`,
    );
  });
});
