import type { Rule } from "./rules";
import { first, isTrue } from "./rule-helpers";
import { isProxyOnlySubnet } from "../gcp/network";

/** Guardrails of the network: VPC, subnets, firewall, Cloud NAT. Same shape as RULES in rules.ts, which lists these in order. */
export const NETWORK_RULES: readonly Rule[] = [
  {
    id: "NET001",
    severity: "error",
    resourceTypes: ["google_compute_network"],
    title: "Custom-mode VPC",
    rationale: "Auto-created subnets overlap across VPCs and regions you never use.",
    fix: "Set auto_create_subnetworks = false.",
    check: (c) => c.auto_create_subnetworks === false,
  },
  {
    id: "NET002",
    severity: "error",
    resourceTypes: ["google_compute_subnetwork"],
    title: "Private Google Access",
    rationale: "Private nodes need it to reach Google APIs without public IPs.",
    fix: "Set private_ip_google_access = true.",
    check: (c) => isProxyOnlySubnet(c) || isTrue(c.private_ip_google_access),
  },
  {
    id: "NET003",
    severity: "warning",
    resourceTypes: ["google_compute_subnetwork"],
    title: "VPC flow logs",
    rationale: "Flow logs are the record of who talked to whom during an incident.",
    fix: "Set network.flowLogs in the environment config.",
    check: (c) => isProxyOnlySubnet(c) || first(c.log_config) !== undefined,
  },
  {
    id: "NET004",
    severity: "error",
    resourceTypes: ["google_compute_subnetwork_iam_member", "google_compute_subnetwork_iam_binding"],
    title: "No subnet grants for service agents that deploy VMs or clusters",
    rationale:
      "networkUser for a project's Google APIs or GKE agent lets it run its own VMs or cluster in the shared subnet, beside every tenant.",
    fix: "Remove the grant; service projects reach the shared network over private service access and the host project's cluster.",
    check: (c) => {
      const members: string[] = c.members ?? (c.member ? [c.member] : []);
      return (
        c.role !== "roles/compute.networkUser" ||
        !members.some((m) =>
          /@(cloudservices\.gserviceaccount\.com|container-engine-robot\.iam\.gserviceaccount\.com)$/.test(m),
        )
      );
    },
  },
  {
    id: "NAT001",
    severity: "error",
    resourceTypes: ["google_compute_router_nat"],
    title: "NAT error logging",
    rationale: "Port exhaustion and dropped connections are invisible without logs.",
    fix: "Set log_config.enable = true with filter ERRORS_ONLY or ALL.",
    check: (c) => isTrue(first(c.log_config)?.enable) && ["ERRORS_ONLY", "ALL"].includes(first(c.log_config)?.filter),
  },
];
