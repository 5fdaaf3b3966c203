import { Construct } from "constructs";
import { ComputeSubnetwork } from "../.gen/providers/google/compute-subnetwork";
import { PropChecker } from "./validation";
import { checkNetworkRanges, NETWORK_RANGE_LIMITS, PROXY_ONLY_SUBNET } from "../lib/gcp/network";

export interface FlowLogsProps {
  /** @default "INTERVAL_5_SEC" */
  readonly aggregationInterval?:
    "INTERVAL_5_SEC" | "INTERVAL_30_SEC" | "INTERVAL_1_MIN" | "INTERVAL_5_MIN" | "INTERVAL_10_MIN" | "INTERVAL_15_MIN";
  /** Fraction of flows sampled, 0 < x <= 1. @default 0.5 */
  readonly flowSampling?: number;
}

export interface ClusterSubnetProps {
  readonly projectId: string;
  /** The environment's VPC (Network). */
  readonly networkId: string;
  readonly name: string;
  readonly region: string;
  /** Prefix of the secondary ranges' names: `<prefix>-pods`, `<prefix>-services`. */
  readonly rangePrefix: string;
  /** Primary range of the nodes. */
  readonly subnetCidr: string;
  /** Secondary range for pods (alias IPs). */
  readonly podsCidr: string;
  /** Secondary range for Kubernetes services. */
  readonly servicesCidr: string;
  /** VPC flow logs on the subnet; `false` turns them off. @default sampled at 0.5 every 5 s */
  readonly flowLogs?: FlowLogsProps | false;
  /** Proxy-only subnet of the region, for regional and internal Gateway classes. @default none */
  readonly proxyOnlyCidr?: string;
}

/**
 * A cluster's regional, VPC-native subnet: named secondary ranges for pods and services,
 * Private Google Access, flow logs, and the region's proxy-only subnet when asked for.
 */
export class ClusterSubnet extends Construct {
  public readonly subnet: ComputeSubnetwork;
  public readonly podsRangeName: string;
  public readonly servicesRangeName: string;

  constructor(scope: Construct, id: string, props: ClusterSubnetProps) {
    super(scope, id);
    ClusterSubnet.validate(this.node.path, props);
    this.podsRangeName = `${props.rangePrefix}-pods`;
    this.servicesRangeName = `${props.rangePrefix}-services`;
    const flowLogs = props.flowLogs === undefined ? {} : props.flowLogs;
    this.subnet = new ComputeSubnetwork(this, "subnet", {
      project: props.projectId,
      name: props.name,
      region: props.region,
      network: props.networkId,
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
    if (props.proxyOnlyCidr) {
      new ComputeSubnetwork(this, "proxy-only", {
        project: props.projectId,
        name: `${props.name}-proxy-only`,
        region: props.region,
        network: props.networkId,
        ipCidrRange: props.proxyOnlyCidr,
        ...PROXY_ONLY_SUBNET,
      });
    }
  }

  private static validate(path: string, props: ClusterSubnetProps): void {
    const c = new PropChecker("ClusterSubnet", path).gcpName(
      props.name,
      "name",
      props.proxyOnlyCidr ? 63 - "-proxy-only".length : 63,
    );
    const ranges = {
      subnetCidr: props.subnetCidr,
      podsCidr: props.podsCidr,
      servicesCidr: props.servicesCidr,
      ...(props.proxyOnlyCidr ? { proxyOnlyCidr: props.proxyOnlyCidr } : {}),
    };
    checkNetworkRanges(ranges, NETWORK_RANGE_LIMITS, c.check);
    if (props.flowLogs) {
      const s = props.flowLogs.flowSampling;
      c.require(s === undefined || (s > 0 && s <= 1), "flowLogs.flowSampling", `must be in (0, 1], got ${s}`);
    }
    c.done();
  }
}
