import { MULTI_CLUSTER_ROLES } from "../lib/gcp/fleet";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Testing } from "cdktf";
import { parse as parseYaml } from "yaml";
import { BootstrapStack } from "../bootstrap/bootstrap-stack";
import { bootstrapSchema, BootstrapConfig, CI_GRANTS, loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { naming } from "../lib/naming";
import { NODE_ROLES } from "../constructs/node-service-account";
import { BOOTSTRAP_STACK, GITHUB_STACK, runBootstrapSynth } from "../bootstrap/main";
import { ciRoleTable, updateCiDoc } from "../bootstrap/role-table";
import { workflowFiles, workflowInputs } from "../scripts/workflows";
import { REPO_ROOT, resourcesOf, tsFilesUnder, FIXTURE_ROOT } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const kit = loadConfig(FIXTURE_ROOT);
const bootstrap = loadBootstrapConfig(FIXTURE_ROOT, kit.environments);
const ENVS = kit.environments.map((e) => e.name);
const REPO = bootstrap.github.repository;

// One synthesis through the bootstrap's entry point, the path an administrator takes.
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bootstrap-out-"));
const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
const exitCode = runBootstrapSynth({ KIT_ROOT: FIXTURE_ROOT, CDKTF_OUTDIR: outdir });
log.mockRestore();
const read = (stack: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
const gcp = read(BOOTSTRAP_STACK);
const github = read(GITHUB_STACK);
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

/** A bootstrap stack for a variant of the shipped config. */
function synthWith(overrides: Partial<BootstrapConfig>): Json {
  const stack = new BootstrapStack(Testing.app(), "bootstrap", {
    platform: kit.platform,
    environments: kit.environments,
    bootstrap: { ...bootstrap, ...overrides },
    stateFile: "/tmp/terraform.bootstrap.tfstate",
  });
  return JSON.parse(Testing.synth(stack));
}
const clone = (json: Json): Json => JSON.parse(JSON.stringify(json));

// ---- Checks over the synthesized JSON. Each returns its findings; each is shown to fail below. ----

type Who = "plan" | "deploy" | "factory";
/** `${google_service_account.<env>-<who>-sa.member}` -> { env, who } */
function identityOf(ref: unknown): { env: string; who: Who } | undefined {
  const m = /^\$\{google_service_account\.([a-z0-9]+)-(plan|deploy|factory)-sa\.(member|name)\}$/.exec(String(ref));
  return m ? { env: m[1], who: m[2] as Who } : undefined;
}
/** Every IAM member resource with its type. */
function grants(json: Json): (Json & { type: string })[] {
  return Object.entries(json.resource ?? {})
    .filter(([type]) => type.endsWith("_iam_member"))
    .flatMap(([type, rs]) => Object.values(rs as Json).map((r) => ({ ...(r as Json), type })));
}

/** The provider accepts only this repository, by numeric IDs, and maps the claims bindings use. */
function providerProblems(json: Json): string[] {
  const problems: string[] = [];
  // The kit's own provider; the `teams` provider (team release workflows) is checked on its own below.
  for (const p of resourcesOf(json, "google_iam_workload_identity_pool_provider").filter(
    (p) => p.workload_identity_pool_provider_id !== "teams",
  )) {
    const expected = `assertion.repository_id == '${bootstrap.github.repositoryId}' && assertion.repository_owner_id == '${bootstrap.github.ownerId}'`;
    if (p.attribute_condition !== expected)
      problems.push(`attribute_condition is ${JSON.stringify(p.attribute_condition)}, not the numeric ID pin`);
    for (const claim of ["repository_id", "repository_owner_id", "environment", "job_workflow_ref"]) {
      if (p.attribute_mapping?.[`attribute.${claim}`] !== `assertion.${claim}`)
        problems.push(`attribute.${claim} is not mapped from assertion.${claim}`);
    }
    if (p.oidc?.issuer_uri !== "https://token.actions.githubusercontent.com") problems.push("issuer is not GitHub's");
  }
  return problems;
}

/**
 * Every workloadIdentityUser binding is on a CI identity and requires that identity's GitHub
 * Environment AND its reusable workflow at the protected ref; every identity has exactly one.
 */
function bindingProblems(json: Json): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string[]>();
  const productionLike = new Set(kit.environments.filter((e) => e.productionLike).map((e) => e.name));
  for (const b of grants(json).filter((g) => g.role === "roles/iam.workloadIdentityUser")) {
    const id = identityOf(b.service_account_id);
    if (!id) {
      problems.push(`workloadIdentityUser on ${b.service_account_id}`);
      continue;
    }
    // Plans: pull requests in <env>-plan (never production-like), the drift check in <env>-drift;
    // deploys: <env>. Each with its reusable workflow at the protected ref.
    const environments =
      id.who === "plan" ? [...(productionLike.has(id.env) ? [] : [`${id.env}-plan`]), `${id.env}-drift`] : [id.env];
    const file = id.who === "plan" ? bootstrap.github.planWorkflow : bootstrap.github.deployWorkflow;
    const expected = environments.map(
      (environment) =>
        `principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.wif-pool.name}/attribute.env_workflow/${environment}:${REPO}/.github/workflows/${file}@${bootstrap.github.workflowRef}`,
    );
    if (!expected.includes(b.member)) problems.push(`${id.env}-${id.who} is bound to ${b.member}`);
    seen.set(`${id.env}-${id.who}`, [...(seen.get(`${id.env}-${id.who}`) ?? []), b.member]);
  }
  for (const env of ENVS) {
    for (const who of ["plan", "deploy", "factory"]) {
      const want = who === "plan" && !productionLike.has(env) ? 2 : 1;
      const got = new Set(seen.get(`${env}-${who}`) ?? []).size;
      if (got !== want || (seen.get(`${env}-${who}`) ?? []).length !== want)
        problems.push(`${env}-${who} has ${(seen.get(`${env}-${who}`) ?? []).length} bindings`);
    }
  }
  return problems;
}

/** Each environment's identities touch only that environment's state bucket; plans only read it. */
function stateProblems(json: Json): string[] {
  const problems: string[] = [];
  for (const [id, bucket] of Object.entries(json.resource.google_storage_bucket as Record<string, Json>)) {
    if (bucket.versioning?.enabled !== true) problems.push(`${id}: versioning off`);
    if (bucket.uniform_bucket_level_access !== true) problems.push(`${id}: ACLs allowed`);
    if (bucket.public_access_prevention !== "enforced") problems.push(`${id}: may be public`);
    if (
      !(bucket.lifecycle_rule ?? []).some(
        (r: Json) => r.condition?.days_since_noncurrent_time > 0 && r.action?.type === "Delete",
      )
    )
      problems.push(`${id}: old versions kept forever`);
    if (!(bucket.soft_delete_policy?.retention_duration_seconds >= 7 * 86400)) problems.push(`${id}: no soft delete`);
  }
  for (const g of grants(json).filter((r) => r.type === "google_storage_bucket_iam_member")) {
    const bucketEnv = /^\$\{google_storage_bucket\.([a-z0-9]+)-state\.name\}$/.exec(g.bucket)?.[1];
    const who = identityOf(g.member);
    if (!bucketEnv || !who || who.env !== bucketEnv) problems.push(`${g.member} on ${g.bucket}`);
    if (who?.who === "plan" && g.role !== "roles/storage.objectViewer")
      problems.push(`plan identity holds ${g.role} on ${g.bucket}`);
  }
  return problems;
}

/** Roles that read secret payloads, and anything a plan identity holds that is not read-only. */
function planSecretProblems(json: Json): string[] {
  return grants(json)
    .filter((g) => identityOf(g.member)?.who === "plan")
    .filter((g) => g.role !== "${google_organization_iam_custom_role.redis-auth-reader.name}")
    .filter(
      (g) =>
        /secretmanager\.(secretAccessor|secretVersionManager|admin)$/.test(g.role) ||
        !/(viewer|Viewer|browser|securityReviewer|reader|Reader)$/.test(g.role),
    )
    .map((g) => `${g.member} holds ${g.role}`);
}

/** No service account impersonation on a whole project, folder or organization. */
function projectWideImpersonation(json: Json): string[] {
  return grants(json)
    .filter((g) =>
      ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member"].includes(g.type),
    )
    .filter((g) => /^roles\/iam\.(serviceAccountUser|serviceAccountTokenCreator|serviceAccountAdmin)$/.test(g.role))
    .map((g) => `${g.type} ${g.role} for ${g.member}`);
}

/** IAM admin roles only with a condition that lists the roles they may grant, none of them powerful. */
function unconditionedIamAdmin(json: Json): string[] {
  const condition =
    /^api\.getAttribute\('iam\.googleapis\.com\/modifiedGrantsByRole', \[\]\)\.hasOnly\(\[((?:'roles\/[\w.]+'(?:, )?)+)\]\)$/;
  return grants(json)
    .filter((g) =>
      /^roles\/(resourcemanager\.(projectIamAdmin|folderIamAdmin|folderAdmin|organizationAdmin)|iam\.securityAdmin)$/.test(
        g.role,
      ),
    )
    .flatMap((g) => {
      const m = condition.exec(g.condition?.expression ?? "");
      if (!m) return [`${g.role} for ${g.member} without a grantable-roles condition`];
      const listed = m[1].split(", ").map((r) => r.slice(1, -1));
      return listed
        .filter((r) => /(Admin|owner|editor|serviceAccountUser|TokenCreator)$/.test(r))
        .map((r) => `${g.role} may grant ${r}`);
    });
}

describe("bootstrap: Workload Identity Federation", () => {
  it("synthesizes both stacks through its entry point", () => {
    expect(exitCode).toBe(0);
    expect(gcp.terraform.backend).toEqual({
      local: { path: "../../../terraform.bootstrap.tfstate" },
    });
  });

  it("accepts only the configured repository, pinned by numeric repository and owner IDs", () => {
    expect(providerProblems(gcp)).toEqual([]);
    const broken = clone(gcp);
    const p = Object.values(broken.resource.google_iam_workload_identity_pool_provider)[0] as Json;
    p.attribute_condition = `assertion.repository == '${REPO}'`;
    delete p.attribute_mapping["attribute.job_workflow_ref"];
    expect(providerProblems(broken)).toEqual([
      `attribute_condition is "assertion.repository == '${REPO}'", not the numeric ID pin`,
      "attribute.job_workflow_ref is not mapped from assertion.job_workflow_ref",
    ]);
  });

  it("binds each identity to its GitHub Environment and its reusable workflow at refs/heads/main, nothing broader", () => {
    expect(bindingProblems(gcp)).toEqual([]);
    const prdDeploy = gcp.resource.google_service_account_iam_member["prd-deploy-wif"];
    expect(prdDeploy.member).toBe(
      `principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.wif-pool.name}/attribute.env_workflow/prd:${REPO}/.github/workflows/deploy-env.yml@refs/heads/main`,
    );
    // Break cases: a repository-wide principalSet, a plan identity reachable from the deploy workflow, a second binding.
    const broken = clone(gcp);
    const b = broken.resource.google_service_account_iam_member;
    b["prd-deploy-wif"].member =
      `principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.wif-pool.name}/attribute.repository/${REPO}`;
    b["dev-plan-wif"].member = b["dev-deploy-wif"].member;
    b["prd-plan-wif"] = {
      ...b["prd-plan-wif-drift"],
      member: b["prd-plan-wif-drift"].member.replace("prd-drift:", "prd-plan:"),
    };
    b.extra = { ...b["stg-factory-wif"] };
    expect(bindingProblems(broken)).toEqual([
      expect.stringMatching(
        /^dev-plan is bound to .*attribute\.env_workflow\/dev:.*deploy-env\.yml@refs\/heads\/main$/,
      ),
      expect.stringMatching(/^prd-deploy is bound to .*attribute\.repository\//),
      expect.stringMatching(/^prd-plan is bound to .*env_workflow\/prd-plan:/),
      "prd-plan has 2 bindings",
      "stg-factory has 2 bindings",
    ]);
  });

  it("maps the attribute it binds from the environment and workflow claims", () => {
    const p = Object.values(gcp.resource.google_iam_workload_identity_pool_provider)[0] as Json;
    expect(p.attribute_mapping["attribute.env_workflow"]).toBe(
      "assertion.environment + ':' + assertion.job_workflow_ref",
    );
  });

  it("creates no service account keys", () => {
    expect(gcp.resource.google_service_account_key).toBeUndefined();
  });

  it("names the identities within the service account ID limit", () => {
    const ids = resourcesOf(gcp, "google_service_account").map((sa) => sa.account_id as string);
    expect(ids).toEqual(expect.arrayContaining(["kit-plan-prd", "kit-deploy-prd", "kit-factory-prd", "gke-nodes-prd"]));
    expect(naming.ciServiceAccount("abcdefghij", "factory", "abcdefghij")).toHaveLength(29);
    expect(bootstrapSchema.shape.serviceAccountPrefix.safeParse("abcdefghijk").success).toBe(false);
  });
});

describe("bootstrap: state isolation", () => {
  it("gives each environment its own hardened bucket, and each identity only its environment's bucket", () => {
    expect(
      resourcesOf(gcp, "google_storage_bucket")
        .map((b) => b.name)
        .sort(),
    ).toEqual([...ENVS.map((e) => `${kit.platform.stateBucket}-${e}`), `${kit.platform.stateBucket}-bootstrap`].sort());
    expect(stateProblems(gcp)).toEqual([]);
    const broken = clone(gcp);
    const members = broken.resource.google_storage_bucket_iam_member;
    members["dev-plan-stateBucket-storage-objectViewer"].bucket = "${google_storage_bucket.prd-state.name}";
    members["stg-plan-stateBucket-storage-objectViewer"].role = "roles/storage.objectAdmin";
    delete broken.resource.google_storage_bucket["prd-state"].soft_delete_policy;
    expect(stateProblems(broken)).toEqual([
      "prd-state: no soft delete",
      "${google_service_account.dev-plan-sa.member} on ${google_storage_bucket.prd-state.name}",
      "plan identity holds roles/storage.objectAdmin on ${google_storage_bucket.stg-state.name}",
    ]);
  });

  it("deletes overwritten state versions after noncurrentVersionDays and keeps deleted state softDeleteDays", () => {
    const dev = gcp.resource.google_storage_bucket["dev-state"];
    expect(dev.lifecycle_rule).toEqual([
      { action: { type: "Delete" }, condition: { days_since_noncurrent_time: bootstrap.state.noncurrentVersionDays } },
    ]);
    expect(dev.soft_delete_policy).toEqual({ retention_duration_seconds: bootstrap.state.softDeleteDays * 86400 });
    expect(dev.encryption).toBeUndefined();
    expect(dev.lifecycle).toEqual({ prevent_destroy: true });
  });

  it("encrypts state with the configured key after granting it to the Cloud Storage agent", () => {
    const key = "projects/acme-kms/locations/europe/keyRings/ci/cryptoKeys/state";
    const json = synthWith({ state: { ...bootstrap.state, kmsKeyName: key } });
    expect(json.resource.google_storage_bucket["prd-state"].encryption).toEqual({ default_kms_key_name: key });
    expect(json.resource.google_storage_bucket["prd-state"].depends_on).toContain(
      "google_kms_crypto_key_iam_member.gcs-agent-kms",
    );
    expect(json.resource.google_kms_crypto_key_iam_member["gcs-agent-kms"]).toMatchObject({
      crypto_key_id: key,
      role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
      member: "${data.google_storage_project_service_account.gcs-agent.member}",
    });
  });

  it("keeps the bootstrap's own state away from every CI identity", () => {
    expect(grants(gcp).filter((g) => String(g.bucket).includes("bootstrap-state"))).toEqual([]);
    const moved = synthWith({ state: { ...bootstrap.state, bootstrapStateInBucket: true } });
    expect(moved.terraform.backend).toEqual({
      gcs: { bucket: `${kit.platform.stateBucket}-bootstrap`, prefix: "bootstrap" },
    });
  });
});

describe("bootstrap: least privilege", () => {
  it("gives no plan identity a Secret Manager accessor or any role that writes", () => {
    expect(planSecretProblems(gcp)).toEqual([]);
    const broken = clone(gcp);
    broken.resource.google_folder_iam_member.x = {
      folder: "folders/1",
      role: "roles/secretmanager.secretAccessor",
      member: "${google_service_account.prd-plan-sa.member}",
    };
    broken.resource.google_project_iam_member.y = {
      project: "p",
      role: "roles/container.developer",
      member: "${google_service_account.dev-plan-sa.member}",
    };
    expect(planSecretProblems(broken)).toEqual([
      "${google_service_account.prd-plan-sa.member} holds roles/secretmanager.secretAccessor",
      "${google_service_account.dev-plan-sa.member} holds roles/container.developer",
    ]);
  });

  it("lets plan identities refresh AUTH-enabled Redis through a custom role, not a Redis admin role", () => {
    expect(gcp.resource.google_organization_iam_custom_role["redis-auth-reader"]).toMatchObject({
      org_id: kit.platform.organizationId,
      role_id: "kitRedisAuthReader",
      permissions: ["redis.instances.get", "redis.instances.list", "redis.instances.getAuthString"],
    });
    const holders = grants(gcp).filter(
      (g) => g.role === "${google_organization_iam_custom_role.redis-auth-reader.name}",
    );
    expect(holders.map((g) => identityOf(g.member)?.who)).toEqual(ENVS.map(() => "plan"));
  });

  it("grants no service account impersonation project- or folder-wide; actAs only on the node service account", () => {
    expect(projectWideImpersonation(gcp)).toEqual([]);
    expect(
      gcp.resource.google_service_account_iam_member["prd-deploy-nodeServiceAccount-iam-serviceAccountUser"],
    ).toMatchObject({
      service_account_id: "${google_service_account.prd-node-sa.name}",
      member: "${google_service_account.prd-deploy-sa.member}",
    });
    expect(gcp.resource.google_service_account["prd-node-sa"]).toMatchObject({
      project: "acme-gke-prd",
      account_id: naming.nodeServiceAccount("prd"),
      create_ignore_already_exists: true,
    });
    const broken = clone(gcp);
    broken.resource.google_project_iam_member.z = {
      project: "acme-gke-prd",
      role: "roles/iam.serviceAccountUser",
      member: "${google_service_account.prd-deploy-sa.member}",
    };
    expect(projectWideImpersonation(broken)).toEqual([
      "google_project_iam_member roles/iam.serviceAccountUser for ${google_service_account.prd-deploy-sa.member}",
    ]);
  });

  it("holds IAM admin roles only with a condition limiting them to the node service account's roles", () => {
    expect(unconditionedIamAdmin(gcp)).toEqual([]);
    const admin = gcp.resource.google_project_iam_member["prd-deploy-hostProject-resourcemanager-projectIamAdmin"];
    expect(admin.condition.expression).toBe(
      `api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly([${[...NODE_ROLES, ...MULTI_CLUSTER_ROLES].map((r) => `'${r}'`).join(", ")}])`,
    );
    const broken = clone(gcp);
    delete broken.resource.google_project_iam_member["dev-deploy-hostProject-resourcemanager-projectIamAdmin"]
      .condition;
    broken.resource.google_project_iam_member[
      "stg-deploy-hostProject-resourcemanager-projectIamAdmin"
    ].condition.expression =
      "api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly(['roles/logging.logWriter', 'roles/iam.serviceAccountTokenCreator'])";
    expect(unconditionedIamAdmin(broken)).toEqual([
      "roles/resourcemanager.projectIamAdmin for ${google_service_account.dev-deploy-sa.member} without a grantable-roles condition",
      "roles/resourcemanager.projectIamAdmin may grant roles/iam.serviceAccountTokenCreator",
    ]);
  });

  it("keeps project-factory rights off the platform deploy identity and platform rights off the factory", () => {
    // Unconditioned grants: the factory's conditioned projectIamAdmin may grant the delivery cluster viewer role only (below).
    const rolesOf = (who: Who) =>
      new Set(
        grants(gcp)
          .filter(
            (g) =>
              identityOf(g.member)?.env === "prd" &&
              identityOf(g.member)?.who === who &&
              !String(g.condition?.expression).includes("roles/container.clusterViewer"),
          )
          .map((g) => g.role),
      );
    const deploy = rolesOf("deploy");
    const factory = rolesOf("factory");
    for (const role of ["roles/resourcemanager.projectCreator", "roles/billing.user", "roles/billing.costsManager"]) {
      expect([role, deploy.has(role), factory.has(role)]).toEqual([role, false, true]);
    }
    for (const role of [
      "roles/container.admin",
      "roles/compute.networkAdmin",
      "roles/resourcemanager.projectIamAdmin",
      "roles/iam.serviceAccountUser",
    ]) {
      expect([role, deploy.has(role), factory.has(role)]).toEqual([role, true, false]);
    }
    const factoryIamAdmin = grants(gcp).filter(
      (g) =>
        identityOf(g.member)?.who === "factory" && g.role === "roles/resourcemanager.projectIamAdmin" && g.condition,
    );
    expect(factoryIamAdmin.length).toBe(kit.environments.length);
    for (const g of factoryIamAdmin)
      expect(g.condition.expression).toBe(
        "api.getAttribute('iam.googleapis.com/modifiedGrantsByRole', []).hasOnly(['roles/container.clusterViewer'])",
      );
  });

  it("admits team release workflows through a provider of their own: the organization's repositories, one attribute of numeric repository ID and workflow", () => {
    const teams = resourcesOf(gcp, "google_iam_workload_identity_pool_provider").find(
      (p) => p.workload_identity_pool_provider_id === "teams",
    );
    expect(teams?.attribute_condition).toBe(`assertion.repository_owner_id == '${bootstrap.github.ownerId}'`);
    expect(teams?.attribute_mapping).toEqual({
      "google.subject": "assertion.sub",
      "attribute.repository_workflow": "assertion.repository_id + ':' + assertion.job_workflow_ref",
    });
  });

  it("lets each factory identity point budgets at the alert topic: the Budget API needs pubsub.topics.setIamPolicy there", () => {
    const topic = kit.platform.budgetAlerts!.pubsubTopic!;
    const onTopic = grants(gcp).filter((g) => g.type === "google_pubsub_topic_iam_member");
    expect(onTopic.map((g) => [g.topic, g.role, identityOf(g.member)?.who]).sort()).toEqual(
      kit.environments.map(() => [topic, "roles/pubsub.admin", "factory"]),
    );
    expect(new Set(onTopic.map((g) => identityOf(g.member)?.env))).toEqual(
      new Set(kit.environments.map((e) => e.name)),
    );
  });

  it("grants folder roles on the environment's own folder only, never on the organization", () => {
    expect(gcp.resource.google_organization_iam_member).toBeUndefined();
    for (const g of grants(gcp).filter((r) => r.type === "google_folder_iam_member")) {
      const env = kit.environments.find((e) => e.name === identityOf(g.member)?.env);
      expect([g.member, g.folder]).toEqual([g.member, `folders/${env?.folderId}`]);
    }
  });

  it("outputs the GitHub Environment variables of every environment", () => {
    expect(gcp.output.github_environment_variables.value.prd).toEqual({
      GCP_WORKLOAD_IDENTITY_PROVIDER: "${google_iam_workload_identity_pool_provider.wif-provider.name}",
      GCP_PLAN_SERVICE_ACCOUNT: "${google_service_account.prd-plan-sa.email}",
      GCP_DEPLOY_SERVICE_ACCOUNT: "${google_service_account.prd-deploy-sa.email}",
      GCP_FACTORY_SERVICE_ACCOUNT: "${google_service_account.prd-factory-sa.email}",
      TF_STATE_BUCKET: "${google_storage_bucket.prd-state.name}",
    });
  });
});

describe("bootstrap: GitHub repository settings", () => {
  const envs = github.resource.github_repository_environment as Record<string, Json>;

  it("has no pull-request plan environment for production-like environments; their applies, destroys and rollbacks wait for a reviewer", () => {
    for (const env of kit.environments.filter((e) => e.productionLike)) {
      expect(envs[`${env.name}-plan`]).toBeUndefined();
      for (const id of [`${env.name}-approve`, `${env.name}-destroy`]) {
        expect(envs[id]).toMatchObject({
          prevent_self_review: true,
          can_admins_bypass: false,
          reviewers: [{ teams: bootstrap.githubSettings!.reviewers.teams, users: [] }],
        });
      }
    }
    expect(envs["prd-approve"].environment).toBe("prd-approve");
  });

  it("admits only the default branch wherever a deploy identity, a production-like state or an approval is", () => {
    const policies = github.resource.github_repository_environment_deployment_policy as Record<string, Json>;
    const productionLike = new Set(kit.environments.filter((e) => e.productionLike).map((e) => e.name));
    for (const [id, env] of Object.entries(envs)) {
      const prPlan = /-plan$/.test(id) && !productionLike.has(id.replace(/-plan$/, ""));
      expect([id, env.deployment_branch_policy ?? null]).toEqual([
        id,
        prPlan ? null : { custom_branch_policies: true, protected_branches: false },
      ]);
      if (!prPlan) expect([id, policies[`${id}-branch`]?.branch_pattern]).toEqual([id, "main"]);
    }
    for (const env of ENVS) expect(envs[`${env}-destroy`].reviewers).toHaveLength(1);
    // Every environment an identity is bound to exists here, so GitHub never creates one unprotected.
    const bound = grants(gcp)
      .filter((g) => g.role === "roles/iam.workloadIdentityUser")
      .map((g) => /attribute\.env_workflow\/([^:]+):/.exec(g.member)![1]);
    const names = Object.values(envs).map((e) => e.environment);
    expect(bound.filter((b) => !names.includes(b))).toEqual([]);
  });

  it("sets the variables on the environments whose jobs hold an identity, from the bootstrap's outputs", () => {
    const vars = github.resource.github_actions_environment_variable as Record<string, Json>;
    const withIdentity = ENVS.length * 2 + kit.environments.filter((e) => !e.productionLike).length;
    expect(Object.keys(vars)).toHaveLength(withIdentity * 5);
    expect(vars["prd-drift-GCP_PLAN_SERVICE_ACCOUNT"].value).toMatch(
      /cross-stack-output-google_service_accountprd-plan-saemail\}$/,
    );
    expect(vars["dev-deploy-TF_STATE_BUCKET"].value).toMatch(
      /cross-stack-output-google_storage_bucketdev-statename\}$/,
    );
    expect(Object.keys(vars).filter((v) => /-(approve|destroy)-/.test(v))).toEqual([]);
  });

  it("protects the default branch: code-owner review, required checks, no force pushes or deletion", () => {
    expect(github.resource.github_repository_ruleset["default-branch"]).toMatchObject({
      enforcement: "active",
      conditions: { ref_name: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
      rules: {
        deletion: true,
        non_fast_forward: true,
        pull_request: {
          require_code_owner_review: true,
          require_last_push_approval: true,
          dismiss_stale_reviews_on_push: true,
          required_approving_review_count: 1,
        },
        required_status_checks: {
          required_check: bootstrap.githubSettings!.requiredChecks.map((context) => ({ context })),
        },
      },
    });
    expect(github.resource.github_repository_ruleset["default-branch"].bypass_actors).toBeUndefined();
    expect(github.resource.github_workflow_repository_permissions["workflow-permissions"]).toMatchObject({
      default_workflow_permissions: "read",
      can_approve_pull_request_reviews: false,
    });
  });
});

describe("bootstrap config", () => {
  let dir: string;
  beforeEach(() =>
    fs.mkdirSync(path.join((dir = fs.mkdtempSync(path.join(os.tmpdir(), "bootstrap-"))), "config"), {
      recursive: true,
    }),
  );
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (yaml: string) => fs.writeFileSync(path.join(dir, "config", "bootstrap.yaml"), yaml);
  const problems = (environments = kit.environments) => {
    try {
      loadBootstrapConfig(dir, environments);
    } catch (e) {
      return (e as ConfigError).issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
    }
    return [];
  };
  const minimal = {
    projectId: "acme-gke-ci",
    region: "europe-west1",
    stateBucketLocation: "EU",
    github: { repository: "acme/kit", repositoryId: 1, ownerId: "2" },
  };

  it("fills safe defaults and takes numeric IDs given as numbers", () => {
    const parsed = bootstrapSchema.parse(minimal);
    expect(parsed.github).toMatchObject({
      repositoryId: "1",
      ownerId: "2",
      workflowRef: "refs/heads/main",
      planWorkflow: "plan-env.yml",
      deployWorkflow: "deploy-env.yml",
    });
    expect(parsed.state).toEqual({ noncurrentVersionDays: 30, softDeleteDays: 30, bootstrapStateInBucket: false });
    expect(parsed.githubSettings).toBeUndefined();
  });

  it("names the file, the field and the fix", () => {
    write(
      [
        "projectId: acme-gke-ci",
        "region: europe-west1",
        "stateBucketLocation: MARS",
        "state: { softDeleteDays: 3 }",
        "github: { repository: kit, repositoryId: acme, ownerId: '1', deployRef: main }",
        "extraRoles:",
        "  - { identity: plan, scope: folder, role: roles/secretmanager.secretAccessor, reason: refresh secret versions }",
        "  - { identity: deploy, scope: hostProject, role: roles/iam.serviceAccountUser, reason: run nodes as any account }",
        "  - { identity: factory, scope: folder, role: roles/owner, reason: x }",
        "githubSettings: { reviewers: { users: [1, 2, 3, 4, 5, 6, 7] } }",
      ].join("\n"),
    );
    expect(problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^config\/bootstrap\.yaml: stateBucketLocation: "MARS" is not a bucket location/),
        "config/bootstrap.yaml: state.softDeleteDays: must be 0 (off) or 7-90 days",
        expect.stringMatching(/^config\/bootstrap\.yaml: github\.repository: must be owner\/name/),
        "config/bootstrap.yaml: github.repositoryId: must be the numeric repository ID (names can be re-registered; IDs cannot)",
        expect.stringMatching(/^config\/bootstrap\.yaml: github\.deployRef: unknown key/),
        expect.stringMatching(
          /^config\/bootstrap\.yaml: extraRoles\[0\]\.role: roles\/secretmanager\.secretAccessor is not a read-only role without secret access/,
        ),
        expect.stringMatching(
          /^config\/bootstrap\.yaml: extraRoles\[1\]\.role: roles\/iam\.serviceAccountUser is never granted unconditionally/,
        ),
        expect.stringMatching(/^config\/bootstrap\.yaml: extraRoles\[2\]\.role: is a basic role/),
        expect.stringMatching(/^config\/bootstrap\.yaml: extraRoles\[2\]\.reason: must say why/),
        "config/bootstrap.yaml: githubSettings.reviewers: must name at most 6 teams and users together (GitHub's limit per environment); use a team",
      ]),
    );
  });

  it("accepts an extra read-only role with its reason, and grants it per environment", () => {
    const extra = {
      identity: "plan" as const,
      scope: "hostProject" as const,
      role: "roles/cloudasset.viewer",
      reason: "list the environment's assets",
    };
    expect(bootstrapSchema.safeParse({ ...minimal, extraRoles: [extra] }).success).toBe(true);
    const json = synthWith({ extraRoles: [extra] });
    expect(json.resource.google_project_iam_member["prd-plan-hostProject-cloudasset-viewer"]).toMatchObject({
      project: "acme-gke-prd",
      role: "roles/cloudasset.viewer",
      member: "${google_service_account.prd-plan-sa.member}",
    });
  });

  it("requires a folder per environment, so no identity needs organization-wide roles", () => {
    write(fs.readFileSync(path.join(FIXTURE_ROOT, "config", "bootstrap.yaml"), "utf8"));
    const withoutFolder = kit.environments.map((e) => (e.name === "stg" ? { ...e, folderId: undefined } : e));
    expect(problems(withoutFolder)).toEqual([
      "config/environments/stg.yaml: folderId: is required for CI: the stg identities get their roles on this folder only; create a folder for stg and set its numeric ID",
    ]);
    expect(problems()).toEqual([]);
  });

  it("refuses an environment whose state bucket would be the bootstrap's own", () => {
    write(fs.readFileSync(path.join(FIXTURE_ROOT, "config", "bootstrap.yaml"), "utf8"));
    const clash = [
      ...kit.environments,
      { ...kit.environments[0], name: "bootstrap", file: "config/environments/bootstrap.yaml" },
    ];
    expect(problems(clash)).toEqual([
      'config/environments/bootstrap.yaml: : the environment name "bootstrap" is reserved: its state bucket would be the bootstrap\'s admin-only bucket; rename the file',
    ]);
  });

  it("says how to create the file when it is missing", () => {
    expect(problems()).toEqual(["config/bootstrap.yaml: : is missing; create it as docs/ci.md (Bootstrap) shows"]);
  });
});

