import { z } from "zod";
import { isRegion } from "./regions";
import { IMAGE_REGISTRY } from "../gcp/binauthz";
import { BUDGET_CURRENCIES } from "../gcp/billing";
import { ciShardsSchema } from "./ci-shards";
import { dnsLabel, email, labels, role } from "./primitives";
import { fleetSchema } from "../options/fleet";
import { retiredProductionSchema } from "../options/production";
import { auditLogsSchema } from "../options/audit-logs";
import { imagesSchema } from "../options/images";
import { armorSchema } from "../options/armor";
import { budgetAlertsSchema, budgetSchema } from "../options/budget";
import { bucketSchema } from "../options/bucket";
import { clusterSchema } from "../options/cluster";
import { gatewaySchema, routeSchema } from "../options/gateway";
import { imageScanningSchema } from "../options/image-scanning";
import { networkAccessSchema, podSecuritySchema, quotaSchema } from "../options/namespace";
import { serviceSandboxSchema } from "../options/sandbox";
import { platformDeliverySchema, serviceDeliverySchema } from "../options/delivery";
import { natSchema } from "../options/nat";
import { clustersSchema } from "../options/clusters";
import { networkSchema } from "../options/network";
import { redisSchema } from "../options/redis";
import { sqlSchema } from "../options/sql";
import { waiverSchema } from "../options/waiver";

export { MONITORING_COMPONENTS } from "../options/monitoring";
export { waiverSchema, type Waiver } from "../options/waiver";

/**
 * Schemas of the three kinds of config file. Objects are strict, so a misspelt key is
 * an error, not a silently ignored setting. Cross-field checks that need several files
 * (overlapping CIDRs, duplicate names, unknown environments) live in validate.ts.
 * Each product's options (fragment, type, defaults) live in lib/options/<product>.ts; this file
 * only assembles them.
 */

export const platformSchema = z
  .object({
    prefix: z
      .string()
      .regex(/^[a-z][a-z0-9]{1,9}$/, "must be 2-10 lowercase letters or digits, starting with a letter")
      .describe(
        "Prefix of every project ID the kit creates (<prefix>-<service>-<env>), e.g. your company's short name.",
      ),
    organizationId: z
      .string()
      .regex(/^\d{6,20}$/, "must be the numeric organization ID")
      .optional()
      .describe("Numeric organization ID: parent of service projects of environments without folderId."),
    billingAccount: z
      .string()
      .regex(/^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/, "must look like 012345-6789AB-CDEF01")
      .describe("Billing account of every service project, like 012345-6789AB-CDEF01."),
    stateBucket: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9_-]{1,50}[a-z0-9]$/,
        "must be 3-52 lowercase letters, digits, - or _ (each environment's bucket is <stateBucket>-<env>, at most 63 characters)",
      )
      .describe(
        "Base name of the state buckets: environment <env> keeps one state per stack in <stateBucket>-<env> (created by the bootstrap, docs/ci.md).",
      ),
    labels: labels.default({}).describe("Labels on every labelable resource of every environment."),
    teamGroupDomain: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a domain like example.com")
      .optional()
      .describe("Domain of team Google groups: `new-service --team payments` means payments@<domain>."),
    teamRoles: z
      .array(role)
      .min(1)
      .describe("Roles a service team's group gets on its own projects (never basic roles)."),
    trustedImageRegistries: z
      .array(
        z
          .string()
          .regex(IMAGE_REGISTRY, "must look like europe-docker.pkg.dev/<project>[/<repository>], without wildcards"),
      )
      .default([])
      .describe(
        "The organization's Artifact Registry paths: Binary Authorization admits their images without attestation.",
      ),
    productionEnvironments: z
      .array(z.string())
      .describe(
        "Environments with production protections (HA Redis, backups, read-only team access, restricted Pod Security, production guardrails), declared here once by the platform team; an environment file cannot switch them off without a waiver of ENV001.",
      ),
    retiredProduction: retiredProductionSchema,
    auditLogs: auditLogsSchema,
    images: imagesSchema,
    promotion: z
      .array(z.string())
      .min(1)
      .optional()
      .describe(
        "The order a merge deploys the environments in, e.g. [dev, qa, stg, prd]: each after the previous one succeeded; list every environment once, production ones last. Default: the others by name, then productionEnvironments as listed. The deploy workflow is generated from it (npm run docs).",
      ),
    ciShards: ciShardsSchema,
    delivery: platformDeliverySchema,
    serviceAccountRoleAllowList: z
      .array(role)
      .default([])
      .describe("Roles a service may request for its workload service account (reviewed allow-list)."),
    billingCurrency: z
      .enum(BUDGET_CURRENCIES)
      .describe(
        "Currency of the billing account, declared once: every budget is expressed in it (the Budget API accepts no other).",
      ),
    budgetAlerts: budgetAlertsSchema,
  })
  .strict()
  .describe("config/platform.yaml: settings shared by every environment.");
export type PlatformConfig = z.infer<typeof platformSchema>;

