import { z } from "zod";
import { isRegion } from "./regions";
import { RULE_IDS } from "../policy/rules";
import {
  ARMOR_LIMITS,
  WAF_RULE_SETS,
  RATE_LIMIT_INTERVALS,
  RateLimitInterval,
  DEFAULT_WAF_RULES,
  JSON_PARSING_MODES,
} from "../gcp/armor";
import { BACKUP_LIMITS } from "../gcp/backup";
import { REDIS_VERSIONS } from "../gcp/redis";
import { ATTESTOR, IMAGE_REGISTRY } from "../gcp/binauthz";
import { KMS_KEY } from "../gcp/gke";
import { PRIMITIVE_ROLES } from "../gcp/iam";
import { BUDGET_CURRENCIES } from "../gcp/billing";
import { ciShardsSchema } from "./ci-shards";
import { dnsLabel } from "./primitives";
import { nodePoolSchema } from "../options/node-pool";
import { fleetSchema } from "../options/fleet";
import {
  DEFAULT_SQL_VERSION,
  SQL_DATABASE_NAME,
  SQL_EDITIONS,
  SQL_VERSIONS,
  SQL_ENCRYPTED_SSL_MODES,
  sqlDiskProblem,
  sqlFlagProblems,
  sqlTierProblem,
  sqlVersionProblem,
} from "../gcp/sql";
import { bucketNameProblem, SOFT_DELETE_DAYS, STORAGE_CLASSES } from "../gcp/storage";
import { GATEWAY_API_CHANNELS, HEALTH_CHECK_PATH, HOSTNAME } from "../gcp/gateway";

/**
 * Schemas of the three kinds of config file. Objects are strict, so a misspelt key is
 * an error, not a silently ignored setting. Cross-field checks that need several files
 * (overlapping CIDRs, duplicate names, unknown environments) live in validate.ts.
 */

const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "must be an IPv4 CIDR like 10.0.0.0/20");
const labels = z.record(
  z
    .string()
    .regex(
      /^[a-z][a-z0-9_-]{0,62}$/,
      "label keys must be lowercase letters, digits, _ or -, starting with a letter (max 63)",
    ),
  z.string().regex(/^[a-z0-9_-]{0,63}$/, "label values must be lowercase letters, digits, _ or - (max 63)"),
);
const role = z
  .string()
  .regex(/^roles\/[a-zA-Z0-9_.]+$/, "must be a predefined role like roles/cloudsql.client")
  .refine(
    (r) => !(PRIMITIVE_ROLES as readonly string[]).includes(r),
    "is a basic role (owner/editor/viewer); use predefined roles",
  );
const rfc3339 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "must be an RFC 3339 UTC time like 2026-01-06T02:00:00Z");
const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "must be an email address like team@example.com");

export const waiverSchema = z
  .object({
    rule: z
      .string()
      .refine(
        (id) => RULE_IDS.includes(id),
        (id) => ({ message: `"${id}" is not a guardrail rule; known rules: ${RULE_IDS.join(", ")}` }),
      )
      .describe("Guardrail rule ID to waive, e.g. RED004 (README, Guardrails)."),
    resource: z
      .string()
      .min(1)
      .optional()
      .describe('Construct path glob, e.g. "*/cluster/*"; omitted: every resource of the stack(s).'),
    reason: z
      .string()
      .trim()
      .min(10, "must say why the rule does not apply (at least 10 characters)")
      .describe("Why the rule does not apply here; shown in the policy report."),
  })
  .strict()
  .describe("An accepted guardrail finding, reviewed like code.");
export type Waiver = z.infer<typeof waiverSchema>;

