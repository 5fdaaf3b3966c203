import { Construct } from "constructs";
import { ComputeRouter } from "@cdktf/provider-google/lib/compute-router";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeAddress } from "@cdktf/provider-google/lib/compute-address";
import { PropChecker } from "./validation";

export interface CloudNatProps {
  readonly projectId: string;
  readonly region: string;
  /** Prefix for the router, NAT and address names. */
  readonly name: string;
  readonly networkId: string;
  /** Subnet whose ranges (nodes and pods) are translated. */
  readonly subnetId: string;
  /**
   * Reserved static egress IPs. Above 0, NAT uses only these (MANUAL_ONLY) so partners
   * can allow-list them; 0 lets Google allocate addresses that may change.
   * @default 2
   */
  readonly staticIpCount?: number;
  /** @default 1024 */
  readonly minPortsPerVm?: number;
  /** @default "ERRORS_ONLY" */
  readonly logFilter?: "ERRORS_ONLY" | "TRANSLATIONS_ONLY" | "ALL";
}

/** Cloud Router and Cloud NAT giving private nodes outbound internet access. */
export class CloudNat extends Construct {
  public readonly nat: ComputeRouterNat;
  /** The reserved egress addresses (empty when auto-allocated). */
  public readonly egressIps: string[];

  constructor(scope: Construct, id: string, props: CloudNatProps) {
    super(scope, id);
    new PropChecker("CloudNat", this.node.path)
      .gcpName(props.name, "name", 50)
      .intRange(props.staticIpCount, "staticIpCount", 0, 300)
      .intRange(props.minPortsPerVm, "minPortsPerVm", 64, 65536)
      .done();
    const count = props.staticIpCount ?? 2;

    const router = new ComputeRouter(this, "router", {
      project: props.projectId,
      region: props.region,
      name: `${props.name}-router`,
      network: props.networkId,
    });
    const addresses = Array.from({ length: count }, (_, i) =>
      new ComputeAddress(this, `egress-ip-${i + 1}`, {
        project: props.projectId,
        region: props.region,
        name: `${props.name}-egress-${i + 1}`,
        addressType: "EXTERNAL",
        networkTier: "PREMIUM",
        description: "Cloud NAT egress address; partners allow-list it",
      }),
    );
    this.egressIps = addresses.map((a) => a.address);

    this.nat = new ComputeRouterNat(this, "nat", {
      project: props.projectId,
      region: props.region,
      name: `${props.name}-nat`,
      router: router.name,
      natIpAllocateOption: count > 0 ? "MANUAL_ONLY" : "AUTO_ONLY",
      natIps: count > 0 ? addresses.map((a) => a.selfLink) : undefined,
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: props.subnetId, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      minPortsPerVm: props.minPortsPerVm ?? 1024,
      enableEndpointIndependentMapping: false,
      logConfig: { enable: true, filter: props.logFilter ?? "ERRORS_ONLY" },
    });
  }
}
