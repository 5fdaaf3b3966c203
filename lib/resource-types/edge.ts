import { DEPLOY_DNS_ADMIN, DEPLOY_SECURITY_ADMIN, FACTORY_SECURITY_ADMIN } from "./grants";
import type { ResourceType } from "./types";

/** Name resolution and the edge: private Google APIs DNS and Cloud Armor. */
export const EDGE_TYPES: readonly ResourceType[] = [
  {
    type: "google_dns_managed_zone",
    source: "dns/resource_dns_managed_zone.go",
    guard: {
      kind: "protected",
      loss: "the private zone: Google API names resolve to public addresses, which tenant NetworkPolicies block",
    },
    labels: ["labels"],
    forceNew: {
      attributes: ["name", "dns_name", "visibility", "project"],
      drivenBy: "environment name and projectId",
      consequence:
        "the zone and its records are deleted and recreated: for that moment Google API names resolve to public addresses, which tenant NetworkPolicies block.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_DNS_ADMIN],
        where: "host project",
        permissions:
          "`dns.managedZones.create`, `.get`, `.update`, `.delete`; `dns.networks.bindPrivateDNSZone` on the VPC (same project)",
        heldThrough: "`roles/dns.admin`",
        reference: "https://cloud.google.com/dns/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`private_visibility_config.networks.network_url`, `visibility`, `description`, `labels`",
        why: 'The network is sent as `projects/<p>/global/networks/<n>` and the API returns a self link: `CompareSelfLinkOrResourceName` and a set hash on the relative path treat them as equal; `visibility` is compared case-insensitively; the kit sends a description (otherwise the provider defaults to "Managed by Terraform"); labels are non-authoritative (only the kit\'s keys are compared); `force_destroy` is provider-side only.',
        source: "`dns/resource_dns_managed_zone.go`",
      },
    ],
  },
  {
    type: "google_dns_record_set",
    source: "dns/resource_dns_record_set.go",
    guard: {
      kind: "routine-outside-production",
      why: "records derived from config and recreated in the same apply; in between, Google API names do not resolve inside the VPC",
      loss: "Google API names stop resolving inside the VPC until the record is recreated",
    },
    forceNew: {
      attributes: ["name", "managed_zone", "project"],
      drivenBy: "network.privateGoogleApisDns.vip (the A record's name), environment name",
      consequence: "the record is deleted and recreated: Google API names do not resolve inside the VPC in between.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_DNS_ADMIN],
        where: "host project",
        permissions:
          "`dns.changes.create`, `.get`; `dns.resourceRecordSets.create`, `.get`, `.list`, `.update`, `.delete`",
        heldThrough: "`roles/dns.admin`",
        reference: "https://cloud.google.com/dns/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`rrdatas`, `name`",
        why: "Names are sent fully qualified with the trailing dot the API returns; `rrdatas` are compared as an unordered set (`rrdatasDnsDiffSuppress`), so the order the API lists the four VIP addresses in does not matter; the CNAME target is sent with its trailing dot.",
        source: "`dns/resource_dns_record_set.go`",
      },
    ],
  },
  {
    type: "google_compute_security_policy",
    source: "compute/resource_compute_security_policy.go",
    guard: { kind: "protected", loss: "the Cloud Armor policy; backends that use it lose their protection" },
    forceNew: {
      attributes: ["name", "project", "type"],
      drivenBy: "service and environment names",
      consequence: "the BackendConfig names the old policy until the hand-off is redeployed.",
    },
    permissions: [
      {
        identity: "deploy",

        grants: [DEPLOY_SECURITY_ADMIN],
        where: "host project (baseline policy)",
        permissions: "`compute.securityPolicies.create`, `.get`, `.update`, `.delete`",
        heldThrough: "`roles/compute.securityAdmin`",
        reference: "https://cloud.google.com/armor/docs/access-control",
      },
      {
        identity: "factory",

        grants: [FACTORY_SECURITY_ADMIN],
        where: "host project (per-service policy)",
        permissions: "`compute.securityPolicies.create`, `.get`, `.update`, `.delete`",
        heldThrough: "`roles/compute.securityAdmin`",
        reference: "https://cloud.google.com/armor/docs/access-control",
      },
    ],
    convergence: [
      {
        couldDiffer: "`rule`, `adaptive_protection_config`, `advanced_options_config`",
        why: "Rules are a set: the kit sends every rule in full (description, match, rate-limit options with `enforce_on_key = IP`), including the default rule the API would otherwise add; the other blocks the kit does not send are Optional+Computed.",
        source: "`compute/resource_compute_security_policy.go`",
      },
    ],
  },
];
