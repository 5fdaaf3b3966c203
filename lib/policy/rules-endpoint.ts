import type { Rule } from "./rules";
import { first, CLUSTER } from "./rule-helpers";

/**
 * Guardrails of the change path (issue 22): what a CI identity or a stolen credential can
 * reach from outside Google Cloud. Same shape as RULES in rules.ts, which appends these.
 */

export const ENDPOINT_RULES: readonly Rule[] = [
  {
    id: "GKE031",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Control-plane DNS endpoint closed to traffic from outside Google Cloud",
    rationale:
      "The DNS endpoint (<uid>.<region>.gke.goog) is reachable from the internet when allow_external_traffic is true; then any identity holding container.clusters.connect (roles/container.viewer and above), a CI identity's token included, reaches the Kubernetes API from anywhere.",
    fix: "Leave cluster.dnsEndpoint unset or false and reach the control plane from inside the VPC, or set it to true and waive GKE031 with a reason.",
    check: (c) => first(first(c.control_plane_endpoints_config)?.dns_endpoint_config)?.allow_external_traffic !== true,
  },
];
