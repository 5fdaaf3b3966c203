import { ComputeNetwork } from "../../.gen/providers/google/compute-network";
import { Network, NetworkProps } from "../../constructs/network";
import { onlyResource, synthConstruct } from "../helpers";

const networkProps: NetworkProps = {
  projectId: "acme-host-dev",
  name: "vpc-dev",
  privateServiceAccessCidr: "10.14.0.0/20",
};

describe("Network", () => {
  const { json, text } = synthConstruct((s) => new Network(s, "network", networkProps));

  it("is a custom-mode VPC", () => {
    expect(text).toHaveResourceWithProperties(ComputeNetwork, {
      name: "vpc-dev",
      auto_create_subnetworks: false,
    });
  });

  it("reserves the private service access range and peers it with service networking", () => {
    const range = onlyResource(json, "google_compute_global_address");
    expect(range).toMatchObject({
      purpose: "VPC_PEERING",
      address_type: "INTERNAL",
      address: "10.14.0.0",
      prefix_length: 20,
    });
    const peering = onlyResource(json, "google_service_networking_connection");
    expect(peering.service).toBe("servicenetworking.googleapis.com");
    expect(peering.reserved_peering_ranges[0]).toMatch(/google_compute_global_address\..*\.name/);
  });

  it("enables the Shared VPC host so service projects can attach", () => {
    expect(onlyResource(json, "google_compute_shared_vpc_host_project").project).toBe("acme-host-dev");
  });

  it("rejects a private service access range that is too small, naming the prop", () => {
    expect(() =>
      synthConstruct((s) => new Network(s, "n", { ...networkProps, privateServiceAccessCidr: "10.14.0.0/28" })),
    ).toThrow(/privateServiceAccessCidr" is a \/28; private service access needs at least a \/24/);
  });
});
