import type { Rule } from "./rules";
import { Json } from "./rule-helpers";
import { EXECUTION_ROLES } from "../gcp/delivery";
import { naming } from "../naming";

/**
 * Guardrails of the delivery path (issue 27): production approval stays on unless waived, and a
 * service's Cloud Deploy execution identity never holds anything beyond its pipeline's project
 * and its own namespace. Same shape as RULES in rules.ts, which appends these.
 */

/** Execution identities are named deploy-<service> (lib/naming.ts); the members the kit writes are literal emails. */
const EXECUTION_PREFIX = naming.deliveryExecutionServiceAccount("x").replace(/x$/, "");
const isExecutionIdentity = (member: unknown) =>
  typeof member === "string" && member.startsWith(`serviceAccount:${EXECUTION_PREFIX}`);

/** Rules no waiver may turn off: the execution identity's reach is the trust model itself. */
export const UNWAIVABLE_RULES: readonly string[] = ["DEL002", "DEL003"];

export const DELIVERY_RULES: readonly Rule[] = [
  {
    id: "DEL001",
    severity: "error",
    resourceTypes: ["google_clouddeploy_target"],
    title: "Rollouts to production-like targets wait for approval",
    rationale:
      "Without approval, any release the team's CI creates reaches production as soon as it is promoted: nobody looks at what is about to change.",
    fix: "Leave delivery.requireApproval unset (or true) for production-like environments, or waive DEL001 in the service file with the reason.",
    // A multi-target's child (label multi-target) is approved through its parent, which this rule judges.
    check: (c) =>
      c.labels?.["production-like"] !== "true" ||
      c.require_approval === true ||
      c.labels?.["multi-target"] !== undefined,
  },
  {
    id: "DEL002",
    severity: "error",
    resourceTypes: [
      "google_project_iam_member",
      "google_project_iam_binding",
      "google_folder_iam_member",
      "google_organization_iam_member",
    ],
    title: "A delivery execution identity holds only its job-runner and cluster-viewer roles",
    rationale:
      "The execution identity applies whatever a release renders; a broader Google Cloud role (container.developer, container.admin, anything on a folder or the organization) would let a release reach every namespace or other projects. What it may change lives in Kubernetes RBAC of its own namespace.",
    fix: `Grant the execution identity only ${EXECUTION_ROLES.join(" and ")}; this rule cannot be waived.`,
    check: (c: Json) => {
      const members: unknown[] = c.members ?? [c.member];
      return !members.some(isExecutionIdentity) || (!!c.project && EXECUTION_ROLES.includes(c.role));
    },
  },
  {
    id: "DEL003",
    severity: "error",
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    title: "A delivery execution identity is bound in its namespace only, to a namespaced Role",
    rationale:
      "A ClusterRoleBinding, or a RoleBinding to a ClusterRole such as edit or admin, would give the identity rights beyond the objects a release carries (or in every namespace).",
    fix: "Bind the execution identity with the baseline's RoleBinding to its Role platform-deployer; this rule cannot be waived.",
    check: (c: Json) => {
      const bindsExecution = (c.subjects ?? []).some(
        (s: Json) => s.kind === "User" && typeof s.name === "string" && s.name.startsWith(EXECUTION_PREFIX),
      );
      return !bindsExecution || (c.kind === "RoleBinding" && c.roleRef?.kind === "Role");
    },
  },
];
