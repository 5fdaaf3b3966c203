import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ComputeNetwork } from "../.gen/providers/google/compute-network";
import { ComputeSubnetwork } from "../.gen/providers/google/compute-subnetwork";
import { ComputeGlobalAddress } from "../.gen/providers/google/compute-global-address";
import { ServiceNetworkingConnection } from "../.gen/providers/google/service-networking-connection";
import { ComputeSharedVpcHostProject } from "../.gen/providers/google/compute-shared-vpc-host-project";
import { parseCidr, Cidr } from "../lib/cidr";
import { PropChecker } from "./validation";
import { checkNetworkRanges, NETWORK_RANGE_LIMITS, NetworkRange } from "../lib/gcp/network";

export interface FlowLogsProps {
  /** @default "INTERVAL_5_SEC" */
  readonly aggregationInterval?:
    "INTERVAL_5_SEC" | "INTERVAL_30_SEC" | "INTERVAL_1_MIN" | "INTERVAL_5_MIN" | "INTERVAL_10_MIN" | "INTERVAL_15_MIN";
  /** Fraction of flows sampled, 0 < x <= 1. @default 0.5 */
  readonly flowSampling?: number;
}

export interface NetworkProps {
  /** Project that owns the VPC (the Shared VPC host project). */
  readonly projectId: string;
  /** VPC name; the secondary and peering ranges derive their names from it. */
  readonly name: string;
  /** @default `<name>-<region>` */
  readonly subnetName?: string;
  readonly region: string;
  /** Primary range of the nodes' subnet. */
  readonly subnetCidr: string;
  /** Secondary range for pods (alias IPs). */
  readonly podsCidr: string;
  /** Secondary range for Kubernetes services. */
  readonly servicesCidr: string;
  /** Range reserved for private service access (Memorystore, Cloud SQL private IP). */
  readonly privateServiceAccessCidr: string;
  /** VPC flow logs on the subnet; `false` turns them off. @default sampled at 0.5 every 5 s */
  readonly flowLogs?: FlowLogsProps | false;
  /** Make the project a Shared VPC host so service projects can attach. @default true */
  readonly sharedVpcHost?: boolean;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Custom-mode VPC with one regional, VPC-native subnet (named secondary ranges for
 * pods and services), Private Google Access, and a private-service-access peering.
 */
export class Network extends Construct {
  public readonly network: ComputeNetwork;
  public readonly subnet: ComputeSubnetwork;
  public readonly podsRangeName: string;
  public readonly servicesRangeName: string;
  public readonly privateServiceAccessRangeName: string;
  /** The peering that private-IP services (Redis, Cloud SQL) must wait for. */
  public readonly privateServiceAccess: ServiceNetworkingConnection;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    Network.validate(this.node.path, props);

    this.podsRangeName = `${props.name}-pods`;
    this.servicesRangeName = `${props.name}-services`;
    this.privateServiceAccessRangeName = `${props.name}-psa`;

    this.network = new ComputeNetwork(this, "vpc", {
      project: props.projectId,
      name: props.name,
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      dependsOn: props.dependsOn,
      deleteDefaultRoutesOnCreate: false,
    });

    const flowLogs = props.flowLogs === undefined ? {} : props.flowLogs;
    this.subnet = new ComputeSubnetwork(this, "subnet", {
      project: props.projectId,
      name: props.subnetName ?? `${props.name}-${props.region}`,
      region: props.region,
      network: this.network.id,
      ipCidrRange: props.subnetCidr,
      privateIpGoogleAccess: true,
      secondaryIpRange: [
        { rangeName: this.podsRangeName, ipCidrRange: props.podsCidr },
        { rangeName: this.servicesRangeName, ipCidrRange: props.servicesCidr },
      ],
      logConfig:
        flowLogs === false
          ? undefined
          : {
              aggregationInterval: flowLogs.aggregationInterval ?? "INTERVAL_5_SEC",
              flowSampling: flowLogs.flowSampling ?? 0.5,
              metadata: "INCLUDE_ALL_METADATA",
            },
    });

    const psa = parseCidr(props.privateServiceAccessCidr) as Cidr;
    const psaRange = new ComputeGlobalAddress(this, "psa-range", {
      project: props.projectId,
      name: this.privateServiceAccessRangeName,
      purpose: "VPC_PEERING",
      addressType: "INTERNAL",
      address: props.privateServiceAccessCidr.split("/")[0],
      prefixLength: psa.prefix,
      network: this.network.id,
    });
    this.privateServiceAccess = new ServiceNetworkingConnection(this, "psa", {
      network: this.network.id,
      service: "servicenetworking.googleapis.com",
      reservedPeeringRanges: [psaRange.name],
      dependsOn: props.dependsOn,
      // Service producers (Redis in service projects, Cloud SQL) keep the peering in use; a
      // delete would fail while any of them exists. Destroying the stack leaves it in place.
      deletionPolicy: "ABANDON",
      // Provider default 10 minutes; peering changes wait on the service producer.
      timeouts: { create: "30m", update: "30m", delete: "30m" },
    });

    if (props.sharedVpcHost ?? true) {
      new ComputeSharedVpcHostProject(this, "shared-vpc-host", { project: props.projectId });
    }
  }

  private static validate(path: string, props: NetworkProps): void {
    const c = new PropChecker("Network", path)
      .gcpName(props.name, "name", 50)
      .gcpName(props.subnetName, "subnetName", 63);
    const keys = Object.keys(NETWORK_RANGE_LIMITS) as NetworkRange[];
    checkNetworkRanges(Object.fromEntries(keys.map((k) => [k, props[k]])), NETWORK_RANGE_LIMITS, c.check);
    if (props.flowLogs) {
      const s = props.flowLogs.flowSampling;
      c.require(s === undefined || (s > 0 && s <= 1), "flowLogs.flowSampling", `must be in (0, 1], got ${s}`);
    }
    c.done();
  }
}