describe("bootstrap: what a plan identity reaches on the cluster", () => {
  /** The container.* roles granted to plan identities in a synthesized bootstrap stack. */
  const planContainerRoles = (json: Json) =>
    grants(json)
      .filter((g) => identityOf(g.member)?.who === "plan" && String(g.role).startsWith("roles/container."))
      .map((g) => `${identityOf(g.member)!.env} ${g.role}`);

  it("gives plan identities cluster metadata only: container.clusterViewer, never container.viewer", () => {
    expect(planContainerRoles(gcp).sort()).toEqual(ENVS.map((e) => `${e} roles/container.clusterViewer`).sort());
    // The check can fail: container.viewer (every Kubernetes object, through the DNS endpoint too) is caught.
    const broken = clone(gcp);
    const viewer = Object.values(broken.resource.google_project_iam_member as Record<string, Json>).find(
      (g) => g.role === "roles/container.clusterViewer",
    )!;
    viewer.role = "roles/container.viewer";
    expect(planContainerRoles(broken)).toContain(`${identityOf(viewer.member)!.env} roles/container.viewer`);
  });
});

describe("bootstrap docs", () => {
  const doc = fs.readFileSync(path.join(REPO_ROOT, "docs", "ci.md"), "utf8");

  it("has the role table generated from the grants the stack creates (npm run docs)", () => {
    expect(updateCiDoc(doc)).toBe(doc);
    for (const g of CI_GRANTS.filter((x) => x.role.startsWith("roles/"))) expect(doc).toContain(`\`${g.role}\``);
    // The check can fail: a changed grant changes the table.
    const changed = CI_GRANTS.map((g, i) => (i === 0 ? { ...g, reason: "something else" } : g));
    expect(ciRoleTable(changed)).not.toBe(ciRoleTable());
    expect(() => updateCiDoc("no markers")).toThrow("docs/ci.md needs the markers");
  });

  it("shows a config/bootstrap.yaml example that validates", () => {
    const [, indent, body] = /```yaml\n( *)(projectId:[\s\S]*?)```/.exec(doc)!;
    const example = body
      .split("\n")
      .map((l) => l.slice(l.startsWith(indent) ? indent.length : 0))
      .join("\n");
    expect(bootstrapSchema.safeParse(parseYaml(example)).error?.issues ?? []).toEqual([]);
  });
});

