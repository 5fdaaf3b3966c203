import { ClusterSubnet, ClusterSubnetProps } from "../../constructs/cluster-subnet";
import { onlyResource, resourcesOf, synthConstruct } from "../helpers";

const subnetProps: ClusterSubnetProps = {
  projectId: "acme-host-dev",
  networkId: "projects/acme-host-dev/global/networks/vpc-dev",
  name: "vpc-dev-europe-west1",
  region: "europe-west1",
  rangePrefix: "vpc-dev",
  subnetCidr: "10.10.0.0/20",
  podsCidr: "10.12.0.0/16",
  servicesCidr: "10.13.0.0/20",
};

describe("ClusterSubnet", () => {
  const { json } = synthConstruct((s) => new ClusterSubnet(s, "network", subnetProps));

  it("makes the subnet VPC-native with named pod and service ranges and Private Google Access", () => {
    const subnet = onlyResource(json, "google_compute_subnetwork");
    expect(subnet.private_ip_google_access).toBe(true);
    expect(subnet.ip_cidr_range).toBe("10.10.0.0/20");
    expect(subnet.secondary_ip_range).toEqual([
      { range_name: "vpc-dev-pods", ip_cidr_range: "10.12.0.0/16" },
      { range_name: "vpc-dev-services", ip_cidr_range: "10.13.0.0/20" },
    ]);
    expect(subnet.log_config).toEqual({
      aggregation_interval: "INTERVAL_5_SEC",
      flow_sampling: 0.5,
      metadata: "INCLUDE_ALL_METADATA",
    });
  });

  it("drops flow logs only when asked", () => {
    const off = synthConstruct((s) => new ClusterSubnet(s, "n", { ...subnetProps, flowLogs: false }));
    expect(onlyResource(off.json, "google_compute_subnetwork").log_config).toBeUndefined();
  });

  it("adds the region's proxy-only subnet for regional Gateways only when given a range", () => {
    const withProxy = synthConstruct(
      (s) => new ClusterSubnet(s, "n", { ...subnetProps, proxyOnlyCidr: "10.15.0.0/23" }),
    );
    const proxy = resourcesOf(withProxy.json, "google_compute_subnetwork").find((r) => r.purpose)!;
    expect(proxy).toMatchObject({
      name: "vpc-dev-europe-west1-proxy-only",
      region: "europe-west1",
      ip_cidr_range: "10.15.0.0/23",
      purpose: "REGIONAL_MANAGED_PROXY",
      role: "ACTIVE",
    });
    // Google refuses flow logs on proxy-only subnets.
    expect(proxy.log_config).toBeUndefined();
    expect(resourcesOf(json, "google_compute_subnetwork")).toHaveLength(1);
  });

  it("rejects overlapping and malformed ranges, naming the prop", () => {
    const bad = (p: Partial<ClusterSubnetProps>) => () =>
      synthConstruct((s) => new ClusterSubnet(s, "n", { ...subnetProps, ...p }));
    expect(bad({ podsCidr: "10.10.8.0/24" })).toThrow(
      /prop "podsCidr" 10\.10\.8\.0\/24 overlaps subnetCidr 10\.10\.0\.0\/20/,
    );
    expect(bad({ subnetCidr: "10.10.0.1/20" })).toThrow(
      /prop "subnetCidr" "10\.10\.0\.1\/20" has host bits set; the network address is 10\.10\.0\.0\/20/,
    );
    expect(bad({ proxyOnlyCidr: "10.15.0.0/27" })).toThrow(
      /proxyOnlyCidr" is a \/27; a proxy-only subnet needs at least 64 addresses/,
    );
    expect(bad({ proxyOnlyCidr: "10.12.0.0/23" })).toThrow(/prop "proxyOnlyCidr" 10\.12\.0\.0\/23 overlaps podsCidr/);
  });
});
