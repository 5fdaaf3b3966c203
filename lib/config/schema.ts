import { z } from "zod";
import { isRegion } from "./regions";
import { RULE_IDS } from "../policy/rules";
import { WAF_RULE_SETS, RATE_LIMIT_INTERVALS, RateLimitInterval, DEFAULT_WAF_RULES } from "../gcp/armor";
import { KMS_KEY } from "../gcp/gke";
import { gcpNamePattern } from "../gcp/names";
import { PRIMITIVE_ROLES } from "../gcp/iam";
import { BUDGET_CURRENCIES } from "../gcp/billing";

/**
 * Schemas of the three kinds of config file. Objects are strict, so a misspelt key is
 * an error, not a silently ignored setting. Cross-field checks that need several files
 * (overlapping CIDRs, duplicate names, unknown environments) live in validate.ts.
 */

const dnsLabel = (what: string, max: number) =>
  z.string().regex(
    gcpNamePattern(max),
    `must be 1-${max} lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen (${what})`,
  );
const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "must be an IPv4 CIDR like 10.0.0.0/20");
const labels = z.record(
  z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, "label keys must be lowercase letters, digits, _ or -, starting with a letter (max 63)"),
  z.string().regex(/^[a-z0-9_-]{0,63}$/, "label values must be lowercase letters, digits, _ or - (max 63)"),
);
const role = z
  .string()
  .regex(/^roles\/[a-zA-Z0-9_.]+$/, "must be a predefined role like roles/cloudsql.client")
  .refine((r) => !(PRIMITIVE_ROLES as readonly string[]).includes(r), "is a basic role (owner/editor/viewer); use predefined roles");
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "must be an RFC 3339 UTC time like 2026-01-06T02:00:00Z");
const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "must be an email address like team@example.com");

export const waiverSchema = z
  .object({
    rule: z.string().refine((id) => RULE_IDS.includes(id), (id) => ({ message: `"${id}" is not a guardrail rule; known rules: ${RULE_IDS.join(", ")}` })),
    /** Construct path glob, e.g. "*\/cluster/*"; omitted = every resource of the stack(s). */
    resource: z.string().min(1).optional(),
    reason: z.string().trim().min(10, "must say why the rule does not apply (at least 10 characters)"),
  })
  .strict();
export type Waiver = z.infer<typeof waiverSchema>;

const armorSchema = z
  .object({
    defaultAction: z.enum(["allow", "deny(403)", "deny(404)"]).default("allow"),
    allowCidrs: z.array(cidr).max(100).default([]),
    denyCidrs: z.array(cidr).max(100).default([]),
    wafRules: z
      .array(
        z
          .object({
            ruleSet: z.enum(WAF_RULE_SETS),
            sensitivity: z.number().int().min(1).max(4).default(1),
            preview: z.boolean().default(false),
          })
          .strict(),
      )
      .default(DEFAULT_WAF_RULES.map((r) => ({ sensitivity: 1, preview: false, ...r }))),
    rateLimit: z
      .object({
        count: z.number().int().min(1).max(1_000_000),
        intervalSec: z
          .number()
          .refine((n): n is RateLimitInterval => (RATE_LIMIT_INTERVALS as readonly number[]).includes(n), `must be one of ${RATE_LIMIT_INTERVALS.join(", ")}`)
          .default(60),
        banDurationSec: z.number().int().min(60).max(86400).optional(),
      })
      .strict()
      .optional(),
    adaptiveProtection: z.boolean().default(true),
  })
  .strict();

const budgetThresholds = z
  .array(
    z
      .object({
        percent: z.number().gt(0, "must be above 0 (0.5 = 50 %)").max(2, "must be at most 2 (200 %)"),
        basis: z.enum(["CURRENT_SPEND", "FORECASTED_SPEND"]).default("CURRENT_SPEND"),
      })
      .strict(),
  )
  .min(1)
  .max(20);
const budgetSchema = z
  .object({
    /** Monthly amount, in the currency of the billing account. */
    amount: z.number().positive("must be a positive amount"),
    currency: z.enum(BUDGET_CURRENCIES).optional(),
    thresholds: budgetThresholds.optional(),
    /** Per-environment amounts that replace `amount`, e.g. { prd: 2000 }. */
    environmentAmounts: z.record(z.number().positive("must be a positive amount")).optional(),
  })
  .strict();

const monitoringComponents = [
  "SYSTEM_COMPONENTS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER", "STORAGE", "HPA", "POD", "DAEMONSET", "DEPLOYMENT", "STATEFULSET",
] as const;

