import { Construct } from "constructs";
import { GcsBackend, LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { GoogleProvider } from "../.gen/providers/google/provider";
import { StorageBucket } from "../.gen/providers/google/storage-bucket";
import { StorageBucketIamMember } from "../.gen/providers/google/storage-bucket-iam-member";
import { ServiceAccount } from "../.gen/providers/google/service-account";
import { ServiceAccountIamMember } from "../.gen/providers/google/service-account-iam-member";
import { IamWorkloadIdentityPool } from "../.gen/providers/google/iam-workload-identity-pool";
import { IamWorkloadIdentityPoolProvider } from "../.gen/providers/google/iam-workload-identity-pool-provider";
import { ProjectService } from "../.gen/providers/google/project-service";
import { ProjectIamMember } from "../.gen/providers/google/project-iam-member";
import { FolderIamMember } from "../.gen/providers/google/folder-iam-member";
import { BillingAccountIamMember } from "../.gen/providers/google/billing-account-iam-member";
import { PubsubTopicIamMember } from "../.gen/providers/google/pubsub-topic-iam-member";
import { OrganizationIamCustomRole } from "../.gen/providers/google/organization-iam-custom-role";
import { DataGoogleStorageProjectServiceAccount } from "../.gen/providers/google/data-google-storage-project-service-account";
import { KmsCryptoKeyIamMember } from "../.gen/providers/google/kms-crypto-key-iam-member";
import {
  BootstrapConfig,
  CI_GRANTS,
  CI_IDENTITIES,
  CiGrant,
  CiIdentity,
  ExtraRole,
  REDIS_AUTH_READER,
} from "./bootstrap-schema";
import { EnvironmentConfig, PlatformConfig } from "../lib/config/schema";
import { GITHUB_OIDC, grantableRolesCondition, REFRESH_READS_SECRETS } from "../lib/gcp/ci";
import { DELIVERY_ROLES, RELEASE_ATTRIBUTE } from "../lib/gcp/delivery";
import { MULTI_CLUSTER_ROLES } from "../lib/gcp/fleet";
import { naming } from "../lib/naming";
import { githubEnvironments } from "../lib/github-environments";
import { NODE_ROLES, NODE_SA_DISPLAY_NAME } from "../constructs/node-service-account";
import { auditStateAndRegistries } from "./state-audit";

export interface BootstrapStackProps {
  readonly platform: PlatformConfig;
  readonly environments: readonly EnvironmentConfig[];
  readonly bootstrap: BootstrapConfig;
  /** Local state file, used until `state.bootstrapStateInBucket` moves the state to the admin bucket. */
  readonly stateFile: string;
}

/** APIs the CI identities call with the bootstrap project as quota project. */
const BOOTSTRAP_APIS = [
  "iam.googleapis.com",
  "iamcredentials.googleapis.com",
  "sts.googleapis.com",
  "storage.googleapis.com",
  "cloudresourcemanager.googleapis.com",
  "serviceusage.googleapis.com",
  "cloudbilling.googleapis.com",
  "billingbudgets.googleapis.com",
];

/** GitHub Environment variables the workflows read (docs/ci.md). */
export const GITHUB_VARIABLES = [
  "GCP_WORKLOAD_IDENTITY_PROVIDER",
  "GCP_PLAN_SERVICE_ACCOUNT",
  "GCP_DEPLOY_SERVICE_ACCOUNT",
  "GCP_FACTORY_SERVICE_ACCOUNT",
  "TF_STATE_BUCKET",
] as const;

/**
 * The custom attribute every identity binding matches: the job's GitHub Environment and the
 * workflow file that defines the job, e.g. `prd:acme/kit/.github/workflows/deploy-env.yml@refs/heads/main`.
 * One attribute holds both because a principalSet matches a single attribute value. The
 * bound value contains exactly one ':' (owner, repository and ref names cannot contain one),
 * so no other environment/workflow pair concatenates to it.
 */
export const ENV_WORKFLOW_ATTRIBUTE = "env_workflow";

const slug = (text: string) => text.replace(/^roles\//, "").replace(/[^a-zA-Z0-9]+/g, "-");

/** The conditions of IAM admin roles that may grant only some roles (CiGrant.grantsOnly). */
const GRANTS_ONLY = {
  nodeServiceAccountRoles: {
    title: "grants node and fleet agent roles only",
    description: "May grant and revoke the node roles and the multi-cluster agents' roles, nothing else.",
    expression: grantableRolesCondition([...NODE_ROLES, ...MULTI_CLUSTER_ROLES]),
  },
  deliveryClusterRoles: {
    title: "grants delivery cluster viewer only",
    description:
      "May grant and revoke roles/container.clusterViewer (services' Cloud Deploy execution identities), nothing else.",
    expression: grantableRolesCondition([DELIVERY_ROLES.clusterViewer]),
  },
} as const;

/** Where an environment's grants go. */
interface GrantTargets {
  readonly env: EnvironmentConfig;
  readonly platform: PlatformConfig;
  readonly stateBucket: StorageBucket;
  readonly nodeServiceAccount: ServiceAccount;
  /** Name of the Redis AUTH reader role; grants of it are skipped without one. */
  readonly redisAuthReader?: string;
}

/** One environment's CI resources. */
export interface CiEnvironment {
  readonly stateBucket: StorageBucket;
  readonly identities: Readonly<Record<CiIdentity, ServiceAccount>>;
  readonly nodeServiceAccount: ServiceAccount;
}

/**
 * One-time setup for CI, applied by an administrator: per environment a state bucket, a
 * read-only plan identity, a platform deploy identity and a project-factory identity, each
 * usable only by one GitHub Environment running one workflow file from the protected
 * branch; Workload Identity Federation pinned to the repository's numeric IDs, so GitHub
 * Actions never holds a key.
 */
export class BootstrapStack extends TerraformStack {
  public readonly identityProvider: IamWorkloadIdentityPoolProvider;
  public readonly adminStateBucket: StorageBucket;
  public readonly environments: Readonly<Record<string, CiEnvironment>>;
  private readonly config: BootstrapConfig;
  private readonly labels: Record<string, string>;
  private readonly apis: ProjectService[];
  private readonly kmsGrant?: KmsCryptoKeyIamMember;

  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    super(scope, id);
    const { platform, bootstrap: b } = props;
    this.config = b;
    this.labels = { ...platform.labels, "managed-by": "cdktf", component: "ci-bootstrap" };
    const project = b.projectId;
    if (b.state.bootstrapStateInBucket) {
      new GcsBackend(this, { bucket: naming.bootstrapStateBucket(platform.stateBucket), prefix: "bootstrap" });
    } else {
      new LocalBackend(this, { path: props.stateFile });
    }
    new GoogleProvider(this, "google", { project, region: b.region });

    this.apis = BOOTSTRAP_APIS.map(
      (api) => new ProjectService(this, `api-${slug(api)}`, { project, service: api, disableOnDestroy: false }),
    );
    this.kmsGrant = this.stateKeyGrant();
    // The bootstrap's own state: no CI identity is granted anything on this bucket.
    this.adminStateBucket = this.bucket(
      "bootstrap-state",
      naming.bootstrapStateBucket(platform.stateBucket),
      "bootstrap",
    );

    const pool = this.workloadIdentityPool();
    this.identityProvider = this.githubProvider(pool);
    this.teamsProvider(project, pool, b.github.ownerId);

    const redisAuthReader = this.redisAuthReader(platform);
    const environments: Record<string, CiEnvironment> = {};
    const outputs: Record<string, Record<(typeof GITHUB_VARIABLES)[number], string>> = {};
    for (const env of props.environments) {
      const ci = this.environment(env, pool.name, platform, redisAuthReader?.name);
      environments[env.name] = ci;
      outputs[env.name] = {
        GCP_WORKLOAD_IDENTITY_PROVIDER: this.identityProvider.name,
        GCP_PLAN_SERVICE_ACCOUNT: ci.identities.plan.email,
        GCP_DEPLOY_SERVICE_ACCOUNT: ci.identities.deploy.email,
        GCP_FACTORY_SERVICE_ACCOUNT: ci.identities.factory.email,
        TF_STATE_BUCKET: ci.stateBucket.name,
      };
    }
    this.environments = environments;
    auditStateAndRegistries(this, { platform, project, apis: this.apis, environments });

    this.outputs(outputs);
  }

  /** Cloud Storage encrypts the state with the key as its service agent, which needs the key first. */
  private stateKeyGrant(): KmsCryptoKeyIamMember | undefined {
    const b = this.config;
    if (!b.state.kmsKeyName) return undefined;
    const agent = new DataGoogleStorageProjectServiceAccount(this, "gcs-agent", { project: b.projectId });
    return new KmsCryptoKeyIamMember(this, "gcs-agent-kms", {
      cryptoKeyId: b.state.kmsKeyName,
      role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
      member: agent.member,
    });
  }

  private workloadIdentityPool(): IamWorkloadIdentityPool {
    const b = this.config;
    const project = b.projectId;
    return new IamWorkloadIdentityPool(this, "wif-pool", {
      project,
      workloadIdentityPoolId: b.workloadIdentity.poolId,
      displayName: "GitHub Actions",
      description: `GitHub Actions of ${b.github.repository}`,
      dependsOn: this.apis,
    });
  }

  /** GitHub's OIDC issuer, accepted for this repository only. */
  private githubProvider(pool: IamWorkloadIdentityPool): IamWorkloadIdentityPoolProvider {
    const b = this.config;
    const project = b.projectId;
    return new IamWorkloadIdentityPoolProvider(this, "wif-provider", {
      project,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: b.workloadIdentity.providerId,
      displayName: "GitHub OIDC",
      attributeMapping: {
        "google.subject": "assertion.sub",
        "attribute.repository_id": "assertion.repository_id",
        "attribute.repository_owner_id": "assertion.repository_owner_id",
        "attribute.environment": "assertion.environment",
        "attribute.job_workflow_ref": "assertion.job_workflow_ref",
        [`attribute.${ENV_WORKFLOW_ATTRIBUTE}`]: "assertion.environment + ':' + assertion.job_workflow_ref",
      },
      // Every repository on GitHub gets tokens from the same issuer: accept this one only,
      // by the IDs GitHub never reuses.
      attributeCondition: `assertion.repository_id == '${b.github.repositoryId}' && assertion.repository_owner_id == '${b.github.ownerId}'`,
      oidc: { issuerUri: GITHUB_OIDC.issuer },
    });
  }

  /**
   * Service teams' release workflows (their own repositories in the organization): a second
   * provider of the same pool that maps only the attribute release identities are bound on
   * (lib/gcp/delivery.ts RELEASE_ATTRIBUTE), so no kit CI binding matches its tokens.
   */
  private teamsProvider(project: string, pool: IamWorkloadIdentityPool, ownerId: string): void {
    const teams = new IamWorkloadIdentityPoolProvider(this, "wif-teams-provider", {
      project,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: "teams",
      displayName: "GitHub OIDC: team releases",
      attributeMapping: {
        "google.subject": "assertion.sub",
        [`attribute.${RELEASE_ATTRIBUTE}`]: "assertion.repository_id + ':' + assertion.job_workflow_ref",
      },
      attributeCondition: `assertion.repository_owner_id == '${ownerId}'`,
      oidc: { issuerUri: GITHUB_OIDC.issuer },
    });
    new TerraformOutput(this, "delivery_pool", {
      value: pool.name,
      description: "config/platform.yaml delivery.workloadIdentityPool",
    });
    new TerraformOutput(this, "delivery_provider", {
      value: teams.name,
      description: "workload_identity_provider of google-github-actions/auth in the teams' release workflows",
    });
  }

  /** The organization custom role plan identities refresh AUTH-enabled Redis instances with. */
  private redisAuthReader(platform: PlatformConfig): OrganizationIamCustomRole | undefined {
    const b = this.config;
    return platform.organizationId
      ? new OrganizationIamCustomRole(this, "redis-auth-reader", {
          orgId: platform.organizationId,
          roleId: naming.redisAuthReaderRole(b.serviceAccountPrefix),
          title: "Refresh AUTH-enabled Redis instances",
          description:
            "Terraform's refresh of google_redis_instance reads the AUTH string; granted to CI plan identities.",
          permissions: [...REFRESH_READS_SECRETS.redisReadPermissions],
        })
      : undefined;
  }

  private outputs(perEnvironment: Record<string, Record<(typeof GITHUB_VARIABLES)[number], string>>): void {
    new TerraformOutput(this, "workload_identity_provider", { value: this.identityProvider.name });
    new TerraformOutput(this, "github_environment_variables", {
      value: perEnvironment,
      description: `Per environment <env>: the variables of GitHub Environments <env>-plan and <env> (${GITHUB_VARIABLES.join(", ")})`,
    });
    new TerraformOutput(this, "bootstrap_state_bucket", { value: this.adminStateBucket.name });
  }

  /** State bucket, identities, their Workload Identity bindings and grants for one environment. */
  private environment(
    env: EnvironmentConfig,
    poolName: string,
    platform: PlatformConfig,
    redisAuthReader?: string,
  ): CiEnvironment {
    const b = this.config;
    const stateBucket = this.bucket(`${env.name}-state`, naming.stateBucket(platform.stateBucket, env.name), env.name);
    const identities = this.identities(env);
    this.bindWorkflows(env, identities, poolName);
    // IAM Conditions cannot narrow a project-level role to one service account
    // (iam.googleapis.com has no resource attributes), so the deploy identity gets actAs on
    // the node service account itself. The account is created here, where an administrator
    // can grant on it; the platform stack adopts it (create_ignore_already_exists).
    const nodeServiceAccount = new ServiceAccount(this, `${env.name}-node-sa`, {
      project: env.projectId,
      accountId: naming.nodeServiceAccount(env.name),
      displayName: NODE_SA_DISPLAY_NAME,
      createIgnoreAlreadyExists: true,
      lifecycle: { preventDestroy: true, ignoreChanges: ["display_name", "description"] },
    });

    const where = { env, platform, stateBucket, nodeServiceAccount, redisAuthReader };
    for (const grant of [...CI_GRANTS, ...b.extraRoles]) this.grant(grant, identities[grant.identity].member, where);
    return { stateBucket, identities, nodeServiceAccount };
  }

  /** The environment's plan, deploy and factory identities, each saying what it is for. */
  private identities(env: EnvironmentConfig): Record<CiIdentity, ServiceAccount> {
    const b = this.config;
    const purpose: Record<CiIdentity, string> = {
      plan: `Plans and drift checks of ${env.name} (GitHub Environments ${githubEnvironments(env)
        .filter((e) => e.identities.includes("plan"))
        .map((e) => e.name)
        .join(", ")}); read-only, no secret payloads.`,
      deploy: `Deploys of ${env.name}'s platform stack (GitHub Environment ${naming.githubEnvironment(env.name, "deploy")}).`,
      factory: `Deploys of ${env.name}'s service stacks: projects, billing, Shared VPC (GitHub Environment ${naming.githubEnvironment(env.name, "deploy")}).`,
    };
    return Object.fromEntries(
      CI_IDENTITIES.map((who) => [
        who,
        new ServiceAccount(this, `${env.name}-${who}-sa`, {
          project: b.projectId,
          accountId: naming.ciServiceAccount(b.serviceAccountPrefix, who, env.name),
          displayName: `gke-kit CI ${who} ${env.name}`,
          description: purpose[who],
          dependsOn: this.apis,
        }),
      ]),
    ) as Record<CiIdentity, ServiceAccount>;
  }

  /** Workload Identity Federation bindings: who may act as each identity. */
  private bindWorkflows(
    env: EnvironmentConfig,
    identities: Record<CiIdentity, ServiceAccount>,
    poolName: string,
  ): void {
    const b = this.config;
    // A job gets an identity only when it runs in one of the identity's GitHub Environments
    // AND its workflow file is the reusable workflow at the protected ref: a branch cannot
    // mint tokens by editing a workflow, and an unprotected environment cannot reach deploys.
    const files = { plan: b.github.planWorkflow, deploy: b.github.deployWorkflow };
    for (const target of githubEnvironments(env)) {
      for (const who of target.identities) {
        const ref = GITHUB_OIDC.jobWorkflowRef(b.github.repository, files[target.workflow!], b.github.workflowRef);
        new ServiceAccountIamMember(this, `${env.name}-${who}-wif${target.purpose === "drift" ? "-drift" : ""}`, {
          serviceAccountId: identities[who].name,
          role: "roles/iam.workloadIdentityUser",
          member: `principalSet://iam.googleapis.com/${poolName}/attribute.${ENV_WORKFLOW_ATTRIBUTE}/${target.name}:${ref}`,
        });
      }
    }
  }

  /** One role of one identity, on the resource its scope names. */
  private grant(grant: CiGrant | ExtraRole, member: string, where: GrantTargets): void {
    const { env, platform, stateBucket, nodeServiceAccount } = where;
    const role = grant.role === REDIS_AUTH_READER ? where.redisAuthReader : grant.role;
    if (!role) return;
    const cid = `${env.name}-${grant.identity}-${grant.scope}-${slug(grant.role)}`;
    const condition = "grantsOnly" in grant && grant.grantsOnly ? GRANTS_ONLY[grant.grantsOnly] : undefined;
    switch (grant.scope) {
      case "stateBucket":
        new StorageBucketIamMember(this, cid, { bucket: stateBucket.name, role, member });
        break;
      case "billingAccount":
        new BillingAccountIamMember(this, cid, { billingAccountId: platform.billingAccount, role, member });
        break;
      case "folder":
        // validateBootstrap requires a folder per environment: no CI identity holds roles on the organization.
        new FolderIamMember(this, cid, { folder: `folders/${env.folderId}`, role, member });
        break;
      case "hostProject":
        new ProjectIamMember(this, cid, { project: env.projectId, role, member, condition });
        break;
      case "nodeServiceAccount":
        new ServiceAccountIamMember(this, cid, { serviceAccountId: nodeServiceAccount.name, role, member });
        break;
      case "budgetTopic": {
        const topic = platform.budgetAlerts?.pubsubTopic;
        if (topic) new PubsubTopicIamMember(this, cid, { project: topic.split("/")[1], topic, role, member });
        break;
      }
    }
  }

  /** A state bucket: versioned, time-limited old versions, soft delete, uniform access, never public, optional CMEK. */
  private bucket(id: string, name: string, environment: string): StorageBucket {
    const s = this.config.state;
    return new StorageBucket(this, id, {
      project: this.config.projectId,
      name,
      location: this.config.stateBucketLocation,
      labels: { ...this.labels, environment },
      versioning: { enabled: true },
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      lifecycleRule: [{ condition: { daysSinceNoncurrentTime: s.noncurrentVersionDays }, action: { type: "Delete" } }],
      softDeletePolicy: { retentionDurationSeconds: s.softDeleteDays * 86400 },
      encryption: s.kmsKeyName ? { defaultKmsKeyName: s.kmsKeyName } : undefined,
      forceDestroy: false,
      lifecycle: { preventDestroy: true },
      dependsOn: [...this.apis, ...(this.kmsGrant ? [this.kmsGrant] : [])],
    });
  }
}
