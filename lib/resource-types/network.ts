import { DEPLOY_NETWORKS_ADMIN, DEPLOY_NETWORK_ADMIN, DEPLOY_XPN_ADMIN, FACTORY_XPN_ADMIN } from "./grants";
import type { ResourceType } from "./types";
import { NON_AUTHORITATIVE_IAM_MEMBER } from "./project";

/** The Shared VPC: network, NAT, private service access, Shared VPC attachment. */
export const NETWORK_TYPES: readonly ResourceType[] = [
  {
    type: "google_compute_network",
    source: "compute/resource_compute_network.go",
    guard: { kind: "protected", loss: "the VPC; every subnet, cluster and peering depends on it" },
    forceNew: {
      attributes: ["name", "auto_create_subnetworks"],
      drivenBy: "environment name",
      consequence: "a new VPC: the cluster, NAT and peering go with it.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions: "`compute.networks.create`, `.get`, `.delete`, `.updatePolicy`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/compute/docs/access/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`routing_mode`, `delete_default_routes_on_create`",
        why: "`routing_mode` is read from `routingConfig` as sent; `delete_default_routes_on_create` is provider-side only.",
        source: "`compute/resource_compute_network.go`",
      },
    ],
  },
  {
    type: "google_compute_subnetwork",
    source: "compute/resource_compute_subnetwork.go",
    guard: { kind: "protected", loss: "the subnet and its pod/service ranges; the cluster depends on them" },
    protections: [{ path: ["private_ip_google_access"], what: "Private Google Access", on: { equals: true } }],
    forceNew: {
      attributes: [
        "name",
        "region",
        "network",
        "ip_cidr_range (only when it shrinks: CustomizeDiff IsShrinkageIpCidr)",
      ],
      drivenBy: "network.subnetCidr",
      consequence: "a smaller subnet replaces the one the nodes live in. Widening is an in-place update.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions:
          "`compute.subnetworks.create`, `.get`, `.update`, `.expandIpCidrRange`, `.setPrivateIpGoogleAccess`, `.delete`; `compute.networks.updatePolicy`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/compute/docs/access/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`secondary_ip_range`, `log_config`, `network`",
        why: "Secondary ranges are Optional+Computed and compared as a set (`resourceComputeSubnetworkSecondaryIpRangeSetStyleDiff`), so the API's order does not matter; `log_config` echoes the three values the kit sets and defaults `filter_expr`; `network` uses `CompareSelfLinkOrResourceName`.",
        source: "`compute/resource_compute_subnetwork.go`",
      },
    ],
  },
  {
    type: "google_compute_router",
    source: "compute/resource_compute_router.go",
    guard: { kind: "protected", loss: "the Cloud Router and the NAT on it: private nodes lose egress" },
    forceNew: {
      attributes: ["name", "region", "network"],
      drivenBy: "environment name and region",
      consequence: "the NAT is replaced with it: egress stops during the apply.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions: "`compute.routers.create`, `.get`, `.update`, `.delete`; `compute.networks.updatePolicy`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/compute/docs/access/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`network`",
        why: "`CompareSelfLinkOrResourceName`; no BGP block is sent.",
        source: "`compute/resource_compute_router.go`",
      },
    ],
  },
  {
    type: "google_compute_router_nat",
    source: "compute/resource_compute_router_nat.go",
    guard: { kind: "protected", loss: "egress for private nodes until it is recreated" },
    forceNew: {
      attributes: ["name", "router", "region"],
      drivenBy: "environment name and region",
      consequence: "egress stops between the delete and the create.",
    },
    timeouts: { minutes: { create: 20, update: 20, delete: 20 }, source: "compute/resource_compute_router_nat.go" },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions:
          "`compute.routers.update`, `.get` (a NAT is part of its router); `compute.addresses.use` for `nat_ips`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/nat/docs/using-nat#iam_permissions",
      },
    ],
    convergence: [
      {
        couldDiffer: "`nat_ips`, `drain_nat_ips`, `subnetwork.name`, timeouts of idle connections",
        why: "`nat_ips` and `drain_nat_ips` are sets hashed by resource name (`computeRouterNatIPsHash`) with `CompareSelfLinkOrResourceName`; the kit always sends `drain_nat_ips` (empty when nothing drains) so a finished drain is cleared, not kept by Computed; subnetwork names use `CompareSelfLinkOrResourceName`; idle timeouts have schema defaults equal to the API's.",
        source: "`compute/resource_compute_router_nat.go`",
      },
    ],
  },
  {
    type: "google_compute_address",
    source: "compute/resource_compute_address.go",
    guard: {
      kind: "protected",
      loss: "a static IP that partners allow-list; a new one gets a different address (to lower nat.staticIpCount, drain first with nat.drainingIps: README, Changing NAT egress IPs)",
    },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "region", "address_type", "network_tier"],
      drivenBy: "environment name and region",
      consequence: "new egress IPs: partners' allow-lists break. The plan guard blocks deleting a static IP.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions: "`compute.addresses.create`, `.get`, `.delete`, `.setLabels`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/compute/docs/access/iam",
      },
    ],
    convergence: [
      {
        couldDiffer: "`address`, `labels`, `network_tier`",
        why: "`address` is Computed (not set by the kit); labels compared on configured keys; `PREMIUM` is sent explicitly.",
        source: "`compute/resource_compute_address.go`",
      },
    ],
  },
  {
    type: "google_compute_global_address",
    source: "compute/resource_compute_global_address.go",
    guard: { kind: "protected", loss: "the private service access range; peered services lose their addresses" },
    forceNew: {
      attributes: ["name", "address", "prefix_length", "network", "purpose"],
      drivenBy: "network.privateServiceAccessCidr",
      consequence:
        "the private service access range is in use by every Redis instance: the delete fails. Add a second range instead of moving the first.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN],
        where: "host project",
        permissions: "`compute.globalAddresses.create`, `.get`, `.delete`",
        heldThrough: "`roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/vpc/docs/configure-private-services-access",
      },
    ],
    convergence: [
      {
        couldDiffer: "`network`, `address`, `prefix_length`",
        why: "`network` read as a v1 self-link and compared with `CompareSelfLinkOrResourceName`; address and prefix are sent as the API stores them.",
        source: "`compute/resource_compute_global_address.go`",
      },
    ],
  },
  {
    type: "google_service_networking_connection",
    source: "servicenetworking/resource_service_networking_connection.go",
    guard: { kind: "protected", loss: "private service access: Redis and Cloud SQL lose their private connectivity" },
    forceNew: {
      attributes: ["network", "service"],
      drivenBy: "environment name",
      consequence: "with deletion_policy ABANDON the old peering is left in place, not deleted.",
    },
    timeouts: {
      minutes: { create: 10, update: 10, delete: 10 },
      source: "servicenetworking/resource_service_networking_connection.go",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_NETWORK_ADMIN, DEPLOY_NETWORKS_ADMIN],
        where: "host project",
        permissions:
          "`servicenetworking.services.addPeering`, `.get`; `compute.networks.addPeering`, `compute.globalAddresses.list`; nothing on destroy (`deletion_policy = ABANDON`)",
        heldThrough: "`roles/servicenetworking.networksAdmin`, `roles/compute.networkAdmin`",
        reference: "https://cloud.google.com/vpc/docs/configure-private-services-access",
      },
    ],
    convergence: [
      {
        couldDiffer: "`reserved_peering_ranges`, `network`, `deletion_policy`",
        why: "Ranges are read from the connection and equal the one name sent; `network` uses `CompareSelfLinkOrResourceName`; `deletion_policy` is provider-side only.",
        source: "`servicenetworking/resource_service_networking_connection.go`",
      },
    ],
  },
  {
    type: "google_compute_shared_vpc_host_project",
    source: "compute/resource_compute_shared_vpc_host_project.go",
    guard: { kind: "protected", loss: "the Shared VPC host: every attached service project loses the network" },
    forceNew: {
      attributes: ["project"],
      drivenBy: "environment projectId",
      consequence:
        "disabling the host fails while service projects are attached: a projectId change is a new environment, not an edit.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_XPN_ADMIN],
        where: "folder above the host project",
        permissions: "`compute.organizations.enableXpnHost`, `compute.organizations.disableXpnHost`",
        heldThrough: "`roles/compute.xpnAdmin` (on the environment's folder: the host project must be inside it)",
        reference: "https://cloud.google.com/vpc/docs/shared-vpc",
      },
    ],
    convergence: [
      {
        couldDiffer: "none",
        why: "Read checks only that the project is a host.",
        source: "`compute/resource_compute_shared_vpc_host_project.go`",
      },
    ],
  },
  {
    type: "google_compute_shared_vpc_service_project",
    source: "compute/resource_compute_shared_vpc_service_project.go",
    guard: { kind: "protected", loss: "the service project's attachment to the Shared VPC" },
    forceNew: {
      attributes: ["host_project", "service_project"],
      drivenBy: "environment projectId",
      consequence: "deletion_policy ABANDON leaves the old attachment; detach by hand once nothing uses it.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_XPN_ADMIN],
        where: "folder above the host project",
        permissions:
          "`compute.organizations.enableXpnResource` (and `disableXpnResource`, unused: `deletion_policy = ABANDON`)",
        heldThrough: "`roles/compute.xpnAdmin`",
        reference: "https://cloud.google.com/vpc/docs/shared-vpc",
      },
    ],
    convergence: [
      {
        couldDiffer: "`deletion_policy`",
        why: "Read checks the association; `deletion_policy` is provider-side only.",
        source: "`compute/resource_compute_shared_vpc_service_project.go`",
      },
    ],
  },
  {
    type: "google_compute_subnetwork_iam_member",
    retired:
      "no longer emitted (NET004: service agents get no subnet grants); kept so the plan guard lets the upgrade remove members older versions created",
    source: "tpgiamresource/resource_iam_member.go",
    guard: { kind: "routine", why: "one non-authoritative grant on the subnet" },
    forceNew: {
      attributes: ["subnetwork", "region", "project", "role", "member"],
      drivenBy: "environment name and region",
      consequence: "the service project's agents briefly lose networkUser on the subnet.",
    },
    permissions: [
      {
        identity: "factory",

        grants: [FACTORY_XPN_ADMIN],
        where: "host project's subnet",
        permissions: "`compute.subnetworks.getIamPolicy`, `.setIamPolicy`",
        heldThrough: "`roles/compute.xpnAdmin` (inherited from the folder)",
        reference: "https://cloud.google.com/vpc/docs/provisioning-shared-vpc",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
];
