import * as path from "path";
import { App, Testing } from "cdktf";
import { PrivateGoogleApisDns, PrivateGoogleApisDnsProps } from "../../constructs/private-google-apis-dns";
import { loadConfig } from "../../lib/config/load";
import { GOOGLE_APIS_VIPS } from "../../lib/gcp/gke";
import { vipAddresses } from "../../lib/gcp/private-google-access";
import { PolicyReport } from "../../lib/policy/aspect";
import { PlatformStack } from "../../stacks/platform-stack";
import { configProblems, editYaml, resourcesOf, synthConstruct, tempKit, FIXTURE_ROOT } from "../helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NETWORK = "projects/acme-host-dev/global/networks/vpc-dev";
const dnsOf = (p: Partial<PrivateGoogleApisDnsProps> = {}) =>
  synthConstruct(
    (s) =>
      new PrivateGoogleApisDns(s, "pga", {
        projectId: "acme-host-dev",
        networkId: NETWORK,
        zoneNamePrefix: "pga-dev",
        ...p,
      }),
  ).json;

/** Record sets as "name TYPE rrdata,rrdata" with the zone resource they belong to. */
const records = (json: Json) =>
  resourcesOf(json, "google_dns_record_set").map((r) => ({
    zone: r.managed_zone,
    text: `${r.name} ${r.type} ${r.rrdatas.join(",")}`,
    ttl: r.ttl,
  }));
const zoneRef = (json: Json, dnsName: string) => {
  const [id] = Object.entries(json.resource.google_dns_managed_zone).find(([, z]) => (z as Json).dns_name === dnsName)!;
  return `\${google_dns_managed_zone.${id}.name}`;
};

describe("PrivateGoogleApisDns", () => {
  it("makes private zones, visible only to the environment's VPC, and never force-destroys them", () => {
    const zones = resourcesOf(dnsOf(), "google_dns_managed_zone");
    expect(zones.map((z) => z.dns_name).sort()).toEqual(["gcr.io.", "googleapis.com.", "pkg.dev."]);
    for (const z of zones) {
      expect(z).toMatchObject({ project: "acme-host-dev", visibility: "private", force_destroy: false });
      expect(z.private_visibility_config).toEqual({ networks: [{ network_url: NETWORK }] });
    }
    expect(zones.map((z) => z.name).sort()).toEqual(["pga-dev-gcr-io", "pga-dev-googleapis", "pga-dev-pkg-dev"]);
  });

  it("resolves every googleapis.com name to private.googleapis.com and its four addresses by default", () => {
    const json = dnsOf();
    const googleapis = records(json).filter((r) => r.zone === zoneRef(json, "googleapis.com."));
    expect(googleapis.map((r) => r.text).sort()).toEqual([
      "*.googleapis.com. CNAME private.googleapis.com.",
      "private.googleapis.com. A 199.36.153.8,199.36.153.9,199.36.153.10,199.36.153.11",
    ]);
    expect(googleapis.every((r) => r.ttl === 300)).toBe(true);
  });

  it("sends the registries' names to the same VIP, each in its own zone", () => {
    const json = dnsOf();
    expect(
      records(json)
        .filter((r) => r.zone === zoneRef(json, "pkg.dev."))
        .map((r) => r.text)
        .sort(),
    ).toEqual(["*.pkg.dev. CNAME pkg.dev.", "pkg.dev. A 199.36.153.8,199.36.153.9,199.36.153.10,199.36.153.11"]);
    expect(
      records(json)
        .filter((r) => r.zone === zoneRef(json, "gcr.io."))
        .map((r) => r.text),
    ).toContain("*.gcr.io. CNAME gcr.io.");
  });

  it("uses restricted.googleapis.com (199.36.153.4/30) for VPC Service Controls, and leaves the registries out when asked", () => {
    const json = dnsOf({ vip: "restricted", registries: false });
    expect(resourcesOf(json, "google_dns_managed_zone").map((z) => z.dns_name)).toEqual(["googleapis.com."]);
    expect(
      records(json)
        .map((r) => r.text)
        .sort(),
    ).toEqual([
      "*.googleapis.com. CNAME restricted.googleapis.com.",
      "restricted.googleapis.com. A 199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7",
    ]);
  });

  it("answers with exactly the ranges the tenants' NetworkPolicy allows", () => {
    expect(vipAddresses("private")).toEqual(["199.36.153.8", "199.36.153.9", "199.36.153.10", "199.36.153.11"]);
    expect(GOOGLE_APIS_VIPS.private).toBe("199.36.153.8/30");
  });

  it("refuses a zone name prefix Cloud DNS would reject", () => {
    expect(() => dnsOf({ zoneNamePrefix: "PGA_dev" })).toThrow(
      /prop "zoneNamePrefix" gives the zone name "PGA_dev-googleapis": use lowercase letters/,
    );
    expect(() => dnsOf({ zoneNamePrefix: "p".repeat(60) })).toThrow(/at most 63 characters/);
  });
});

describe("network.privateGoogleApisDns in an environment file", () => {
  const platformStack = (root: string, envName: string): Json => {
    const config = loadConfig(root);
    const app = new App({ outdir: path.join(root, "out") });
    const stack = new PlatformStack(app, {
      platform: config.platform,
      env: config.environments.find((e) => e.name === envName)!,
      report: new PolicyReport(),
    });
    return JSON.parse(Testing.synth(stack));
  };
  const shipped = platformStack(FIXTURE_ROOT, "prd");

  it("is on by default: zones bound to the environment's VPC, after the Cloud DNS API is enabled", () => {
    const zones = resourcesOf(shipped, "google_dns_managed_zone");
    expect(zones).toHaveLength(3);
    const [networkId] = Object.keys(shipped.resource.google_compute_network);
    for (const z of zones) {
      expect(z.private_visibility_config.networks).toEqual([
        { network_url: `\${google_compute_network.${networkId}.id}` },
      ]);
      expect(z.depends_on.some((d: string) => /google_project_service\..*dns/.test(d))).toBe(true);
      expect(z.labels).toMatchObject({ environment: "prd" });
    }
    expect(resourcesOf(shipped, "google_project_service").map((s) => s.service)).toContain("dns.googleapis.com");
  });

  it("can be turned off, and then neither zones nor the DNS API are managed", () => {
    const root = tempKit();
    editYaml(root, "config/environments/dev.yaml", (d) => {
      d.network.privateGoogleApisDns = false;
    });
    const dev = platformStack(root, "dev");
    expect(resourcesOf(dev, "google_dns_managed_zone")).toEqual([]);
    expect(resourcesOf(dev, "google_dns_record_set")).toEqual([]);
    expect(resourcesOf(dev, "google_project_service").map((s) => s.service)).not.toContain("dns.googleapis.com");
  });

  it("names the file and field of an unknown VIP", () => {
    const root = tempKit();
    editYaml(root, "config/environments/dev.yaml", (d) => {
      d.network.privateGoogleApisDns = { vip: "public" };
    });
    expect(configProblems(root)).toEqual([
      'config/environments/dev.yaml: network.privateGoogleApisDns.vip: "public" is not allowed; use one of private, restricted.',
    ]);
  });
});
