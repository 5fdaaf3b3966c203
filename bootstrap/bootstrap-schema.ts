import * as fs from "fs";
import * as path from "path";
import { kmsLocationFor } from "../lib/gcp/storage";
import { z } from "zod";
import { EnvironmentConfig, environmentSchema } from "../lib/config/schema";
import { parse } from "../lib/config/load";
import { ConfigError, ConfigIssue } from "../lib/config/errors";
import { isRegion } from "../lib/config/regions";
import { isPrimitiveRole, ROLE_RE } from "../lib/gcp/iam";
import { naming } from "../lib/naming";
import { RESOURCE_GRANTS } from "../lib/resource-types";
import { CiGrant, CiIdentity, CI_IDENTITIES, CI_SCOPES } from "../lib/gcp/ci";
import { BUCKET_LIMITS, GITHUB_ENVIRONMENT_REVIEWERS_MAX, WIF_LIMITS } from "../lib/gcp/ci";

/**
 * config/bootstrap.yaml: the one-time setup CI needs before it can run (state buckets,
 * CI service accounts per environment, Workload Identity Federation for GitHub). Bucket
 * names, billing account and environments come from the main config, so nothing is
 * written twice.
 */
export const BOOTSTRAP_CONFIG_PATH = "config/bootstrap.yaml";

export { CI_IDENTITIES, CI_SCOPES } from "../lib/gcp/ci";
export type { CiGrant, CiIdentity, CiScope } from "../lib/gcp/ci";

/** Placeholder for the organization custom role that reads Redis AUTH strings (see CI_GRANTS). */
export const REDIS_AUTH_READER = "custom:redisAuthReader";

/**
 * The resource grants of `identity`, from the registry: each once, ordered by scope
 * (CI_SCOPES) and then by the first record that needs it.
 */
function resourceGrants(identity: CiIdentity): CiGrant[] {
  const mine = [...new Set(RESOURCE_GRANTS)].filter((g) => g.identity === identity);
  return mine.sort((a, b) => CI_SCOPES.indexOf(a.scope) - CI_SCOPES.indexOf(b.scope));
}

/**
 * What each CI identity of an environment holds, with why. The stack grants exactly these
 * (plus `extraRoles`), and docs/ci.md's role table is generated from this list.
 * - plan: reads this environment only; no Secret Manager accessor, nothing that writes.
 * - deploy: platform stacks (network, cluster, NAT, Armor baseline) of this environment.
 * - factory: service stacks: creates projects, links billing, attaches them to the Shared VPC.
 */
export const CI_GRANTS: readonly CiGrant[] = [
  {
    identity: "plan",
    scope: "stateBucket",
    role: "roles/storage.objectViewer",
    reason: "read this environment's state; pull-request plans take no lock",
  },
  {
    identity: "plan",
    scope: "billingAccount",
    role: "roles/billing.viewer",
    reason: "refresh service projects' budgets and billing links",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/browser",
    reason: "find the service projects in the environment's folder",
  },
  { identity: "plan", scope: "folder", role: "roles/compute.viewer", reason: "refresh Shared VPC attachments" },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/iam.securityReviewer",
    reason: "refresh the IAM members the service stacks manage",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/iam.serviceAccountViewer",
    reason: "refresh workload service accounts",
  },
  { identity: "plan", scope: "folder", role: "roles/serviceusage.serviceUsageViewer", reason: "refresh enabled APIs" },
  { identity: "plan", scope: "folder", role: "roles/redis.viewer", reason: "refresh Memorystore instances" },
  {
    identity: "plan",
    scope: "folder",
    role: REDIS_AUTH_READER,
    reason:
      "refreshing an AUTH-enabled Redis instance reads its AUTH string (redis.instances.getAuthString, granted explicitly), which the state this identity reads holds anyway; created when organizationId is set",
  },
  {
    identity: "plan",
    scope: "folder",
    role: "roles/secretmanager.viewer",
    reason: "secret and version metadata only; never payloads (no secretAccessor)",
  },
  { identity: "plan", scope: "hostProject", role: "roles/browser", reason: "read the host project" },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/serviceusage.serviceUsageViewer",
    reason: "refresh enabled APIs",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/compute.viewer",
    reason: "refresh network, subnet, NAT, addresses, Armor policies",
  },
  {
    identity: "plan",
    scope: "hostProject",
    // Cluster metadata only (container.clusters.get/list, which also read node pools):
    // roles/container.viewer also reads every Kubernetes object, through the DNS endpoint too.
    role: "roles/container.clusterViewer",
    reason: "refresh the cluster and node pools (cluster metadata only: no Kubernetes objects)",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/iam.securityReviewer",
    reason: "refresh the node service account's project roles and subnet IAM",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/iam.serviceAccountViewer",
    reason: "refresh the node service account",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/pubsub.viewer",
    reason: "refresh the upgrade-notification topic",
  },
  { identity: "plan", scope: "hostProject", role: "roles/gkebackup.viewer", reason: "refresh Backup for GKE plans" },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/gkehub.viewer",
    reason: "refresh the fleet's features, scopes, namespaces and bindings",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/artifactregistry.reader",
    // Its IAM policy is read through roles/iam.securityReviewer above.
    reason:
      "refresh the repository Config Sync pulls the tenant baseline from (its images are the committed config-sync/<env>/)",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/binaryauthorization.policyViewer",
    reason: "refresh the Binary Authorization policy",
  },
  {
    identity: "plan",
    scope: "hostProject",
    role: "roles/dns.reader",
    reason: "refresh the private Google APIs DNS zones and records",
  },

  {
    identity: "deploy",
    scope: "stateBucket",
    role: "roles/storage.objectAdmin",
    reason: "read and write this environment's state and its lock",
  },
  ...resourceGrants("deploy"),

  {
    identity: "factory",
    scope: "stateBucket",
    role: "roles/storage.objectAdmin",
    reason: "read and write this environment's state and its lock",
  },
  ...resourceGrants("factory"),
];