/** Owners of `file` under GitHub's CODEOWNERS rules used here: anchored paths, directories, last match wins. */
function ownersOf(codeowners: string, file: string): string[] {
  let owners: string[] = [];
  for (const line of codeowners.split("\n")) {
    const [pattern, ...who] = line.replace(/#.*$/, "").trim().split(/\s+/);
    if (!pattern) continue;
    const rel = pattern.replace(/^\//, "");
    if (rel === "*" || (rel.endsWith("/") ? file.startsWith(rel) : file === rel)) owners = who;
  }
  return owners;
}

describe("CODEOWNERS", () => {
  const codeowners = fs.readFileSync(path.join(REPO_ROOT, ".github", "CODEOWNERS"), "utf8");
  /** The adopter's team: whoever owns everything (the `*` line) owns each guarded file. */
  const team = ownersOf(codeowners, "README.md");
  const guarded = [
    ".github/CODEOWNERS",
    ".github/workflows/pr.yml",
    ".github/workflows/plan-env.yml",
    ".github/workflows/deploy-env.yml",
    ".github/actions/setup-kit/action.yml",
    "changepath/plan-guard.ts",
    "lib/policy/rules.ts",
    "config/platform.yaml",
    "config/environments/prd.yaml",
    "config/bootstrap.yaml",
    "bootstrap/main.ts",
    "bootstrap/bootstrap-stack.ts",
    "bootstrap/github-settings-stack.ts",
    "bootstrap/bootstrap-schema.ts",
    "approvals/destroy.yaml",
    "package-lock.json",
    ".terraform.lock.hcl",
    "lib/config/isolation.ts",
    "lib/gcp/iam.ts",
    "handoff/tenant-baseline.ts",
    "constructs/private-cluster.ts",
    "synth/cli.ts",
    // Service files carry waivers: the platform team reviews them too.
    "services/payments.yaml",
  ];

  it("needs a code owner for the workflows, the guard, the policy, environments, bootstrap files, approvals and itself", () => {
    expect(team.length).toBeGreaterThan(0);
    for (const file of guarded) expect([file, ownersOf(codeowners, file)]).toEqual([file, team]);
  });

  it("detects an unowned path (the check can fail)", () => {
    const without = codeowners.replace(/^\*\s.*$/m, "");
    expect(ownersOf(without, "lib/policy/rules.ts")).toEqual([]);
    expect(ownersOf(`${codeowners}\n/config/environments/prd.yaml\n`, "config/environments/prd.yaml")).toEqual([]);
  });
});

/**
 * Where the workflows and the bindings disagree: callers must use the bound reusable files at
 * the bound ref, and every job of a bound file that can mint a token must run in the bound
 * GitHub Environments (`<env>-plan` or `<env>-drift` for the plan file, `<env>` for the deploy file).
 */
function workflowBindingProblems(workflows: Record<string, Json>): string[] {
  const problems: string[] = [];
  const ref = bootstrap.github.workflowRef.replace(/^refs\/heads\//, "");
  const bound = {
    [bootstrap.github.planWorkflow]:
      "${{ inputs.drift && format('{0}-drift', inputs.environment) || format('{0}-plan', inputs.environment) }}",
    [bootstrap.github.deployWorkflow]: "${{ inputs.environment }}",
  };
  for (const [file, wf] of Object.entries(workflows)) {
    for (const [id, job] of Object.entries<Json>(wf.jobs ?? {})) {
      const called = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@(.+)$/.exec(job.uses ?? "");
      if (
        job.uses?.startsWith("./.github/workflows/") ||
        (called && called[1] === REPO && (!(called[2] in bound) || called[3] !== ref))
      ) {
        problems.push(`${file}: job ${id} calls ${job.uses}, not a bound workflow at ${ref}`);
      }
      if (file in bound && job.permissions?.["id-token"] === "write") {
        const env = typeof job.environment === "string" ? job.environment : job.environment?.name;
        if (env !== bound[file])
          problems.push(`${file}: job ${id} mints tokens in environment ${env ?? "(none)"}, bound is ${bound[file]}`);
      }
    }
  }
  return problems;
}

describe("bootstrap bindings and the workflows", () => {
  // The workflows the generator writes for this estate (.github/workflows holds them for the adopter's).
  const workflows = Object.fromEntries(
    [...workflowFiles(workflowInputs(kit, bootstrap))].map(([f, text]) => [
      path.posix.basename(f),
      parseYaml(text) as Json,
    ]),
  );

  it("call the bound reusable workflows at the bound ref, whose token-minting jobs run in the bound environments", () => {
    expect(Object.keys(workflows)).toEqual(
      expect.arrayContaining([bootstrap.github.planWorkflow, bootstrap.github.deployWorkflow]),
    );
    expect(workflowBindingProblems(workflows)).toEqual([]);
    const calls = Object.values(workflows).flatMap((wf) =>
      Object.values<Json>(wf.jobs ?? {})
        .map((j) => j.uses)
        .filter(Boolean),
    );
    expect(calls).toEqual(
      expect.arrayContaining([
        `${REPO}/.github/workflows/${bootstrap.github.planWorkflow}@main`,
        `${REPO}/.github/workflows/${bootstrap.github.deployWorkflow}@main`,
      ]),
    );
  });

  it("detects a local call, a branch ref and a token-minting job outside the bound environment (the check can fail)", () => {
    const broken = clone(workflows);
    const [plan, deploy] = [broken[bootstrap.github.planWorkflow], broken[bootstrap.github.deployWorkflow]];
    const planJob = Object.entries<Json>(plan.jobs).find(([, j]) => j.permissions?.["id-token"] === "write")!;
    planJob[1].environment = "${{ inputs.environment }}";
    broken["extra.yml"] = {
      jobs: {
        local: { uses: `./.github/workflows/${bootstrap.github.deployWorkflow}` },
        branch: { uses: `${REPO}/.github/workflows/${bootstrap.github.deployWorkflow}@feature` },
      },
    };
    expect(deploy).toBeDefined();
    expect(workflowBindingProblems(broken)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${bootstrap.github.planWorkflow}: job ${planJob[0]} mints tokens in environment \\$\\{\\{ inputs\\.environment \\}\\}, bound is `,
        ),
      ),
      `extra.yml: job local calls ./.github/workflows/${bootstrap.github.deployWorkflow}, not a bound workflow at main`,
      `extra.yml: job branch calls ${REPO}/.github/workflows/${bootstrap.github.deployWorkflow}@feature, not a bound workflow at main`,
    ]);
  });
});

describe("bootstrap app", () => {
  // affected-stacks also relies on this: bootstrap files never change a main-app stack.
  it("is not part of the main app: nothing the main app loads imports it", () => {
    const mainApp = tsFilesUnder("main.ts", "synth", "lib", "stacks", "handoff", "constructs");
    expect(mainApp).toContain("synth/build-app.ts");
    for (const file of mainApp) {
      const source = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
      expect([
        file,
        /from ["'][^"']*(bootstrap-stack|github-settings-stack|bootstrap-schema|bootstrap\/[\w-]+|@cdktf\/provider-github[^"']*)["']/.test(
          source,
        ),
      ]).toEqual([file, false]);
    }
  });
});