export const environmentSchema = z
  .object({
    projectId: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
        "must be a GCP project ID: 6-30 lowercase letters, digits or hyphens, starting with a letter",
      )
      .describe("Existing host project: the VPC, cluster, NAT and shared Armor policies live here."),
    region: z
      .string()
      .refine(isRegion, (r) => ({ message: `"${r}" is not a Google Cloud region (e.g. europe-west1, us-central1)` }))
      .describe("Google Cloud region of the network, cluster and Redis, e.g. europe-west1."),
    productionLike: z
      .boolean()
      .optional()
      .describe(
        "Default: listed in productionEnvironments of config/platform.yaml. true adds production protections; false on a listed environment fails unless ENV001 is waived.",
      ),
    folderId: z
      .string()
      .regex(/^\d{6,20}$/, "must be the numeric folder ID")
      .optional()
      .describe("Numeric folder for this environment's service projects; default: the organization."),
    sharedFolder: z
      .object({
        reason: z
          .string()
          .trim()
          .min(10, "must say why sharing is acceptable (at least 10 characters)")
          .describe("Why this environment may share its folder with another one."),
      })
      .strict()
      .optional()
      .describe(
        "Waiver: let this environment's folderId be another environment's too. Each environment's CI identities get their roles on its folder, so a shared folder gives one environment's identities rights over the other's projects.",
      ),
    labels: labels.default({}).describe("Labels on every labelable resource of this environment."),
    network: networkSchema,
    cluster: clusterSchema,
    budget: budgetSchema.optional().describe("Default monthly budget of each service project in this environment."),
    nat: natSchema,
    clusters: clustersSchema,
    imageScanning: imageScanningSchema,
    armor: armorSchema.optional().describe("Shared baseline Cloud Armor policy for the environment's ingresses."),
    gateway: gatewaySchema,
    fleet: fleetSchema,
    waivers: z
      .array(waiverSchema)
      .default([])
      .describe("Guardrail findings accepted for this environment, each with a reason."),
  })
  .strict()
  .describe("config/environments/<env>.yaml: one environment; the file name is its name.");
export type EnvironmentConfig = Omit<z.infer<typeof environmentSchema>, "productionLike"> & {
  readonly name: string;
  readonly file: string;
  /** Effective: the file's own setting, else whether config/platform.yaml lists the environment. */
  readonly productionLike: boolean;
  /** config/platform.yaml lists the environment in productionEnvironments. */
  readonly productionDeclared: boolean;
};

export const serviceSchema = z
  .object({
    name: dnsLabel("service name", 20)
      .refine((n) => n.length >= 3, "must be at least 3 characters")
      .describe("Service name (3-20 characters); must match the file name."),
    team: dnsLabel("team name", 30).describe("Owning team."),
    teamGroup: email.describe("The team's Google group: it gets platform teamRoles on the service's projects."),
    costCenter: z
      .string()
      .regex(/^[a-z0-9_-]{1,63}$/, "must be a label value: lowercase letters, digits, _ or -")
      .describe("Cost-center label on the service's resources."),
    environments: z
      .array(z.string())
      .min(1, "must list at least one environment")
      .describe("Environments (file names in config/environments/) to deploy to."),
    namespace: dnsLabel("Kubernetes namespace", 63)
      .optional()
      .describe("Kubernetes namespace; default: the service name."),
    kubernetesServiceAccount: dnsLabel("Kubernetes service account name", 63)
      .optional()
      .describe(
        "Kubernetes service account bound to the workload's Google service account; default: the service name.",
      ),
    retired: z
      .boolean()
      .default(false)
      .describe(
        "Being removed: the stacks keep the project and its data but no longer bind the Kubernetes service account to the workload's Google service account, so nothing is left for a later workload in the namespace to inherit. Deploy that, then delete the file (a removal that would leave the binding is refused).",
      ),
    podSecurity: podSecuritySchema,
    sandbox: serviceSandboxSchema,
    delivery: serviceDeliverySchema,
    quota: quotaSchema,
    networkAccess: networkAccessSchema,
    apis: z
      .array(z.string().regex(/^[a-z0-9-]+\.googleapis\.com$/, "must be a service name like sqladmin.googleapis.com"))
      .default([])
      .describe("APIs to enable in the service's projects, e.g. sqladmin.googleapis.com."),
    serviceAccountRoles: z
      .array(role)
      .default([])
      .describe("Roles of the workload's service account; each must be in platform serviceAccountRoleAllowList."),
    redis: redisSchema,
    armor: armorSchema
      .optional()
      .describe("The service's own Cloud Armor policy (in the host project, for its BackendConfig)."),
    route: routeSchema,
    sql: sqlSchema
      .optional()
      .describe(
        "A Cloud SQL instance (PostgreSQL or MySQL) on a private IP; the workload logs in with IAM, no password.",
      ),
    buckets: z
      .array(bucketSchema)
      .max(20)
      .default([])
      .describe("Cloud Storage buckets named <project-id>-<name>; the workload gets object roles on each."),
    budget: z
      .union([z.literal(false), budgetSchema])
      .optional()
      .describe("Monthly budget of the service's projects; `false` opts out of the environment's default."),
    waivers: z
      .array(waiverSchema)
      .default([])
      .describe("Guardrail findings accepted for this service, each with a reason."),
  })
  .strict()
  .describe("services/<service>.yaml: one service; `npm run new-service` writes it.");
export type ServiceConfig = z.infer<typeof serviceSchema> & { readonly file: string };
