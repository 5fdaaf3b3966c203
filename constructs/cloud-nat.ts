import { Construct } from "constructs";
import { ComputeRouter } from "../.gen/providers/google/compute-router";
import { ComputeRouterNat } from "../.gen/providers/google/compute-router-nat";
import { ComputeAddress } from "../.gen/providers/google/compute-address";
import { PropChecker } from "./validation";
import { NAT_DEFAULTS, NatOptions } from "../lib/options/nat";

/** Where the NAT lives and what it translates: decided by the stack, not by the environment's config. */
export interface NatPlacement {
  readonly projectId: string;
  readonly region: string;
  /** Prefix for the router, NAT and address names. */
  readonly name: string;
  readonly networkId: string;
  /** Subnet whose ranges (nodes and pods) are translated. */
  readonly subnetId: string;
  /** @default "ERRORS_ONLY" */
  readonly logFilter?: "ERRORS_ONLY" | "TRANSLATIONS_ONLY" | "ALL";
}

/**
 * The NAT's options are its config (lib/options/nat.ts: meaning and defaults there). Above 0
 * static IPs, NAT uses only these (MANUAL_ONLY) so partners can allow-list them; draining IPs
 * stay attached in drain mode (see README, "Changing NAT egress IPs").
 */
export type CloudNatProps = NatPlacement & NatOptions;

/** Cloud Router and Cloud NAT giving private nodes outbound internet access. */
export class CloudNat extends Construct {
  public readonly nat: ComputeRouterNat;
  /** The reserved egress addresses (empty when auto-allocated). */
  public readonly egressIps: string[];
  /** Addresses being drained: still reserved, no new connections. */
  public readonly drainingIps: string[];

  constructor(scope: Construct, id: string, props: CloudNatProps) {
    super(scope, id);
    new PropChecker("CloudNat", this.node.path)
      .gcpName(props.name, "name", 50)
      .intRange(props.staticIpCount, "staticIpCount", 0, 300)
      .intRange(props.drainingIps, "drainingIps", 0, 300)
      .require(
        !props.drainingIps || (props.staticIpCount ?? NAT_DEFAULTS.staticIpCount) > 0,
        "drainingIps",
        "needs staticIpCount above 0: only manually allocated addresses can be drained",
      )
      .intRange(props.minPortsPerVm, "minPortsPerVm", 64, 65536)
      .done();
    const count = props.staticIpCount ?? NAT_DEFAULTS.staticIpCount;

    const router = new ComputeRouter(this, "router", {
      project: props.projectId,
      region: props.region,
      name: `${props.name}-router`,
      network: props.networkId,
    });
    const draining = props.drainingIps ?? NAT_DEFAULTS.drainingIps;
    const addresses = Array.from(
      { length: count + draining },
      (_, i) =>
        new ComputeAddress(this, `egress-ip-${i + 1}`, {
          project: props.projectId,
          region: props.region,
          name: `${props.name}-egress-${i + 1}`,
          addressType: "EXTERNAL",
          networkTier: "PREMIUM",
          description: "Cloud NAT egress address; partners allow-list it",
          // Terraform would otherwise delete a removed address before updating the NAT that
          // still uses it, which fails (resourceInUseByAnotherResource; google_compute_router_nat docs).
          lifecycle: { createBeforeDestroy: true },
        }),
    );
    const active = addresses.slice(0, count);
    this.egressIps = active.map((a) => a.address);

    this.nat = new ComputeRouterNat(this, "nat", {
      project: props.projectId,
      region: props.region,
      name: `${props.name}-nat`,
      router: router.name,
      natIpAllocateOption: count > 0 ? "MANUAL_ONLY" : "AUTO_ONLY",
      natIps: count > 0 ? active.map((a) => a.selfLink) : undefined,
      // drain_nat_ips is Optional+Computed: left unset, a drained address would stay attached.
      drainNatIps: count > 0 ? addresses.slice(count).map((a) => a.selfLink) : undefined,
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: props.subnetId, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      minPortsPerVm: props.minPortsPerVm ?? NAT_DEFAULTS.minPortsPerVm,
      enableEndpointIndependentMapping: false,
      logConfig: { enable: true, filter: props.logFilter ?? "ERRORS_ONLY" },
    });
    this.drainingIps = addresses.slice(count).map((a) => a.address);
  }
}
