import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ComputeNetwork } from "../.gen/providers/google/compute-network";
import { ComputeGlobalAddress } from "../.gen/providers/google/compute-global-address";
import { ServiceNetworkingConnection } from "../.gen/providers/google/service-networking-connection";
import { ComputeSharedVpcHostProject } from "../.gen/providers/google/compute-shared-vpc-host-project";
import { parseCidr, Cidr } from "../lib/cidr";
import { PropChecker } from "./validation";
import { checkNetworkRanges, NETWORK_RANGE_LIMITS } from "../lib/gcp/network";

export interface NetworkProps {
  /** Project that owns the VPC (the Shared VPC host project). */
  readonly projectId: string;
  /** VPC name; the peering range derives its name from it. */
  readonly name: string;
  /** Range reserved for private service access (Memorystore, Cloud SQL private IP). */
  readonly privateServiceAccessCidr: string;
  /** Make the project a Shared VPC host so service projects can attach. @default true */
  readonly sharedVpcHost?: boolean;
  /** Resources to create first, e.g. API enablements on a new project. */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Custom-mode VPC of an environment with a private-service-access peering; each cluster
 * brings its regional subnet (ClusterSubnet).
 */
export class Network extends Construct {
  public readonly network: ComputeNetwork;
  public readonly privateServiceAccessRangeName: string;
  /** The peering that private-IP services (Redis, Cloud SQL) must wait for. */
  public readonly privateServiceAccess: ServiceNetworkingConnection;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const c = new PropChecker("Network", this.node.path).gcpName(props.name, "name", 50);
    checkNetworkRanges({ privateServiceAccessCidr: props.privateServiceAccessCidr }, NETWORK_RANGE_LIMITS, c.check);
    c.done();
    this.privateServiceAccessRangeName = `${props.name}-psa`;

    this.network = new ComputeNetwork(this, "vpc", {
      project: props.projectId,
      name: props.name,
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      dependsOn: props.dependsOn,
      deleteDefaultRoutesOnCreate: false,
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
}