const armorSchema = z
  .object({
    defaultAction: z
      .enum(["allow", "deny(403)", "deny(404)"])
      .default("allow")
      .describe("What happens to requests no other rule matches."),
    allowCidrs: z
      .array(cidr)
      .max(100)
      .default([])
      .describe(
        "Source ranges allowed even when defaultAction denies; evaluated after the WAF rules, never instead of them.",
      ),
    denyCidrs: z.array(cidr).max(100).default([]).describe("Source ranges always denied with 403."),
    wafRules: z
      .array(
        z
          .object({
            ruleSet: z.enum(WAF_RULE_SETS).describe("Preconfigured WAF rule set, e.g. sqli-v33-stable."),
            sensitivity: z
              .number()
              .int()
              .min(1)
              .max(4)
              .default(1)
              .describe("1 (fewest false positives) to 4 (most signatures)."),
            preview: z
              .boolean()
              .default(false)
              .describe("Log matches without blocking, to tune a rule before enforcing it."),
          })
          .strict(),
      )
      .default(DEFAULT_WAF_RULES.map((r) => ({ sensitivity: 1, preview: false, ...r })))
      .describe("WAF rules; the default is sqli, xss and cve-canary (Log4Shell), enforced."),
    rateLimit: z
      .object({
        count: z
          .number()
          .int()
          .min(1)
          .max(ARMOR_LIMITS.throttleCount.max)
          .describe("Requests allowed per client IP per interval (at most 10,000 with banDurationSec)."),
        intervalSec: z
          .number()
          .refine(
            (n): n is RateLimitInterval => (RATE_LIMIT_INTERVALS as readonly number[]).includes(n),
            `must be one of ${RATE_LIMIT_INTERVALS.join(", ")}`,
          )
          .default(60)
          .describe("Length of the counting interval in seconds."),
        banDurationSec: z
          .number()
          .int()
          .optional()
          .describe(
            `Ban clients over the limit for this many seconds (one of ${ARMOR_LIMITS.banDurationsSec.join(", ")}); omitted: throttle only.`,
          ),
      })
      .strict()
      .optional()
      .describe("Per-client-IP rate limit; clients over it get 429."),
    adaptiveProtection: z.boolean().default(true).describe("Layer-7 DDoS adaptive protection."),
    jsonParsing: z
      .enum(JSON_PARSING_MODES)
      .default("STANDARD")
      .describe("How the WAF reads JSON request bodies; STANDARD inspects each field."),
  })
  .strict();

