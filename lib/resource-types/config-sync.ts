import type { ResourceType } from "./types";
import { DEPLOY_ARTIFACT_REGISTRY_ADMIN } from "./grants";
import { NON_AUTHORITATIVE_IAM_MEMBER } from "./project";

// The source Config Sync pulls the tenant baseline from: an Artifact Registry repository in the
// environment's host project (constructs/config-sync.ts). The feature itself is google_gke_hub_feature (fleet.ts).

const REGISTRY = {
  identity: "deploy",
  where: "host project",
  heldThrough: "`roles/artifactregistry.admin`",
  grants: [DEPLOY_ARTIFACT_REGISTRY_ADMIN],
  reference: "https://cloud.google.com/artifact-registry/docs/access-control#roles",
} as const;

export const CONFIG_SYNC_TYPES: readonly ResourceType[] = [
  {
    type: "google_artifact_registry_repository",
    source: "artifactregistry/resource_artifact_registry_repository.go",
    guard: {
      kind: "protected",
      loss: "the image Config Sync syncs the tenant baseline from: clusters keep what they last synced but stop following config-sync/<env>/ until CI pushes again",
    },
    labels: ["labels"],
    forceNew: {
      attributes: ["project", "location", "repository_id", "format", "mode", "kms_key_name"],
      drivenBy: "environment projectId and region",
      consequence:
        "the repository and its images are deleted and re-created empty; Config Sync fails to pull until the next deploy pushes; the plan guard blocks it.",
    },
    timeouts: {
      minutes: { create: 20, update: 20, delete: 20 },
      source: "artifactregistry/resource_artifact_registry_repository.go",
    },
    permissions: [
      {
        ...REGISTRY,
        permissions:
          "`artifactregistry.repositories.create`, `.get`, `.update`, `.delete`; CI's push: `artifactregistry.repositories.uploadArtifacts`",
      },
    ],
    convergence: [
      {
        couldDiffer: "`format`, `labels`",
        why: "The kit sends `DOCKER` (the read returns it upper-case; `CaseDiffSuppress` ignores case anyway); labels are compared on the configured keys.",
        source: "`resourceArtifactRegistryRepositoryRead`, `tpgresource.CaseDiffSuppress`",
      },
    ],
  },
  {
    type: "google_artifact_registry_repository_iam_member",
    source: "artifactregistry/iam_artifact_registry_repository.go, tpgiamresource/resource_iam_member.go",
    guard: {
      kind: "routine",
      why: "one non-authoritative grant on the repository, re-created identically from config",
    },
    forceNew: {
      attributes: ["project", "location", "repository", "role", "member"],
      drivenBy: "environment projectId and region",
      consequence: "Config Sync's reader grant is re-created; a pull in between fails and is retried.",
    },
    permissions: [
      {
        ...REGISTRY,
        permissions: "`artifactregistry.repositories.getIamPolicy`, `.setIamPolicy`",
      },
    ],
    convergence: [NON_AUTHORITATIVE_IAM_MEMBER],
  },
];
