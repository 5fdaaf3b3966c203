import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { environmentSchema } from "./schema";
import { parse } from "./load";
import { ConfigError, ConfigIssue } from "./errors";
import { isRegion } from "./regions";
import { isPrimitiveRole, ROLE_RE } from "../gcp/iam";

/**
 * config/bootstrap.yaml: the one-time setup CI needs before it can run (state bucket,
 * CI service accounts, Workload Identity Federation for GitHub). The bucket name, billing
 * account and environments come from the main config, so nothing is written twice.
 */
export const BOOTSTRAP_CONFIG_PATH = "config/bootstrap.yaml";

const role = z
  .string()
  .regex(ROLE_RE, "must be a predefined role like roles/container.admin")
  .refine((r) => !isPrimitiveRole(r), "is a basic role (owner/editor/viewer); use predefined roles");
/** IAM resource IDs: pools and providers take 4-32 lowercase letters, digits or hyphens. */
const wifId = z.string().regex(/^(?!gcp-)[a-z0-9][a-z0-9-]{2,30}[a-z0-9]$/, 'must be 4-32 lowercase letters, digits or hyphens, not starting with "gcp-"');
const accountId = z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "must be a service account ID: 6-30 lowercase letters, digits or hyphens, starting with a letter");
export const MULTI_REGIONS = ["US", "EU", "ASIA", "NAM4", "EUR4", "ASIA1", "EUR5", "EUR7", "EUR8"];

/**
 * What each CI identity is granted, by scope. Each default is the least the kit's stacks
 * need; docs/ci.md explains every role. Add a role here when a plan or apply fails with a
 * 403 that names a missing permission.
 */
const rolesSchema = z
  .object({
    deploy: z
      .object({
        stateBucket: z.array(role).default(["roles/storage.objectAdmin"]).describe("On the state bucket: read and write state, including the lock file."),
        billingAccount: z
          .array(role)
          .default(["roles/billing.user", "roles/billing.costsManager"])
          .describe("On the billing account: link new service projects to it and manage their budgets."),
        parent: z
          .array(role)
          .default(["roles/resourcemanager.projectCreator", "roles/compute.xpnAdmin"])
          .describe("On each environment's folder (or the organization): create service projects (the creator becomes their owner) and attach them to the Shared VPC."),
        hostProject: z
          .array(role)
          .default([
            "roles/serviceusage.serviceUsageAdmin",
            "roles/container.admin",
            "roles/compute.networkAdmin",
            "roles/compute.securityAdmin",
            "roles/servicenetworking.networksAdmin",
            "roles/iam.serviceAccountAdmin",
            "roles/iam.serviceAccountUser",
            "roles/resourcemanager.projectIamAdmin",
            "roles/pubsub.admin",
            "roles/gkebackup.admin",
          ])
          .describe("On each environment's host project: APIs, network, NAT, Armor, cluster and its backups, node service account, upgrade-notification topic."),
      })
      .strict()
      .default({})
      .describe("Roles of the deploy identity (main branch only)."),
    plan: z
      .object({
        stateBucket: z.array(role).default(["roles/storage.objectViewer"]).describe("On the state bucket: read state; pull-request plans run with -lock=false."),
        parent: z
          .array(role)
          .default([
            "roles/browser",
            "roles/compute.viewer",
            "roles/iam.securityReviewer",
            "roles/iam.serviceAccountViewer",
            "roles/serviceusage.serviceUsageViewer",
            "roles/redis.viewer",
            "roles/secretmanager.viewer",
            "roles/secretmanager.secretAccessor",
          ])
          .describe("On each environment's folder (or the organization): refresh every resource of the service projects, secret payloads included (they are in state anyway)."),
        billingAccount: z.array(role).default(["roles/billing.viewer"]).describe("On the billing account: read the service projects' budgets."),
        hostProject: z
          .array(role)
          .default([
            "roles/browser",
            "roles/serviceusage.serviceUsageViewer",
            "roles/compute.viewer",
            "roles/container.viewer",
            "roles/iam.securityReviewer",
            "roles/iam.serviceAccountViewer",
            "roles/pubsub.viewer",
            "roles/gkebackup.viewer",
          ])
          .describe("On each environment's host project: refresh the platform resources."),
      })
      .strict()
      .default({})
      .describe("Roles of the read-only plan identity (pull requests)."),
  })
  .strict()
  .default({})
  .describe("What each CI identity is granted, by scope; the defaults are what the kit's stacks need.");

export const bootstrapSchema = z
  .object({
    projectId: environmentSchema.shape.projectId.describe("Existing project that holds the state bucket, the CI service accounts and the pool."),
    region: environmentSchema.shape.region.describe("Default region of the bootstrap provider."),
    stateBucketLocation: z
      .string()
      .refine((l) => MULTI_REGIONS.includes(l) || isRegion(l), (l) => ({ message: `"${l}" is not a bucket location; use a region like europe-west1 or one of ${MULTI_REGIONS.join(", ")}` }))
      .describe("Where the state bucket lives: a region or a multi/dual-region such as EU."),
    noncurrentStateVersions: z.number().int().min(1).max(100).default(10).describe("Older state versions kept per stack, to roll back a bad apply."),
    github: z
      .object({
        repository: z
          .string()
          .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "must be owner/name as in https://github.com/owner/name")
          .describe("`owner/name`, exactly as in the repository's URL: only its workflows may authenticate."),
        deployRef: z
          .string()
          .regex(/^refs\/heads\/[^\s]+$/, "must be a branch ref like refs/heads/main")
          .default("refs/heads/main")
          .describe("The only ref whose workflows get the deploy identity."),
        deploySubject: z
          .string()
          .min(1)
          .optional()
          .describe("OIDC `sub` of deploy runs; default: repo:<repository>:ref:<deployRef>. Set it only if your organization customized the subject claim."),
      })
      .strict()
      .describe("The GitHub repository whose workflows may use the CI identities."),
    workloadIdentity: z
      .object({ poolId: wifId.default("github").describe("Workload Identity pool ID."), providerId: wifId.default("github-actions").describe("OIDC provider ID in the pool.") })
      .strict()
      .default({})
      .describe("Workload Identity Federation for GitHub Actions; change only if the IDs are taken."),
    serviceAccounts: z
      .object({ plan: accountId.default("gke-kit-plan").describe("Read-only plan identity."), deploy: accountId.default("gke-kit-deploy").describe("Deploy identity.") })
      .strict()
      .default({})
      .describe("Account IDs of the two CI service accounts."),
    roles: rolesSchema,
  })
  .strict()
  .describe("config/bootstrap.yaml: one-time CI setup (state bucket, CI identities, Workload Identity Federation).");
export type BootstrapConfig = z.infer<typeof bootstrapSchema>;

/** Reads and validates config/bootstrap.yaml under `root`; throws ConfigError naming each problem. */
export function loadBootstrapConfig(root: string): BootstrapConfig {
  if (!fs.existsSync(path.join(root, BOOTSTRAP_CONFIG_PATH))) {
    throw new ConfigError([{ file: BOOTSTRAP_CONFIG_PATH, field: "", message: "is missing; create it as docs/ci.md (Bootstrap) shows" }]);
  }
  const issues: ConfigIssue[] = [];
  const config = parse(root, BOOTSTRAP_CONFIG_PATH, bootstrapSchema, issues);
  if (issues.length > 0 || !config) throw new ConfigError(issues);
  return config;
}