/** Cloud SQL per service; checks that need the environment (HA, shared-core in production) live in validate.ts. */
const sqlSchema = z
  .object({
    engine: z.enum(["postgres", "mysql"]).describe("Database engine."),
    version: z
      .string()
      .optional()
      .describe(
        `Major version in regular support: ${SQL_VERSIONS.join(", ")}. Default: ${DEFAULT_SQL_VERSION.postgres} or ${DEFAULT_SQL_VERSION.mysql}.`,
      ),
    edition: z
      .enum(SQL_EDITIONS)
      .default("ENTERPRISE")
      .describe("Cloud SQL edition; ENTERPRISE_PLUS takes db-perf-optimized-N-<vCPUs> tiers."),
    tier: z
      .string()
      .optional()
      .describe(
        "Machine type: db-custom-<vCPUs>-<MB> (1 or even vCPUs, 0.9-6.5 GB each), db-perf-optimized-N-<vCPUs>, db-f1-micro. Default: db-custom-1-3840.",
      ),
    diskSizeGb: z.number().default(10).describe("Data disk in GB, 10-65536; it grows automatically."),
    diskAutoresizeLimitGb: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("Ceiling for automatic disk growth in GB; 0 = no limit."),
    availability: z
      .enum(["REGIONAL", "ZONAL"])
      .optional()
      .describe(
        "Default: REGIONAL (HA) in production-like environments, ZONAL elsewhere. ZONAL in production needs a waiver of SQL005.",
      ),
    sslMode: z
      .enum(SQL_ENCRYPTED_SSL_MODES)
      .default("ENCRYPTED_ONLY")
      .describe("Connections must be encrypted; TRUSTED_CLIENT_CERTIFICATE_REQUIRED also demands client certificates."),
    databases: z
      .array(
        z.string().regex(SQL_DATABASE_NAME, 'must be 1-63 lowercase letters, digits or "_", starting with a letter'),
      )
      .min(1)
      .optional()
      .describe("Databases to create. Default: one named after the service."),
    flags: z
      .record(z.string())
      .default({})
      .describe(
        "Database flags (name: value) over the kit's logging defaults (connections, disconnections, checkpoints, lock waits, errors, pgAudit / MySQL audit; SQL008); the IAM authentication flag is set by the kit. Statement text in logs fails in production (SQL009).",
      ),
    maintenance: z
      .object({
        day: z.number().int().min(1).max(7).describe("Day of the week, 1 = Monday."),
        hour: z.number().int().min(0).max(23).describe("Start hour, UTC."),
      })
      .strict()
      .optional()
      .describe("Weekly one-hour maintenance window. Default: Sunday 03:00 UTC."),
    backup: z
      .object({
        startTime: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM in UTC, e.g. "02:00"')
          .optional()
          .describe("Daily backup start, HH:MM UTC. Default: 02:00."),
        retainedBackups: z.number().int().min(1).max(365).optional().describe("Automated backups kept. Default: 14."),
        logRetentionDays: z
          .number()
          .int()
          .min(1)
          .max(35)
          .optional()
          .describe(
            "Days of transaction logs for point-in-time recovery: 1-7 (35 for PostgreSQL Enterprise Plus). Default: 7.",
          ),
      })
      .strict()
      .optional()
      .describe("Automated backups; point-in-time recovery is always on."),
    deletionProtection: z
      .boolean()
      .default(true)
      .describe("Deletion protection (Terraform and API); turning it off in production needs a waiver of SQL004."),
    builtInUsers: z
      .array(
        z
          .string()
          .regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be 1-32 lowercase letters, digits or "_", starting with a letter'),
      )
      .default([])
      .describe(
        "Password users: only with a waiver of SQL006. Each password comes from the Terraform variable <instance>_<user>_password, never stored in state.",
      ),
  })
  .strict()
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string | undefined) =>
      message && ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if (s.version !== undefined) issue(["version"], sqlVersionProblem(s.version, s.engine));
    if (s.tier !== undefined) issue(["tier"], sqlTierProblem(s.tier, s.edition, false));
    issue(["diskSizeGb"], sqlDiskProblem(s.diskSizeGb, s.diskAutoresizeLimitGb));
    for (const { flag, problem } of sqlFlagProblems(s.engine, s.flags)) issue(["flags", flag], problem);
    const maxLog = s.engine === "postgres" && s.edition === "ENTERPRISE_PLUS" ? 35 : 7;
    if ((s.backup?.logRetentionDays ?? 0) > maxLog)
      issue(["backup", "logRetentionDays"], `must be at most ${maxLog} for ${s.engine} ${s.edition}`);
  });

const lifecycleRuleSchema = z
  .object({
    action: z
      .enum(["Delete", "SetStorageClass", "AbortIncompleteMultipartUpload"])
      .describe("What happens to matching objects."),
    storageClass: z.enum(STORAGE_CLASSES).optional().describe("Target class; with SetStorageClass only."),
    ageDays: z.number().int().min(0).optional().describe("Matches objects at least this many days old."),
    numNewerVersions: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Matches versions with at least this many newer versions."),
    withState: z
      .enum(["LIVE", "ARCHIVED", "ANY"])
      .optional()
      .describe("Matches live objects, noncurrent versions or both."),
    matchesPrefix: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Matches object names starting with one of these."),
  })
  .strict()
  .refine((r) => (r.action === "SetStorageClass") === (r.storageClass !== undefined), {
    message: "is required with SetStorageClass and only there",
    path: ["storageClass"],
  })
  .refine(
    (r) =>
      r.ageDays !== undefined ||
      r.numNewerVersions !== undefined ||
      r.withState !== undefined ||
      r.matchesPrefix !== undefined,
    {
      message:
        "needs a condition (ageDays, numNewerVersions, withState or matchesPrefix); without one it matches every object",
    },
  );