export const platformSchema = z
  .object({
    /** Prefix of every project ID the kit creates, e.g. your company's short name. */
    prefix: z.string().regex(/^[a-z][a-z0-9]{1,9}$/, "must be 2-10 lowercase letters or digits, starting with a letter"),
    organizationId: z.string().regex(/^\d{6,20}$/, "must be the numeric organization ID").optional(),
    billingAccount: z.string().regex(/^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/, "must look like 012345-6789AB-CDEF01"),
    stateBucket: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/, "must be a GCS bucket name (3-63 lowercase letters, digits, -, _ or .)"),
    labels: labels.default({}),
    /** Domain of team Google groups: `new-service --team payments` means payments@<domain>. */
    teamGroupDomain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a domain like example.com").optional(),
    /** Roles a service team's group gets on its own projects. */
    teamRoles: z.array(role).min(1),
    /** Roles a service may request for its workload service account (reviewed allow-list). */
    serviceAccountRoleAllowList: z.array(role).default([]),
    /** Currency of the billing account; budgets are expressed in it. */
    billingCurrency: z.enum(BUDGET_CURRENCIES).default("USD"),
    /** Where budget alerts go: a Pub/Sub topic and/or Cloud Monitoring notification channels. */
    budgetAlerts: z
      .object({
        pubsubTopic: z.string().regex(/^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/topics\/[A-Za-z][\w.~+%-]{2,254}$/, "must look like projects/<project>/topics/<topic>").optional(),
        notificationChannels: z
          .array(z.string().regex(/^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/notificationChannels\/\d+$/, "must look like projects/<project>/notificationChannels/<number>"))
          .max(5)
          .default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type PlatformConfig = z.infer<typeof platformSchema>;

const nodePoolSchema = z
  .object({
    name: dnsLabel("node pool name", 40),
    machineType: z.string().regex(/^[a-z0-9]+-[a-z0-9-]+$/, "must be a machine type like e2-standard-4"),
    minNodes: z.number().int().min(0).max(1000).default(1),
    maxNodes: z.number().int().min(1).max(1000).default(3),
    diskSizeGb: z.number().int().min(10).max(65536).default(100),
    diskType: z.enum(["pd-standard", "pd-balanced", "pd-ssd"]).default("pd-balanced"),
    spot: z.boolean().default(false),
    labels: z.record(z.string()).default({}),
    taints: z
      .array(z.object({ key: z.string().min(1), value: z.string(), effect: z.enum(["NO_SCHEDULE", "PREFER_NO_SCHEDULE", "NO_EXECUTE"]) }).strict())
      .default([]),
    upgrade: z
      .discriminatedUnion("strategy", [
        z.object({ strategy: z.literal("SURGE"), maxSurge: z.number().int().min(0).default(1), maxUnavailable: z.number().int().min(0).default(0) }).strict(),
        z
          .object({
            strategy: z.literal("BLUE_GREEN"),
            batchPercentage: z.number().gt(0).max(1).default(0.25),
            batchSoakDuration: z.string().regex(/^\d+s$/, 'must be seconds like "300s"').default("300s"),
            nodePoolSoakDuration: z.string().regex(/^\d+s$/, 'must be seconds like "1800s"').default("1800s"),
          })
          .strict(),
      ])
      .default({ strategy: "SURGE", maxSurge: 1, maxUnavailable: 0 }),
    zones: z.array(z.string()).optional(),
  })
  .strict()
  .refine((p) => p.minNodes <= p.maxNodes, { message: "minNodes must not exceed maxNodes", path: ["minNodes"] });

export const environmentSchema = z
  .object({
    /** Host project: VPC, cluster, NAT and shared Armor policies live here. */
    projectId: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "must be a GCP project ID: 6-30 lowercase letters, digits or hyphens, starting with a letter"),
    region: z.string().refine(isRegion, (r) => ({ message: `"${r}" is not a Google Cloud region (e.g. europe-west1, us-central1)` })),
    /** Production-like environments get stricter guardrails (HA Redis, deletion protection). */
    productionLike: z.boolean(),
    /** Folder for this environment's service projects (else the organization). */
    folderId: z.string().regex(/^\d{6,20}$/, "must be the numeric folder ID").optional(),
    labels: labels.default({}),
    network: z
      .object({
        subnetCidr: cidr,
        podsCidr: cidr,
        servicesCidr: cidr,
        masterCidr: cidr,
        privateServiceAccessCidr: cidr,
        flowLogs: z.union([z.literal(false), z.object({ sampling: z.number().gt(0).max(1).default(0.5) }).strict()]).default({ sampling: 0.5 }),
      })
      .strict(),
    cluster: z
      .object({
        releaseChannel: z.enum(["RAPID", "REGULAR", "STABLE", "EXTENDED"]).default("REGULAR"),
        /** No public IP on the control plane; operators and CI use the DNS endpoint. @default true */
        privateEndpoint: z.boolean().default(true),
        /** DNS-based control-plane endpoint, authorized by IAM. @default true */
        dnsEndpoint: z.boolean().default(true),
        /** Ranges allowed to the IP endpoint; required while the public IP endpoint is on. @default none */
        authorizedNetworks: z.array(z.object({ name: z.string().min(1), cidr }).strict()).default([]),
        /** Cloud KMS key for node boot disks (CMEK). @default Google-managed encryption */
        bootDiskEncryptionKey: z.string().regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>").optional(),
        dataplaneV2: z.boolean().default(true),
        binaryAuthorization: z.boolean().default(false),
        deletionProtection: z.boolean().default(true),
        rbacSecurityGroup: email.optional(),
        /** Cloud KMS key for application-layer encryption of Kubernetes Secrets. */
        secretsEncryptionKey: z.string().regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>").optional(),
        maintenanceWindow: z.object({ startTime: rfc3339, endTime: rfc3339, recurrence: z.string().min(5) }).strict().optional(),
        maintenanceExclusions: z
          .array(
            z
              .object({
                name: z.string().min(1),
                startTime: rfc3339,
                endTime: rfc3339,
                scope: z.enum(["NO_UPGRADES", "NO_MINOR_UPGRADES", "NO_MINOR_OR_NODE_UPGRADES"]).default("NO_UPGRADES"),
              })
              .strict(),
          )
          .default([]),
        nodePools: z.array(nodePoolSchema).min(1, "must define at least one node pool"),
        /** Upgrade and security notifications to a Pub/Sub topic the platform stack creates. */
        notifications: z
          .object({
            enabled: z.boolean().default(true),
            events: z.array(z.enum(["UPGRADE_AVAILABLE_EVENT", "UPGRADE_EVENT", "SECURITY_BULLETIN_EVENT", "UPGRADE_INFO_EVENT"])).min(1).optional(),
          })
          .strict()
          .default({}),
        /** Backup for GKE. @default on in production-like environments */
        backup: z
          .object({
            enabled: z.boolean().optional(),
            schedule: z.string().regex(/^(\S+\s+){4}\S+$/, 'must be a 5-field cron expression like "0 2 * * *"').default("0 2 * * *"),
            retainDays: z.number().int().min(1).max(365).default(30),
            deleteLockDays: z.number().int().min(0).max(90).default(7),
            namespaces: z.array(z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be a Kubernetes namespace name")).min(1).optional(),
            includeVolumeData: z.boolean().default(true),
            includeSecrets: z.boolean().default(true),
          })
          .strict()
          .refine((b) => b.deleteLockDays <= b.retainDays, { message: "must not exceed retainDays", path: ["deleteLockDays"] })
          .optional(),
        /** Logging, monitoring and Managed Prometheus. @default lean in dev, full in production-like */
        observability: z
          .object({
            loggingComponents: z.array(z.enum(["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"])).optional(),
            monitoringComponents: z.array(z.enum(monitoringComponents)).optional(),
            managedPrometheus: z.boolean().optional(),
          })
          .strict()
          .optional(),
        /** Security posture dashboard and workload vulnerability scanning. */
        securityPosture: z
          .object({
            mode: z.enum(["DISABLED", "BASIC", "ENTERPRISE"]).optional(),
            vulnerabilityMode: z.enum(["VULNERABILITY_DISABLED", "VULNERABILITY_BASIC", "VULNERABILITY_ENTERPRISE"]).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    /** Default monthly budget of each service project in this environment. */
    budget: budgetSchema.optional(),
    nat: z.object({ staticIpCount: z.number().int().min(0).max(300).default(2), minPortsPerVm: z.number().int().min(64).max(65536).default(1024) }).strict().default({}),
    /** Shared baseline Cloud Armor policy for the environment's ingresses. */
    armor: armorSchema.optional(),
    waivers: z.array(waiverSchema).default([]),
  })
  .strict();
export type EnvironmentConfig = z.infer<typeof environmentSchema> & { readonly name: string; readonly file: string };

export const serviceSchema = z
  .object({
    name: dnsLabel("service name", 20).refine((n) => n.length >= 3, "must be at least 3 characters"),
    team: dnsLabel("team name", 30),
    teamGroup: email,
    costCenter: z.string().regex(/^[a-z0-9_-]{1,63}$/, "must be a label value: lowercase letters, digits, _ or -"),
    environments: z.array(z.string()).min(1, "must list at least one environment"),
    namespace: dnsLabel("Kubernetes namespace", 63).optional(),
    kubernetesServiceAccount: dnsLabel("Kubernetes service account name", 63).optional(),
    apis: z.array(z.string().regex(/^[a-z0-9-]+\.googleapis\.com$/, "must be a service name like sqladmin.googleapis.com")).default([]),
    serviceAccountRoles: z.array(role).default([]),
    redis: z
      .object({
        memorySizeGb: z.number().int().min(1).max(300).default(1),
        tier: z.enum(["BASIC", "STANDARD_HA"]).optional(),
        version: z.enum(["REDIS_6_X", "REDIS_7_0", "REDIS_7_2"]).default("REDIS_7_2"),
      })
      .strict()
      .optional(),
    armor: armorSchema.optional(),
    /** Monthly budget per environment; `false` opts out of the environment's default. */
    budget: z.union([z.literal(false), budgetSchema]).optional(),
    waivers: z.array(waiverSchema).default([]),
  })
  .strict();
export type ServiceConfig = z.infer<typeof serviceSchema> & { readonly file: string };