/**
 * Roles a CI identity never gets through `extraRoles`: IAM admin roles come only from
 * CI_GRANTS, with a condition limiting what they grant; service account impersonation only
 * on named accounts.
 */
const UNCONDITIONED_FORBIDDEN = [
  "roles/resourcemanager.projectIamAdmin",
  "roles/resourcemanager.folderIamAdmin",
  "roles/resourcemanager.folderAdmin",
  "roles/resourcemanager.organizationAdmin",
  "roles/iam.securityAdmin",
  "roles/iam.serviceAccountAdmin",
  "roles/iam.serviceAccountUser",
  "roles/iam.serviceAccountTokenCreator",
  "roles/iam.workloadIdentityUser",
];
/** Roles that read secret payloads: never for a plan identity. */
const SECRET_READERS = [
  "roles/secretmanager.secretAccessor",
  "roles/secretmanager.secretVersionManager",
  "roles/secretmanager.admin",
];
/** A plan identity's extra role must read only. */
const READ_ONLY_ROLE = /(viewer|Viewer|browser|securityReviewer|reader|Reader)$/;

const role = z
  .string()
  .regex(ROLE_RE, "must be a predefined role like roles/container.admin")
  .refine((r) => !isPrimitiveRole(r), "is a basic role (owner/editor/viewer); use predefined roles");

const extraRole = z
  .object({
    identity: z
      .enum(CI_IDENTITIES)
      .describe("Which identity of each environment gets the role: plan, deploy or factory."),
    scope: z
      .enum(["stateBucket", "billingAccount", "folder", "hostProject"])
      .describe("Where, in each environment: its state bucket, the billing account, its folder or its host project."),
    role: role.describe("Predefined or custom role; IAM admin, impersonation and basic roles are refused."),
    reason: z
      .string()
      .min(10, "must say why the identity needs the role (at least 10 characters)")
      .describe("Why the identity needs it (which plan or apply failed without it)."),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (UNCONDITIONED_FORBIDDEN.includes(g.role)) {
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: `${g.role} is never granted unconditionally to a CI identity: IAM admin roles carry a condition limiting what they grant, and impersonation is granted on named accounts only (bootstrap/bootstrap-schema.ts, CI_GRANTS)`,
      });
    }
    if (g.identity === "plan" && (SECRET_READERS.includes(g.role) || !READ_ONLY_ROLE.test(g.role))) {
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: `${g.role} is not a read-only role without secret access; the plan identity runs pull-request code and may only read (use a *.viewer role)`,
      });
    }
  });