/** A Cloud Storage bucket per service; its full name is <project-id>-<name>. */
const bucketSchema = z
  .object({
    name: z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9_-]{0,30}[a-z0-9])?$/,
        'must be 1-32 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit (the project ID is put in front)',
      )
      .refine((n) => bucketNameProblem(`x-${n}`) === undefined, 'must not contain "goog" (Cloud Storage refuses it)')
      .describe("Short name; the bucket is <project-id>-<name>."),
    access: z
      .enum(["readWrite", "readOnly"])
      .default("readWrite")
      .describe(
        "The workload's object role on this bucket: readWrite = roles/storage.objectUser, readOnly = roles/storage.objectViewer.",
      ),
    location: z
      .string()
      .optional()
      .describe("The environment's region (default) or a multi-/dual-region containing it, e.g. EU."),
    storageClass: z.enum(STORAGE_CLASSES).default("STANDARD").describe("Default storage class of new objects."),
    versioning: z
      .boolean()
      .default(true)
      .describe("Keep old versions on overwrite and delete; off in production needs a waiver of GCS003."),
    softDeleteDays: z
      .number()
      .int()
      .refine(
        (d) => d === 0 || (d >= SOFT_DELETE_DAYS.min && d <= SOFT_DELETE_DAYS.max),
        `must be 0 (off) or ${SOFT_DELETE_DAYS.min}-${SOFT_DELETE_DAYS.max} days`,
      )
      .default(7)
      .describe("Days deleted objects stay restorable: 0 (off) or 7-90."),
    noncurrentVersionDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(30)
      .describe("Noncurrent versions are deleted this many days after being replaced."),
    lifecycle: z
      .array(lifecycleRuleSchema)
      .max(50)
      .default([])
      .describe("More lifecycle rules, e.g. move to NEARLINE after 30 days."),
    kmsKey: z
      .string()
      .regex(KMS_KEY, "must look like projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>")
      .optional()
      .describe("Cloud KMS key (CMEK) in the bucket's location; default: Google-managed keys."),
  })
  .strict();

const budgetThresholds = z
  .array(
    z
      .object({
        percent: z
          .number()
          .gt(0, "must be above 0 (0.5 = 50 %)")
          .max(2, "must be at most 2 (200 %)")
          .describe("Share of the amount that triggers an alert: 0.5 = 50 %."),
        basis: z
          .enum(["CURRENT_SPEND", "FORECASTED_SPEND"])
          .default("CURRENT_SPEND")
          .describe("Compare with actual or with forecast spend."),
      })
      .strict(),
  )
  .min(1)
  .max(20);
const budgetSchema = z
  .object({
    amount: z
      .number()
      .positive("must be a positive amount")
      .describe("Monthly amount, in the billing account's currency unless `currency` is set."),
    currency: z
      .enum(BUDGET_CURRENCIES)
      .optional()
      .describe("Must be the billing account's currency; default: platform billingCurrency."),
    thresholds: budgetThresholds
      .optional()
      .describe("Alert thresholds; default: 50, 90, 100 % of actual and 100 % of forecast spend."),
    environmentAmounts: z
      .record(z.number().positive("must be a positive amount"))
      .optional()
      .describe("Per-environment amounts that replace `amount`, e.g. { prd: 2000 }."),
  })
  .strict();

