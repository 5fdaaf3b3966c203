import { schemaModeline } from "../schema-files";

/** What `npm run init` makes the estate from (flags, checked for form before this runs). */
export interface InitAnswers {
  readonly orgId: string;
  readonly billingAccount: string;
  readonly domain: string;
  readonly prefix: string;
  readonly repository: string;
  readonly repositoryId: string;
  readonly ownerId: string;
  readonly region: string;
  /** In promotion order. */
  readonly environments: readonly string[];
  readonly production: readonly string[];
  readonly folders: Readonly<Record<string, string>>;
  /** Project of the KMS keys production environments encrypt Secrets and backups with. */
  readonly kmsProject?: string;
  readonly ciProject: string;
  readonly stateBucket: string;
  readonly registry: string;
  readonly owners: string;
}

const file = (path: string, lines: string[]) => [path, `${schemaModeline(path)}\n${lines.join("\n")}\n`] as const;

function platformYaml(a: InitAnswers): readonly [string, string] {
  return file("config/platform.yaml", [
    "# Settings shared by every environment (written by npm run init). Every key is documented",
    "# in lib/config/schema.ts (platformSchema) and docs/configuration.md.",
    "# Prefix of every project ID the kit creates: <prefix>-<service>-<env>.",
    `prefix: ${a.prefix}`,
    "# Service projects are created under the environment's folderId, else under this organization.",
    `organizationId: "${a.orgId}"`,
    `billingAccount: ${a.billingAccount}`,
    "# Environment <env> keeps one state per stack in <stateBucket>-<env> (created by the bootstrap).",
    `stateBucket: ${a.stateBucket}`,
    "labels:",
    "  owner: platform-team",
    "# `npm run new-service -- x --team t` gives the team group t@<teamGroupDomain>.",
    `teamGroupDomain: ${a.domain}`,
    "# Binary Authorization admits images from these registries without attestation.",
    "trustedImageRegistries:",
    `  - ${a.registry}`,
    "# Environments with production protections, declared here only.",
    `productionEnvironments: [${a.production.join(", ")}]`,
    "# Promotion chain: a merge deploys each environment after the previous one (production last).",
    "# The deploy workflow is generated from it: after changing it, run `npm run docs`.",
    `promotion: [${a.environments.join(", ")}]`,
    "# Roles a service team's Google group gets on its own projects (never basic roles).",
    "teamRoles:",
    ...["logging.viewer", "monitoring.viewer", "cloudtrace.user", "errorreporting.viewer"].map((r) => `  - roles/${r}`),
    "billingCurrency: EUR",
    "# Roles a service may ask for on its workload service account (a platform-team review decision).",
    "serviceAccountRoleAllowList:",
    ...[
      "cloudsql.client",
      "cloudtrace.agent",
      "monitoring.metricWriter",
      "logging.logWriter",
      "pubsub.publisher",
      "pubsub.subscriber",
      "storage.objectViewer",
      "storage.objectCreator",
      "secretmanager.secretAccessor",
    ].map((r) => `  - roles/${r}`),
  ]);
}

function bootstrapYaml(a: InitAnswers): readonly [string, string] {
  return file("config/bootstrap.yaml", [
    "# One-time CI setup, applied by an administrator (docs/ci.md, Bootstrap); written by npm run init.",
    "# Existing project for the state buckets, the CI service accounts and the Workload Identity pool.",
    `projectId: ${a.ciProject}`,
    `region: ${a.region}`,
    "# Location of the state buckets: a region or a multi-region such as EU.",
    `stateBucketLocation: ${a.region}`,
    "github:",
    `  repository: ${a.repository}`,
    `  # Numeric IDs, which GitHub never reuses: gh api repos/${a.repository} --jq '.id, .owner.id'`,
    `  repositoryId: "${a.repositoryId}"`,
    `  ownerId: "${a.ownerId}"`,
    "extraRoles: []",
  ]);
}

/** Non-overlapping ranges per environment: its own /20s and a /14 for pods in 10.<16(i+1)>.0.0/12. */
function ranges(i: number): Record<string, string> {
  const b = 16 * (i + 1);
  return {
    subnetCidr: `10.${b}.0.0/20`,
    podsCidr: `10.${b + 4}.0.0/14`,
    servicesCidr: `10.${b + 8}.0.0/20`,
    masterCidr: `172.16.0.${16 * i}/28`,
    privateServiceAccessCidr: `10.${b + 9}.0.0/20`,
  };
}

function environmentYaml(a: InitAnswers, env: string, i: number): readonly [string, string] {
  const production = a.production.includes(env);
  const key = (purpose: string) =>
    `projects/${a.kmsProject}/locations/${a.region}/keyRings/gke/cryptoKeys/${env}-${purpose}`;
  return file(`config/environments/${env}.yaml`, [
    `# ${env}${production ? ": production (listed in productionEnvironments of config/platform.yaml)" : ""}; written by npm run init.`,
    `projectId: ${a.prefix}-gke-${env}`,
    `region: ${a.region}`,
    `folderId: "${a.folders[env]}"`,
    "labels:",
    `  cost-center: platform-${env}`,
    "network:",
    ...Object.entries(ranges(i)).map(([k, v]) => `  ${k}: ${v}`),
    "cluster:",
    `  releaseChannel: ${production ? "STABLE" : "REGULAR"}`,
    `  rbacSecurityGroup: gke-security-groups@${a.domain}`,
    ...(production
      ? [
          "  # Create these keys before the first deploy (the GKE and Backup for GKE service agents need encrypt/decrypt).",
          `  secretsEncryptionKey: ${key("secrets")}`,
          "  binaryAuthorization: true",
          "  backup:",
          `    encryptionKey: ${key("backups")}`,
        ]
      : ["  binaryAuthorization:", "    dryRun: true"]),
    "  # minNodes/maxNodes count per zone: a regional cluster has them in each of its zones.",
    "  nodePools:",
    "    - name: general",
    "      machineType: e2-standard-4",
    `      minNodes: 1`,
    `      maxNodes: ${production ? 5 : 3}`,
    "budget:",
    `  amount: ${production ? 1000 : 200}`,
    "nat:",
    `  staticIpCount: ${production ? 2 : 1}`,
    ...(production
      ? ["waivers: []"]
      : [
          "waivers:",
          "  - rule: GKE022",
          `    reason: ${env} holds no production secrets; a KMS key per non-production cluster is not worth its cost.`,
        ]),
  ]);
}

const APPROVALS = `# Approvals for changes the plan guard blocks (docs/ci.md). An entry approves ONE action on
# ONE address of ONE plan digest. Code owners review every change to this file.
approvals: []
`;

const CODEOWNERS = (
  owners: string,
) => `# Every file here decides what reaches production: every change needs a code owner's review
# (the default branch's ruleset requires it; docs/ci.md, Repository rules). Written by npm run init.
*                                  ${owners}
`;

/** Every file of the estate `npm run init` writes (repository-relative path -> text). */
export function estateFiles(a: InitAnswers): Map<string, string> {
  return new Map([
    platformYaml(a),
    bootstrapYaml(a),
    ...a.environments.map((env, i) => environmentYaml(a, env, i)),
    ["approvals/destroy.yaml", APPROVALS],
    [".github/CODEOWNERS", CODEOWNERS(a.owners)],
  ]);
}
