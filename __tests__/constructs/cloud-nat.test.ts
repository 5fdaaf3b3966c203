import { CloudNat } from "../../constructs/cloud-nat";
import { onlyResource, resourcesOf, synthConstruct } from "../helpers";

describe("CloudNat", () => {
  const natFor = (staticIpCount: number) =>
    synthConstruct(
      (s) =>
        new CloudNat(s, "nat", {
          projectId: "p-123456",
          region: "europe-west1",
          name: "nat-dev",
          networkId: "net",
          subnetId: "sub",
          staticIpCount,
        }),
    ).json;

  it("uses only reserved static IPs when egress must be fixed, and logs errors", () => {
    const json = natFor(2);
    const addresses = resourcesOf(json, "google_compute_address");
    expect(addresses.map((a) => a.name)).toEqual(["nat-dev-egress-1", "nat-dev-egress-2"]);
    expect(addresses.every((a) => a.address_type === "EXTERNAL")).toBe(true);
    const nat = onlyResource(json, "google_compute_router_nat");
    expect(nat.nat_ip_allocate_option).toBe("MANUAL_ONLY");
    expect(nat.nat_ips).toHaveLength(2);
    expect(nat.source_subnetwork_ip_ranges_to_nat).toBe("LIST_OF_SUBNETWORKS");
    expect(nat.subnetwork).toEqual([{ name: "sub", source_ip_ranges_to_nat: ["ALL_IP_RANGES"] }]);
    expect(nat.log_config).toEqual({ enable: true, filter: "ERRORS_ONLY" });
  });

  it("auto-allocates without nat_ips when no static IPs are wanted", () => {
    const nat = onlyResource(natFor(0), "google_compute_router_nat");
    expect(nat.nat_ip_allocate_option).toBe("AUTO_ONLY");
    expect(nat.nat_ips).toBeUndefined();
  });
});
