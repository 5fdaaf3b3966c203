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
import { CI_IDENTITIES } from "../lib/gcp/ci";
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

export { CI_GRANTS, REDIS_AUTH_READER } from "./ci-grants";

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