/** GitHub's numeric IDs; YAML may give them as numbers. */
const numericId = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z.string().regex(/^\d{1,20}$/, `must be the numeric ${what} ID (names can be re-registered; IDs cannot)`),
  );
const workflowFile = z
  .string()
  .regex(/^[A-Za-z0-9._-]+\.ya?ml$/, "must be a file name in .github/workflows/, like deploy-env.yml");
const wifId = z
  .string()
  .regex(WIF_LIMITS.idPattern, 'must be 4-32 lowercase letters, digits or hyphens, not starting with "gcp-"');
export const MULTI_REGIONS = ["US", "EU", "ASIA", "NAM4", "EUR4", "ASIA1", "EUR5", "EUR7", "EUR8"];

export const bootstrapSchema = z
  .object({
    projectId: environmentSchema.shape.projectId.describe(
      "Existing project that holds the state buckets, the CI service accounts and the Workload Identity pool.",
    ),
    region: environmentSchema.shape.region.describe("Default region of the bootstrap provider."),
    stateBucketLocation: z
      .string()
      .refine(
        (l) => MULTI_REGIONS.includes(l) || isRegion(l),
        (l) => ({
          message: `"${l}" is not a bucket location; use a region like europe-west1 or one of ${MULTI_REGIONS.join(", ")}`,
        }),
      )
      .describe("Where the state buckets live: a region or a multi/dual-region such as EU."),
    state: z
      .object({
        noncurrentVersionDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(30)
          .describe("Days an overwritten state version is kept before it is deleted (the rollback window)."),
        softDeleteDays: z
          .number()
          .int()
          .refine(
            (d) => d === 0 || (d >= BUCKET_LIMITS.softDeleteMinDays && d <= BUCKET_LIMITS.softDeleteMaxDays),
            `must be 0 (off) or ${BUCKET_LIMITS.softDeleteMinDays}-${BUCKET_LIMITS.softDeleteMaxDays} days`,
          )
          .default(30)
          .describe("Days a deleted state object can still be restored: 0 (off) or 7-90."),
        kmsKeyName: z
          .string()
          .regex(
            /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]+\/keyRings\/[\w-]+\/cryptoKeys\/[\w-]+$/,
            "must look like projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>",
          )
          .optional()
          .describe("Cloud KMS key encrypting the state buckets (CMEK); default: Google-managed encryption."),
        bootstrapStateInBucket: z
          .boolean()
          .default(false)
          .describe(
            "Keep the bootstrap's own state in the admin-only bucket <stateBucket>-bootstrap instead of a local file: apply once with false (the bucket does not exist yet), then set true and run terraform init -migrate-state.",
          ),
      })
      .strict()
      .default({})
      .describe(
        "State buckets: one per environment, <stateBucket>-<env>, plus the admin-only <stateBucket>-bootstrap.",
      ),
    github: z
      .object({
        repository: z
          .string()
          .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "must be owner/name as in https://github.com/owner/name")
          .describe("`owner/name`, exactly as in the repository's URL (job_workflow_ref contains it)."),
        repositoryId: numericId("repository").describe("Numeric repository ID: gh api repos/<owner>/<name> --jq .id"),
        ownerId: numericId("owner").describe("Numeric owner ID: gh api repos/<owner>/<name> --jq .owner.id"),
        workflowRef: z
          .string()
          .regex(/^refs\/heads\/[^\s:]+$/, "must be a branch ref like refs/heads/main")
          .default("refs/heads/main")
          .describe("The ref the reusable workflows are called at: only its copies of them get tokens."),
        planWorkflow: workflowFile
          .default("plan-env.yml")
          .describe("Reusable workflow that plans one environment (job environment <env>-plan)."),
        deployWorkflow: workflowFile
          .default("deploy-env.yml")
          .describe("Reusable workflow that deploys one environment (job environment <env>)."),
      })
      .strict()
      .describe("The GitHub repository whose reusable workflows may use the CI identities."),
    workloadIdentity: z
      .object({
        poolId: wifId.default("github").describe("Workload Identity pool ID."),
        providerId: wifId.default("github-actions").describe("OIDC provider ID in the pool."),
      })
      .strict()
      .default({})
      .describe("Workload Identity Federation for GitHub Actions; change only if the IDs are taken."),
    serviceAccountPrefix: z
      .string()
      .regex(/^[a-z][a-z0-9]{1,9}$/, "must be 2-10 lowercase letters or digits, starting with a letter")
      .default("kit")
      .describe(
        "Start of every CI service account ID: <prefix>-plan-<env>, <prefix>-deploy-<env>, <prefix>-factory-<env>.",
      ),
    githubSettings: z
      .object({
        reviewers: z
          .object({
            teams: z.array(z.number().int().positive()).default([]).describe("Numeric GitHub team IDs."),
            users: z.array(z.number().int().positive()).default([]).describe("Numeric GitHub user IDs."),
          })
          .strict()
          .refine(
            (r) => r.teams.length + r.users.length > 0,
            "must name at least one team or user (numeric IDs: gh api orgs/<org>/teams/<slug> --jq .id)",
          )
          .refine(
            (r) => r.teams.length + r.users.length <= GITHUB_ENVIRONMENT_REVIEWERS_MAX,
            `must name at most ${GITHUB_ENVIRONMENT_REVIEWERS_MAX} teams and users together (GitHub's limit per environment); use a team`,
          )
          .describe("Who approves production-like plans and deploys, and every destroy."),
        requiredChecks: z
          .array(z.string().min(1))
          .min(1, "must list at least one check, e.g. test")
          .default(["test"])
          .describe("Status checks (job names) a pull request must pass before it merges into the default branch."),
      })
      .strict()
      .optional()
      .describe(
        "Codify the repository rules and GitHub Environments with the bootstrap's github stack (docs/ci.md, Repository rules); default: not managed, set them by hand.",
      ),
    extraRoles: z
      .array(extraRole)
      .default([])
      .describe(
        "Roles beyond the kit's (CI_GRANTS), each with a reason; add one when a plan or apply fails with a 403 naming it.",
      ),
  })
  .strict()
  .describe(
    "config/bootstrap.yaml: one-time CI setup (state buckets, CI identities per environment, Workload Identity Federation, GitHub settings).",
  );