/** Every component GKE can send metrics for; production-like environments collect all of them by default. */
export const MONITORING_COMPONENTS = [
  "SYSTEM_COMPONENTS",
  "APISERVER",
  "SCHEDULER",
  "CONTROLLER_MANAGER",
  "STORAGE",
  "HPA",
  "POD",
  "DAEMONSET",
  "DEPLOYMENT",
  "STATEFULSET",
] as const;

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
    promotion: z
      .array(z.string())
      .min(1)
      .optional()
      .describe(
        "The order a merge deploys the environments in, e.g. [dev, qa, stg, prd]: each after the previous one succeeded; list every environment once, production ones last. Default: the others by name, then productionEnvironments as listed. The deploy workflow is generated from it (npm run docs).",
      ),
    ciShards: ciShardsSchema,
    serviceAccountRoleAllowList: z
      .array(role)
      .default([])
      .describe("Roles a service may request for its workload service account (reviewed allow-list)."),
    billingCurrency: z
      .enum(BUDGET_CURRENCIES)
      .describe(
        "Currency of the billing account, declared once: every budget is expressed in it (the Budget API accepts no other).",
      ),
    budgetAlerts: z
      .object({
        pubsubTopic: z
          .string()
          .regex(
            /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/topics\/[A-Za-z][\w.~+%-]{2,254}$/,
            "must look like projects/<project>/topics/<topic>",
          )
          .optional()
          .describe("Topic for budget alerts: projects/<project>/topics/<topic>."),
        notificationChannels: z
          .array(
            z
              .string()
              .regex(
                /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/notificationChannels\/\d+$/,
                "must look like projects/<project>/notificationChannels/<number>",
              ),
          )
          .max(5)
          .default([])
          .describe("Cloud Monitoring channels (at most 5): projects/<project>/notificationChannels/<number>."),
      })
      .strict()
      .optional()
      .describe("Where budget alerts go: a Pub/Sub topic and/or Cloud Monitoring notification channels."),
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
    network: z
      .object({
        subnetCidr: cidr.describe("Primary range of the subnet: node IPs."),
        podsCidr: cidr.describe("Secondary range for pod IPs (VPC-native)."),
        servicesCidr: cidr.describe("Secondary range for Kubernetes Service IPs."),
        masterCidr: cidr.describe("/28 for the control plane's private endpoint."),
        privateServiceAccessCidr: cidr.describe("Range reserved for private service access (Memorystore, Cloud SQL)."),
        flowLogs: z
          .union([
            z.literal(false),
            z
              .object({
                sampling: z.number().gt(0).max(1).default(0.5).describe("Share of flows logged, 0 < sampling <= 1."),
              })
              .strict(),
          ])
          .default({ sampling: 0.5 })
          .describe("VPC flow logs on the subnet, or false."),
        privateGoogleApisDns: z
          .union([
            z.literal(false),
            z
              .object({
                vip: z
                  .enum(["private", "restricted"])
                  .default("private")
                  .describe(
                    "private.googleapis.com (most Google APIs) or restricted.googleapis.com (only those VPC Service Controls supports; choose it inside a perimeter).",
                  ),
                registries: z
                  .boolean()
                  .default(true)
                  .describe("Also resolve gcr.io and pkg.dev (Container and Artifact Registry) to the VIP."),
              })
              .strict(),
          ])
          .default({ vip: "private", registries: true })
          .describe(
            "Private Cloud DNS zones in the host project that resolve *.googleapis.com to the Private Google Access VIP, the only Google API addresses tenant NetworkPolicies allow; false leaves pods resolving public addresses, which those policies block.",
          ),
      })
      .strict()
      .describe("IP ranges of the environment; they must not overlap each other or other environments'."),
    cluster: z
      .object({
        releaseChannel: z
          .enum(["RAPID", "REGULAR", "STABLE", "EXTENDED"])
          .default("REGULAR")
          .describe("GKE release channel: how early the cluster gets new versions."),
        privateEndpoint: z
          .boolean()
          .default(true)
          .describe(
            "No public IP on the control plane; operators reach it from inside the VPC or, with dnsEndpoint, through the DNS endpoint.",
          ),
        dnsEndpoint: z
          .boolean()
          .default(false)
          .describe(
            "The DNS-based control-plane endpoint accepts traffic from outside Google Cloud (authorized by IAM); off by default, so the API is reached from inside the VPC only. true needs a waiver of GKE031.",
          ),
        authorizedNetworks: z
          .array(
            z
              .object({
                name: z.string().min(1).describe("Label shown in the console."),
                cidr: cidr.describe("Allowed source range."),
              })
              .strict(),
          )
          .default([])
          .describe("Ranges allowed to the IP endpoint; required while the public IP endpoint is on."),
        bootDiskEncryptionKey: z
          .string()
          .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
          .optional()
          .describe("Cloud KMS key for node boot disks (CMEK); default: Google-managed encryption."),
        dataplaneV2: z
          .boolean()
          .default(true)
          .describe("Dataplane V2 (eBPF) with built-in network policy; false: Calico."),
        gatewayApi: z
          .enum(GATEWAY_API_CHANNELS)
          .default("CHANNEL_STANDARD")
          .describe(
            "Gateway API CRDs and GKE's GatewayClasses on the cluster; services with route type gateway need CHANNEL_STANDARD (or EXPERIMENTAL).",
          ),
        binaryAuthorization: z
          .union([
            z.boolean(),
            z
              .object({
                dryRun: z.boolean().default(false).describe("Log what the policy would block instead of blocking it."),
                attestors: z
                  .array(z.string().regex(ATTESTOR, "must look like projects/<project>/attestors/<name>"))
                  .default([])
                  .describe("Attestors images outside trustedImageRegistries need; none: such images are denied."),
              })
              .strict(),
          ])
          .default(false)
          .describe(
            "Binary Authorization: the cluster enforces the host project's policy, which the kit manages (trusted registries of config/platform.yaml, attestors, dry run). true = enforced, no attestors.",
          ),
        deletionProtection: z.boolean().default(true).describe("Terraform refuses to delete the cluster while true."),
        rbacSecurityGroup: email
          .optional()
          .describe("Google Groups for RBAC: your gke-security-groups@<domain> group."),
        secretsEncryptionKey: z
          .string()
          .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
          .optional()
          .describe("Cloud KMS key for application-layer encryption of Kubernetes Secrets."),
        maintenanceWindow: z
          .object({
            startTime: rfc3339.describe("Start of the first window, in UTC."),
            endTime: rfc3339.describe("End of the first window; its length applies to every recurrence."),
            recurrence: z.string().min(5).describe("RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=SA,SU."),
          })
          .strict()
          .optional()
          .describe("When automatic upgrades may run; times like 2026-01-06T02:00:00Z."),
        maintenanceExclusions: z
          .array(
            z
              .object({
                name: z.string().min(1).describe("Name of the freeze."),
                startTime: rfc3339.describe("Start of the freeze, in UTC."),
                endTime: rfc3339
                  .or(z.literal("END_OF_SUPPORT"))
                  .describe(
                    "End of the freeze, in UTC; END_OF_SUPPORT (minor scopes only) keeps it until the cluster's minor version leaves support.",
                  ),
                scope: z
                  .enum(["NO_UPGRADES", "NO_MINOR_UPGRADES", "NO_MINOR_OR_NODE_UPGRADES"])
                  .default("NO_UPGRADES")
                  .describe("What is held back; NO_MINOR_UPGRADES still lets patches land."),
              })
              .strict(),
          )
          .default([])
          .describe("Freezes: periods without (some) upgrades, e.g. a year-end freeze."),
        nodePools: z
          .array(nodePoolSchema)
          .min(1, "must define at least one node pool")
          .describe("Node pools of the cluster (the default pool is removed)."),
        notifications: z
          .object({
            enabled: z.boolean().default(true).describe("Publish cluster notifications to gke-<env>-upgrades."),
            events: z
              .array(
                z.enum(["UPGRADE_AVAILABLE_EVENT", "UPGRADE_EVENT", "SECURITY_BULLETIN_EVENT", "UPGRADE_INFO_EVENT"]),
              )
              .min(1)
              .optional()
              .describe("Event types to publish; default: all."),
          })
          .strict()
          .default({})
          .describe("Upgrade and security notifications to a Pub/Sub topic the platform stack creates."),
        backup: z
          .object({
            enabled: z.boolean().optional().describe("Default: on in production-like environments."),
            schedule: z
              .string()
              .regex(/^(\S+\s+){4}\S+$/, 'must be a 5-field cron expression like "0 2 * * *"')
              .default("0 2 * * *")
              .describe("Cron schedule in UTC."),
            retainDays: z
              .number()
              .int()
              .min(BACKUP_LIMITS.retainDays.min)
              .max(BACKUP_LIMITS.retainDays.max)
              .default(30)
              .describe("Days each backup is kept (at most 360 x the schedule's shortest interval)."),
            deleteLockDays: z
              .number()
              .int()
              .min(BACKUP_LIMITS.deleteLockDays.min)
              .max(BACKUP_LIMITS.deleteLockDays.max)
              .default(7)
              .describe("Days during which a backup cannot be deleted (at most retainDays)."),
            namespaces: z
              .array(z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be a Kubernetes namespace name"))
              .min(1)
              .optional()
              .describe("Namespaces to back up; default: all."),
            includeVolumeData: z
              .boolean()
              .default(true)
              .describe("Back up persistent volume data, not only manifests."),
            includeSecrets: z.boolean().default(true).describe("Include Kubernetes Secrets in backups."),
            encryptionKey: z
              .string()
              .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
              .optional()
              .describe(
                "Cloud KMS key (CMEK) for the backups' Kubernetes resources, Secrets included; default: Google-managed encryption.",
              ),
          })
          .strict()
          .refine((b) => b.deleteLockDays <= b.retainDays, {
            message: "must not exceed retainDays",
            path: ["deleteLockDays"],
          })
          .optional()
          .describe("Backup for GKE: a daily plan; on by default in production-like environments."),
        observability: z
          .object({
            loggingComponents: z
              .array(z.enum(["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"]))
              .optional()
              .describe(
                "Logs sent to Cloud Logging; default: system components and workloads, plus the control plane's (APISERVER, SCHEDULER, CONTROLLER_MANAGER) in production-like environments (GKE030).",
              ),
            monitoringComponents: z
              .array(z.enum(MONITORING_COMPONENTS))
              .optional()
              .describe(
                "Metrics sent to Cloud Monitoring; kube-state ones (POD, DEPLOYMENT, ...) need managedPrometheus.",
              ),
            managedPrometheus: z
              .boolean()
              .optional()
              .describe("Google Cloud Managed Service for Prometheus; default: on in production-like environments."),
          })
          .strict()
          .optional()
          .describe("Logging, monitoring and Managed Prometheus; default: lean in dev, full in production-like."),
        securityPosture: z
          .object({
            mode: z
              .enum(["DISABLED", "BASIC", "ENTERPRISE"])
              .refine(
                (m) => m !== "ENTERPRISE",
                "ENTERPRISE's only addition, GKE Threat Detection, was removed by GKE on 2025-03-31; use BASIC",
              )
              .optional()
              .describe("Workload configuration auditing; default: BASIC."),
            vulnerabilityMode: z
              .string()
              .refine(
                (m) => m === "VULNERABILITY_DISABLED",
                (m) => ({
                  message: `"${m}": GKE removed workload vulnerability scanning (basic 2025-07-31, enterprise 2026-06-16); delete this key, images are scanned by Artifact Analysis (imageScanning)`,
                }),
              )
              .optional()
              .describe("Removed by GKE; kept only to explain its removal to configs written before it."),
          })
          .strict()
          .optional()
          .describe("Security posture dashboard: workload configuration auditing."),
      })
      .strict()
      .describe("The private regional GKE cluster."),
    budget: budgetSchema.optional().describe("Default monthly budget of each service project in this environment."),
    nat: z
      .object({
        staticIpCount: z
          .number()
          .int()
          .min(0)
          .max(300)
          .default(2)
          .describe("Reserved egress IPs partners can allow-list; 0: Google-allocated IPs."),
        drainingIps: z
          .number()
          .int()
          .min(0)
          .max(300)
          .default(0)
          .describe(
            "Addresses after staticIpCount kept reserved in drain mode while their connections finish; lower staticIpCount in two steps with it.",
          ),
        minPortsPerVm: z.number().int().min(64).max(65536).default(1024).describe("NAT ports reserved per node."),
      })
      .strict()
      .refine((n) => n.drainingIps === 0 || n.staticIpCount > 0, {
        message: "needs staticIpCount above 0: only manually allocated addresses can be drained",
        path: ["drainingIps"],
      })
      .default({})
      .describe("Cloud NAT: the only way out to the internet for private nodes."),
    imageScanning: z
      .object({
        enabled: z.boolean().optional().describe("Default: on in production-like environments."),
        registryProjects: z
          .array(z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "must be a GCP project ID"))
          .min(1)
          .optional()
          .describe(
            "Projects holding the Artifact Registry repositories the cluster pulls from; default: the host project.",
          ),
      })
      .strict()
      .optional()
      .describe(
        "Artifact Analysis scanning of the images in Artifact Registry, what Google offers since GKE's workload scanning was removed.",
      ),
    armor: armorSchema.optional().describe("Shared baseline Cloud Armor policy for the environment's ingresses."),
    gateway: z
      .object({
        certificateMap: z
          .string()
          .regex(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be a Certificate Manager certificate map name")
          .optional()
          .describe(
            "Certificate Manager map (in the host project) for the shared Gateway's HTTPS listener; without it the Gateway listens on HTTP only.",
          ),
      })
      .strict()
      .default({})
      .describe("The environment's shared Gateway (GKE Gateway API) that services with route type gateway attach to."),
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
    podSecurity: z
      .enum(["restricted", "baseline"])
      .optional()
      .describe(
        "Pod Security Standard the namespace enforces; default: restricted in production-like environments, baseline elsewhere. baseline in production needs a waiver of K8S001.",
      ),
    quota: z
      .object({
        cpu: z.number().positive().max(1000).default(4).describe("CPU cores requested by all pods together."),
        memoryGi: z
          .number()
          .positive()
          .max(4096)
          .default(8)
          .describe("Memory (GiB) requested by all pods together; limits may reach twice this."),
        pods: z.number().int().min(1).max(5000).default(50).describe("Pods at most."),
      })
      .strict()
      .default({})
      .describe("The namespace's ResourceQuota; the LimitRange's defaults and maximums follow from it."),
    networkAccess: z
      .object({
        ingressFromNamespaces: z
          .array(dnsLabel("Kubernetes namespace", 63))
          .default([])
          .describe("Namespaces whose pods may call this service."),
        egress: z
          .array(
            z
              .object({
                cidr: cidr.describe("Destination range outside the cluster."),
                ports: z.array(z.number().int().min(1).max(65535)).min(1).describe("Destination ports."),
                protocol: z.enum(["TCP", "UDP"]).default("TCP").describe("Protocol of the ports."),
              })
              .strict(),
          )
          .default([])
          .describe("Destinations outside the cluster (partners, databases) and their ports."),
      })
      .strict()
      .default({})
      .describe(
        "Traffic the namespace's default-deny NetworkPolicy lets through beyond the baseline (same namespace, load balancers, DNS, Google APIs, own Redis).",
      ),
    apis: z
      .array(z.string().regex(/^[a-z0-9-]+\.googleapis\.com$/, "must be a service name like sqladmin.googleapis.com"))
      .default([])
      .describe("APIs to enable in the service's projects, e.g. sqladmin.googleapis.com."),
    serviceAccountRoles: z
      .array(role)
      .default([])
      .describe("Roles of the workload's service account; each must be in platform serviceAccountRoleAllowList."),
    redis: z
      .object({
        memorySizeGb: z.number().int().min(1).max(300).default(1).describe("Memory in GB."),
        tier: z
          .enum(["BASIC", "STANDARD_HA"])
          .optional()
          .describe("Default: STANDARD_HA in production-like environments, else BASIC."),
        version: z.enum(REDIS_VERSIONS).default("REDIS_7_2").describe("Redis version."),
        kmsKeys: z
          .record(
            z.string(),
            z
              .string()
              .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>"),
          )
          .default({})
          .describe(
            "Cloud KMS key (CMEK) per environment, in its region, for the instance's data at rest, e.g. { prd: projects/.../cryptoKeys/redis }; the project's Memorystore service agent gets encrypter/decrypter on it. Environments not listed: Google-managed encryption.",
          ),
      })
      .strict()
      .optional()
      .describe("A Memorystore for Redis instance (AUTH, TLS, private IP); connection details go to Secret Manager."),
    armor: armorSchema
      .optional()
      .describe("The service's own Cloud Armor policy (in the host project, for its BackendConfig)."),
    route: z
      .object({
        type: z
          .enum(["ingress", "gateway"])
          .default("ingress")
          .describe(
            "ingress: an Ingress of its own with a BackendConfig; gateway: an HTTPRoute on the environment's shared Gateway with a GCPBackendPolicy and HealthCheckPolicy.",
          ),
        hostnames: z
          .record(
            z.string(),
            z.array(z.string().regex(HOSTNAME, "must be a lowercase DNS name like pay.example.com")).min(1).max(16),
          )
          .default({})
          .describe(
            "Host names per environment, e.g. { prd: [pay.example.com] }; an environment without any takes every host the Ingress or Gateway receives.",
          ),
        healthCheckPath: z
          .string()
          .regex(HEALTH_CHECK_PATH, "must be a URL path like /healthz")
          .default("/")
          .describe("Path the load balancer's health check requests on the service's pods."),
      })
      .strict()
      .default({})
      .describe("How traffic from the internet reaches the service, through its Cloud Armor policy."),
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
