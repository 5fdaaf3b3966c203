import { Construct } from "constructs";
import { LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { StorageBucketIamMember } from "@cdktf/provider-google/lib/storage-bucket-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import { IamWorkloadIdentityPool } from "@cdktf/provider-google/lib/iam-workload-identity-pool";
import { IamWorkloadIdentityPoolProvider } from "@cdktf/provider-google/lib/iam-workload-identity-pool-provider";
import { ProjectService } from "@cdktf/provider-google/lib/project-service";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { FolderIamMember } from "@cdktf/provider-google/lib/folder-iam-member";
import { OrganizationIamMember } from "@cdktf/provider-google/lib/organization-iam-member";
import { BillingAccountIamMember } from "@cdktf/provider-google/lib/billing-account-iam-member";
import { BootstrapConfig } from "../lib/config/bootstrap-schema";
import { EnvironmentConfig, PlatformConfig } from "../lib/config/schema";

export interface BootstrapStackProps {
  readonly platform: PlatformConfig;
  readonly environments: readonly EnvironmentConfig[];
  readonly bootstrap: BootstrapConfig;
  /** Local state file: the stack creates the bucket, so its own state cannot start there. */
  readonly stateFile: string;
}

/** GitHub's OIDC token issuer. */
const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

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

const slug = (text: string) => text.replace(/^roles\//, "").replace(/[^a-zA-Z0-9]+/g, "-");

/** Where service projects are created: each environment's folder, else the organization. */
function serviceProjectParents(props: BootstrapStackProps): { kind: "folder" | "org"; id: string }[] {
  const parents = new Map<string, { kind: "folder" | "org"; id: string }>();
  for (const env of props.environments) {
    const parent = env.folderId
      ? { kind: "folder" as const, id: env.folderId }
      : props.platform.organizationId
        ? { kind: "org" as const, id: props.platform.organizationId }
        : undefined;
    if (parent) parents.set(`${parent.kind}/${parent.id}`, parent);
  }
  return [...parents.values()];
}

/**
 * One-time setup for CI, applied by hand with local state: the GCS state bucket, a
 * read-only plan identity for pull requests, a deploy identity only the deploy branch can
 * use, and Workload Identity Federation so GitHub Actions never holds a key.
 */
export class BootstrapStack extends TerraformStack {
  public readonly stateBucket: StorageBucket;
  public readonly planServiceAccount: ServiceAccount;
  public readonly deployServiceAccount: ServiceAccount;
  public readonly identityProvider: IamWorkloadIdentityPoolProvider;

  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    super(scope, id);
    const { platform, bootstrap: b } = props;
    const project = b.projectId;
    new LocalBackend(this, { path: props.stateFile });
    new GoogleProvider(this, "google", { project, region: b.region });

    const apis = BOOTSTRAP_APIS.map(
      (api) => new ProjectService(this, `api-${slug(api)}`, { project, service: api, disableOnDestroy: false }),
    );

    this.stateBucket = new StorageBucket(this, "state-bucket", {
      name: platform.stateBucket,
      location: b.stateBucketLocation,
      labels: { ...platform.labels, "managed-by": "cdktf", component: "ci-bootstrap" },
      versioning: { enabled: true },
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      // A noncurrent version with N newer versions is the (N-1)th oldest kept: N+1 keeps N.
      lifecycleRule: [
        { condition: { numNewerVersions: b.noncurrentStateVersions + 1, withState: "ARCHIVED" }, action: { type: "Delete" } },
      ],
      forceDestroy: false,
      lifecycle: { preventDestroy: true },
      dependsOn: apis,
    });

    this.planServiceAccount = new ServiceAccount(this, "plan-sa", {
      project,
      accountId: b.serviceAccounts.plan,
      displayName: "gke-kit CI plan (read-only)",
      description: `Pull-request plans of ${b.github.repository}; read-only.`,
    });
    this.deployServiceAccount = new ServiceAccount(this, "deploy-sa", {
      project,
      accountId: b.serviceAccounts.deploy,
      displayName: "gke-kit CI deploy",
      description: `Deploys of ${b.github.repository} from ${b.github.deployRef}.`,
    });

    const pool = new IamWorkloadIdentityPool(this, "wif-pool", {
      project,
      workloadIdentityPoolId: b.workloadIdentity.poolId,
      displayName: "GitHub Actions",
      description: `GitHub Actions of ${b.github.repository}`,
      dependsOn: apis,
    });
    this.identityProvider = new IamWorkloadIdentityPoolProvider(this, "wif-provider", {
      project,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: b.workloadIdentity.providerId,
      displayName: "GitHub OIDC",
      attributeMapping: {
        "google.subject": "assertion.sub",
        "attribute.repository": "assertion.repository",
        "attribute.ref": "assertion.ref",
        "attribute.actor": "assertion.actor",
      },
      // Any GitHub repository can mint tokens for this issuer; only this one is accepted.
      attributeCondition: `assertion.repository == "${b.github.repository}"`,
      oidc: { issuerUri: GITHUB_ISSUER },
    });

    // Pull-request runs execute the branch's code, so they get only the read-only identity;
    // the deploy identity is bound to the deploy branch's OIDC subject alone.
    const deploySubject = b.github.deploySubject ?? `repo:${b.github.repository}:ref:${b.github.deployRef}`;
    new ServiceAccountIamMember(this, "plan-sa-wif", {
      serviceAccountId: this.planServiceAccount.name,
      role: "roles/iam.workloadIdentityUser",
      member: `principalSet://iam.googleapis.com/${pool.name}/attribute.repository/${b.github.repository}`,
    });
    new ServiceAccountIamMember(this, "deploy-sa-wif", {
      serviceAccountId: this.deployServiceAccount.name,
      role: "roles/iam.workloadIdentityUser",
      member: `principal://iam.googleapis.com/${pool.name}/subject/${deploySubject}`,
    });

    this.grantRoles("deploy", this.deployServiceAccount, b.roles.deploy, props);
    this.grantRoles("plan", this.planServiceAccount, b.roles.plan, props);

    new TerraformOutput(this, "workload_identity_provider", {
      value: this.identityProvider.name,
      description: "Repository variable GCP_WORKLOAD_IDENTITY_PROVIDER",
    });
    new TerraformOutput(this, "plan_service_account", { value: this.planServiceAccount.email, description: "Repository variable GCP_PLAN_SERVICE_ACCOUNT" });
    new TerraformOutput(this, "deploy_service_account", { value: this.deployServiceAccount.email, description: "Repository variable GCP_DEPLOY_SERVICE_ACCOUNT" });
    new TerraformOutput(this, "state_bucket", { value: this.stateBucket.name });
  }

  /** The roles of one identity on the state bucket, the billing account, the environments' parents and host projects. */
  private grantRoles(
    who: "plan" | "deploy",
    sa: ServiceAccount,
    roles: BootstrapConfig["roles"]["plan" | "deploy"],
    props: BootstrapStackProps,
  ): void {
    const member = sa.member;
    for (const role of roles.stateBucket) {
      new StorageBucketIamMember(this, `${who}-state-${slug(role)}`, { bucket: this.stateBucket.name, role, member });
    }
    for (const role of roles.billingAccount) {
      new BillingAccountIamMember(this, `${who}-billing-${slug(role)}`, { billingAccountId: props.platform.billingAccount, role, member });
    }
    for (const parent of serviceProjectParents(props)) {
      for (const role of roles.parent) {
        const cid = `${who}-${parent.kind}-${parent.id}-${slug(role)}`;
        if (parent.kind === "folder") new FolderIamMember(this, cid, { folder: `folders/${parent.id}`, role, member });
        else new OrganizationIamMember(this, cid, { orgId: parent.id, role, member });
      }
    }
    for (const env of props.environments) {
      for (const role of roles.hostProject) {
        new ProjectIamMember(this, `${who}-${env.name}-${slug(role)}`, { project: env.projectId, role, member });
      }
    }
  }
}