export type BootstrapConfig = z.infer<typeof bootstrapSchema>;
export type ExtraRole = BootstrapConfig["extraRoles"][number];

/**
 * Reads and validates config/bootstrap.yaml under `root` against the main config;
 * throws ConfigError naming each problem.
 */
export function loadBootstrapConfig(
  root: string,
  environments: readonly Pick<EnvironmentConfig, "name" | "file" | "folderId">[],
): BootstrapConfig {
  if (!fs.existsSync(path.join(root, BOOTSTRAP_CONFIG_PATH))) {
    throw new ConfigError([
      { file: BOOTSTRAP_CONFIG_PATH, field: "", message: "is missing; create it as docs/ci.md (Bootstrap) shows" },
    ]);
  }
  const issues: ConfigIssue[] = [];
  const config = parse(root, BOOTSTRAP_CONFIG_PATH, bootstrapSchema, issues);
  // Without its own folder an environment's identities would need organization-wide roles:
  // dev's factory could then create projects anywhere and attach them to prd's Shared VPC.
  for (const env of environments) {
    if (naming.bootstrapStateBucket("") === naming.stateBucket("", env.name)) {
      issues.push({
        file: env.file,
        field: "",
        message: `the environment name "${env.name}" is reserved: its state bucket would be the bootstrap's admin-only bucket; rename the file`,
      });
    }
    if (!env.folderId) {
      issues.push({
        file: env.file,
        field: "folderId",
        message: `is required for CI: the ${env.name} identities get their roles on this folder only; create a folder for ${env.name} and set its numeric ID`,
      });
    }
  }
  // The state buckets' key: in the KMS location of the buckets' (EU -> europe), as for every bucket.
  const keyLocation = config?.state.kmsKeyName?.split("/")[3];
  if (config && keyLocation && keyLocation !== kmsLocationFor(config.stateBucketLocation))
    issues.push({
      file: BOOTSTRAP_CONFIG_PATH,
      field: "state.kmsKeyName",
      message: `is in location "${keyLocation}" but state buckets in ${config.stateBucketLocation} take a key in KMS location "${kmsLocationFor(config.stateBucketLocation)}"; use a key ring there`,
    });
  if (issues.length > 0 || !config) throw new ConfigError(issues);
  return config;
}
