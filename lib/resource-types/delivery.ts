import type { Convergence, Permission, ResourceType } from "./types";
import { FACTORY_PROJECT_CREATOR } from "./grants";
import { NON_AUTHORITATIVE_IAM_MEMBER } from "./project";

// Cloud Deploy resources of a service's delivery pipeline, in its first environment's project
// (stacks/service-delivery.ts, constructs/delivery-pipeline.ts).

const OWNER = (what: string): Permission => ({
  identity: "factory",
  where: "service project (the service's first environment in promotion order)",
  permissions: `\`clouddeploy.${what}.create\`, \`.get\`, \`.update\`, \`.delete\`, \`clouddeploy.operations.get\``,
  heldThrough: "owner",
  grants: [FACTORY_PROJECT_CREATOR],
  reference: "https://cloud.google.com/deploy/docs/iam-roles-permissions",
});

/** Magic Modules resources of clouddeploy: read back field by field, labels and annotations by configured key. */
const CLOUDDEPLOY_READ: Convergence = {
  couldDiffer: "`labels`, `annotations`, output-only fields (`uid`, `etag`, `create_time`, `update_time`)",
  why: "The kit sets only arguments the read sets back as sent; labels and annotations are compared on the configured keys (`effective_labels` holds the rest), the output-only fields are Computed.",
  source: "`clouddeploy/resource_clouddeploy_*.go` (`resourceClouddeploy*Read`, `SetLabelsDiff`, `SetAnnotationsDiff`)",
};

const TIMEOUTS = {
  minutes: { create: 20, update: 20, delete: 20 },
  source:
    "clouddeploy/resource_clouddeploy_target.go, resource_clouddeploy_delivery_pipeline.go (schema.ResourceTimeout)",
};

export const DELIVERY_TYPES: readonly ResourceType[] = [
  {
    type: "google_clouddeploy_target",
    source: "clouddeploy/resource_clouddeploy_target.go",
    guard: {
      kind: "routine",
      why: "a target holds settings only (cluster, approval, execution identity); releases and rollouts belong to the pipeline",
    },
    // Switching approval off on a target that had it is a weakening the plan guard blocks (DEL001 judges the synthesis).
    protections: [{ path: ["require_approval"], what: "rollout approval", on: { equals: true } }],
    forceNew: {
      attributes: ["project", "location", "name"],
      drivenBy: "service name, environment names, the first environment's region",
      consequence:
        "the target is deleted and re-created with the same settings; a rollout in progress on it fails and is retried from the pipeline.",
    },
    timeouts: TIMEOUTS,
    permissions: [OWNER("targets")],
    convergence: [CLOUDDEPLOY_READ],
  },
  {
    type: "google_clouddeploy_delivery_pipeline",
    source: "clouddeploy/resource_clouddeploy_delivery_pipeline.go",
    guard: {
      kind: "protected",
      loss: "the service's releases and rollout history with their pending approvals: nothing to promote or roll back to until the team releases again",
    },
    forceNew: {
      attributes: ["project", "location", "name"],
      drivenBy: "service name, the first environment of the service (promotion), its region",
      consequence:
        "the pipeline and its releases are deleted and re-created empty; the plan guard blocks it. Changing the service's first environment moves the pipeline to another project.",
    },
    timeouts: TIMEOUTS,
    permissions: [OWNER("deliveryPipelines")],
    convergence: [CLOUDDEPLOY_READ],
  },
  {
    type: "google_clouddeploy_delivery_pipeline_iam_member",
    source: "tpgiamresource/resource_iam_member.go, clouddeploy/iam_clouddeploy_delivery_pipeline.go",
    guard: { kind: "routine", why: "one non-authoritative grant on the pipeline" },
    forceNew: {
      attributes: ["project", "location", "name", "role", "member", "condition"],
      drivenBy: "delivery.approvers, the release identity",
      consequence: "the grant is removed then added: a moment in which the release workflow or an approver is refused.",
    },
    permissions: [
      {
        ...OWNER("deliveryPipelines"),
        permissions: "`clouddeploy.deliveryPipelines.getIamPolicy`, `.setIamPolicy`",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
];
