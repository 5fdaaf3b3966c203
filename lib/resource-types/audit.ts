import { FACTORY_PROJECT_CREATOR } from "./grants";
import type { ResourceType } from "./types";

/** Audit configuration: who read or changed data in a service project. */
export const AUDIT_TYPES: readonly ResourceType[] = [
  {
    type: "google_project_iam_audit_config",
    source: "tpgiamresource/resource_iam_audit_config.go, resourcemanager/iam_project.go",
    guard: {
      kind: "protected",
      loss: "the project's Data Access audit logs for the service (who read or wrote its data from then on)",
    },
    forceNew: {
      attributes: ["project"],
      drivenBy: "service name and environment (the service project's ID)",
      consequence:
        "only with a new project; the old project's audit config goes with it. A changed log type or exemption updates the project's IAM policy in place.",
    },
    permissions: [
      {
        identity: "factory",
        grants: [FACTORY_PROJECT_CREATOR],
        where: "service project",
        permissions: "`resourcemanager.projects.getIamPolicy`, `.setIamPolicy` (audit configs are part of the policy)",
        heldThrough: "owner",
        reference: "https://cloud.google.com/logging/docs/audit/configure-data-access#config-api",
      },
    ],
    convergence: [
      {
        couldDiffer: "`audit_log_config`, `exempted_members`",
        why: "Both are sets (order-free); read returns the service's audit config as stored, which is what the kit sends (one entry per log type, exempted members sorted).",
        source: "`tpgiamresource/resource_iam_audit_config.go` (resourceIamAuditConfigRead, flattenAuditLogConfigs)",
      },
    ],
  },
];
