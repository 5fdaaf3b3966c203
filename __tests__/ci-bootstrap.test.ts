import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Testing } from "cdktf";
import { parse as parseYaml } from "yaml";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { IamWorkloadIdentityPoolProvider } from "@cdktf/provider-google/lib/iam-workload-identity-pool-provider";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import { StorageBucketIamMember } from "@cdktf/provider-google/lib/storage-bucket-iam-member";
import { BootstrapStack } from "../stacks/bootstrap-stack";
import { bootstrapSchema, loadBootstrapConfig } from "../lib/config/bootstrap-schema";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { BOOTSTRAP_STACK, runBootstrapSynth } from "../bootstrap/main";

const root = path.resolve(__dirname, "..");
const kit = loadConfig(root);
const bootstrap = loadBootstrapConfig(root);

function synth(overrides: Partial<typeof bootstrap> = {}) {
  const stack = new BootstrapStack(Testing.app(), "bootstrap", {
    platform: kit.platform,
    environments: kit.environments,
    bootstrap: { ...bootstrap, ...overrides },
    stateFile: "/tmp/terraform.bootstrap.tfstate",
  });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text) as { terraform: Record<string, unknown>; resource: Record<string, Record<string, Record<string, unknown>>> } };
}
const { text, json } = synth();
const resources = (type: string) => Object.values(json.resource[type] ?? {});

describe("bootstrap stack", () => {
  it("keeps its own state locally: the bucket it creates cannot hold its creator's state", () => {
    expect(json.terraform.backend).toEqual({ local: { path: "/tmp/terraform.bootstrap.tfstate" } });
  });

  it("creates the state bucket named in config/platform.yaml: versioned, uniform access, never public", () => {
    expect(text).toHaveResourceWithProperties(StorageBucket, {
      name: kit.platform.stateBucket,
      versioning: { enabled: true },
      uniform_bucket_level_access: true,
      public_access_prevention: "enforced",
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it("keeps exactly noncurrentStateVersions old versions of each state", () => {
    const [bucket] = resources("google_storage_bucket");
    expect(bucket.lifecycle_rule).toEqual([
      { action: { type: "Delete" }, condition: { num_newer_versions: bootstrap.noncurrentStateVersions + 1, with_state: "ARCHIVED" } },
    ]);
  });

  it("accepts GitHub tokens of the configured repository only", () => {
    expect(text).toHaveResourceWithProperties(IamWorkloadIdentityPoolProvider, {
      attribute_condition: `assertion.repository == "${bootstrap.github.repository}"`,
      oidc: { issuer_uri: "https://token.actions.githubusercontent.com" },
      attribute_mapping: expect.objectContaining({ "google.subject": "assertion.sub", "attribute.repository": "assertion.repository" }),
    });
  });

  it("lets every workflow of the repository use the read-only plan identity, and only the deploy branch the deploy identity", () => {
    const bindings = resources("google_service_account_iam_member");
    expect(bindings).toHaveLength(2);
    expect(text).toHaveResourceWithProperties(ServiceAccountIamMember, {
      role: "roles/iam.workloadIdentityUser",
      service_account_id: "${google_service_account.plan-sa.name}",
      member: `principalSet://iam.googleapis.com/\${google_iam_workload_identity_pool.wif-pool.name}/attribute.repository/${bootstrap.github.repository}`,
    });
    expect(text).toHaveResourceWithProperties(ServiceAccountIamMember, {
      role: "roles/iam.workloadIdentityUser",
      service_account_id: "${google_service_account.deploy-sa.name}",
      member: `principal://iam.googleapis.com/\${google_iam_workload_identity_pool.wif-pool.name}/subject/repo:${bootstrap.github.repository}:ref:refs/heads/main`,
    });
  });

  it("creates no service account keys", () => {
    expect(json.resource.google_service_account_key).toBeUndefined();
    expect(text).not.toContain("google_service_account_key");
  });

  it("gives the deploy identity read-write state and the plan identity read-only state", () => {
    expect(text).toHaveResourceWithProperties(StorageBucketIamMember, { role: "roles/storage.objectAdmin", member: "${google_service_account.deploy-sa.member}" });
    expect(text).toHaveResourceWithProperties(StorageBucketIamMember, { role: "roles/storage.objectViewer", member: "${google_service_account.plan-sa.member}" });
  });

  it("grants the plan identity no role that can write", () => {
    const planGrants = ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member", "google_billing_account_iam_member", "google_storage_bucket_iam_member"]
      .flatMap(resources)
      .filter((r) => r.member === "${google_service_account.plan-sa.member}")
      .map((r) => String(r.role));
    expect(planGrants.length).toBeGreaterThan(0);
    for (const role of planGrants) expect(role).toMatch(/(viewer|Viewer|browser|securityReviewer|secretAccessor)$/);
    expect(planGrants).toContain("roles/billing.viewer");
  });

  it("grants the deploy roles on the environments' folders, host projects and the billing account", () => {
    for (const env of kit.environments) {
      expect(resources("google_project_iam_member")).toContainEqual(expect.objectContaining({ project: env.projectId, role: "roles/container.admin" }));
      if (env.folderId) {
        expect(resources("google_folder_iam_member")).toContainEqual(expect.objectContaining({ folder: `folders/${env.folderId}`, role: "roles/resourcemanager.projectCreator" }));
      }
    }
    const billing = resources("google_billing_account_iam_member").map((r) => [r.billing_account_id, r.role, r.member]);
    expect(billing).toEqual(
      expect.arrayContaining([
        [kit.platform.billingAccount, "roles/billing.user", "${google_service_account.deploy-sa.member}"],
        [kit.platform.billingAccount, "roles/billing.costsManager", "${google_service_account.deploy-sa.member}"],
      ]),
    );
  });

  it("honours a customized OIDC subject for deploys", () => {
    const custom = synth({ github: { ...bootstrap.github, deploySubject: "repo:acme/kit:environment:production" } });
    expect(custom.text).toContain("/subject/repo:acme/kit:environment:production");
  });
});

describe("bootstrap config", () => {
  let dir: string;
  beforeEach(() => fs.mkdirSync(path.join((dir = fs.mkdtempSync(path.join(os.tmpdir(), "bootstrap-"))), "config"), { recursive: true }));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (yaml: string) => fs.writeFileSync(path.join(dir, "config", "bootstrap.yaml"), yaml);
  const problems = () => {
    try {
      loadBootstrapConfig(dir);
    } catch (e) {
      return (e as ConfigError).issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
    }
    return [];
  };

  it("fills safe defaults", () => {
    const parsed = bootstrapSchema.parse({ projectId: "acme-gke-ci", region: "europe-west1", stateBucketLocation: "EU", github: { repository: "acme/kit" } });
    expect(parsed.github.deployRef).toBe("refs/heads/main");
    expect(parsed.noncurrentStateVersions).toBe(10);
    expect(parsed.roles.plan.stateBucket).toEqual(["roles/storage.objectViewer"]);
  });

  it("names the file, the field and the fix", () => {
    write("projectId: acme-gke-ci\nregion: europe-west1\nstateBucketLocation: MARS\ngithub:\n  repository: kit\n  deployref: main\nroles:\n  deploy:\n    hostProject: [roles/owner]\n");
    expect(problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^config\/bootstrap\.yaml: stateBucketLocation: "MARS" is not a bucket location/),
        expect.stringMatching(/^config\/bootstrap\.yaml: github\.repository: must be owner\/name/),
        expect.stringMatching(/^config\/bootstrap\.yaml: github\.deployref: unknown key\. Did you mean "deployRef"\?/),
        expect.stringMatching(/^config\/bootstrap\.yaml: roles\.deploy\.hostProject\[0\]: is a basic role/),
      ]),
    );
  });

  it("says how to create the file when it is missing", () => {
    expect(problems()).toEqual(["config/bootstrap.yaml: : is missing; create it as docs/ci.md (Bootstrap) shows"]);
  });
});

describe("bootstrap docs", () => {
  const doc = fs.readFileSync(path.join(root, "docs", "ci.md"), "utf8");

  it("documents every default role, so the table cannot drift from the schema", () => {
    const defaults = bootstrapSchema.parse({ projectId: "acme-gke-ci", region: "europe-west1", stateBucketLocation: "EU", github: { repository: "a/b" } }).roles;
    const roles = [...Object.values(defaults.deploy), ...Object.values(defaults.plan)].flat();
    for (const role of new Set(roles)) expect([role, doc.includes(`\`${role}\``)]).toEqual([role, true]);
  });

  it("shows a config/bootstrap.yaml example that validates", () => {
    const [, indent, body] = /```yaml\n( *)(projectId:[\s\S]*?)```/.exec(doc)!;
    const example = body.split("\n").map((l) => l.slice(l.startsWith(indent) ? indent.length : 0)).join("\n");
    expect(bootstrapSchema.safeParse(parseYaml(example)).error?.issues ?? []).toEqual([]);
  });
});

describe("bootstrap app", () => {
  // affected-stacks also relies on this: bootstrap files never change a main-app stack.
  it("is not part of the main app: nothing the main app loads imports it", () => {
    const ownFiles = new Set(["stacks/bootstrap-stack.ts", "lib/config/bootstrap-schema.ts"]);
    const walk = (rel: string): string[] =>
      fs.statSync(path.join(root, rel)).isDirectory() ? fs.readdirSync(path.join(root, rel)).flatMap((f) => walk(path.posix.join(rel, f))) : rel.endsWith(".ts") ? [rel] : [];
    const mainApp = ["main.ts", "synth", "lib", "stacks", "constructs"].flatMap(walk).filter((f) => !ownFiles.has(f));
    expect(mainApp).toContain("synth/build-app.ts");
    for (const file of mainApp) {
      expect([file, /from ["'][^"']*(bootstrap-stack|bootstrap-schema|bootstrap\/main)["']/.test(fs.readFileSync(path.join(root, file), "utf8"))]).toEqual([file, false]);
    }
  });

  it("synthesizes through its entry point into CDKTF_OUTDIR", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bootstrap-out-"));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(runBootstrapSynth({ KIT_ROOT: root, CDKTF_OUTDIR: outdir })).toBe(0);
      const stack = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", BOOTSTRAP_STACK, "cdk.tf.json"), "utf8"));
      expect(stack.terraform.backend.local.path).toBe(path.join(root, "bootstrap", "terraform.bootstrap.tfstate"));
    } finally {
      log.mockRestore();
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
