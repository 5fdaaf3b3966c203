import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { parse } from "yaml";
import { PubsubTopic } from "../.gen/providers/google/pubsub-topic";
import { synthesize } from "../synth/synth";
import { KitStack } from "../stacks/kit-stack";
import { resourcesOf, FIXTURE_ROOT } from "./helpers";
import { synthesizedFixture } from "./support/fixture-synth";
import { inventory } from "./support/inventory";
import { loadConfig } from "../lib/config/load";
import { PRODUCTION_UPGRADE_PACING } from "../lib/gcp/gke";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// One synthesis of the shipped config for the whole file: the path `npm run synth` takes.
const result = synthesizedFixture();
const outdir = result.outdir;
const stack = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));

describe("stacks", () => {
  it("README states the size of a service stack as synthesized (svc-payments-prd)", () => {
    const resources = Object.values<Json>(stack("svc-payments-prd").resource ?? {}).reduce(
      (n, byName) => n + Object.keys(byName).length,
      0,
    );
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    expect(readme).toContain(
      `(\`svc-payments-prd\`, <!-- measured:service-stack -->${resources} resources<!-- /measured -->)`,
    );
  });

  it("has a platform stack per environment and a stack per service and environment", () => {
    expect(result.stacks.sort()).toEqual(
      [
        "dev",
        "prd",
        "stg",
        "svc-catalog-dev",
        "svc-catalog-prd",
        "svc-catalog-stg",
        "svc-payments-dev",
        "svc-payments-prd",
        "svc-payments-stg",
      ].sort(),
    );
  });

  it.each([
    ["dev", "dev"],
    ["stg", "stg"],
    ["prd", "prd"],
    ["svc-payments-dev", "dev"],
    ["svc-payments-prd", "prd"],
    ["svc-catalog-stg", "stg"],
  ])("keeps %s in its own GCS state, in its environment's bucket", (name, env) => {
    expect(stack(name).terraform.backend).toEqual({
      gcs: { bucket: `acme-gke-platform-tfstate-${env}`, prefix: `stacks/${name}` },
    });
  });

  it("deploys service stacks after their environment's platform stack", () => {
    expect(manifest.stacks["svc-payments-prd"].dependencies).toEqual(["prd"]);
    expect(manifest.stacks.dev.dependencies).toEqual([]);
  });

  it("keeps service stacks free of cross-stack state reads", () => {
    const svc = stack("svc-payments-dev");
    expect(svc.data?.terraform_remote_state).toBeUndefined();
    expect(JSON.stringify(svc)).not.toContain("terraform_remote_state");
  });

  it("outputs what users need from the platform", () => {
    // A further regional cluster's outputs carry its name (prd runs a second region, west4).
    const perCluster = ["cluster_endpoint", "cluster_location", "cluster_name", "get_credentials", "nat_egress_ips"];
    expect(Object.keys(stack("prd").output).sort()).toEqual(
      [
        "baseline_armor_policy",
        ...perCluster,
        ...perCluster.map((o) => `${o}_west4`),
        "network_self_link",
        "subnet_self_link",
        "tenant_baseline_sha256",
        "subnet_self_link_west4",
        "upgrade_notifications_topic",
        "production_like",
        "workload_identity_pool",
      ].sort(),
    );
    expect(stack("prd").output.cluster_endpoint.sensitive).toBe(true);
  });

  it("gives production four fixed egress IPs, a high-memory pool and a blue-green general pool", () => {
    const prd = stack("prd");
    // Four in each region's Cloud NAT (the second region takes the environment's nat settings).
    expect(resourcesOf(prd, "google_compute_address").filter((a) => a.region === "europe-west1")).toHaveLength(4);
    expect(resourcesOf(prd, "google_compute_address")).toHaveLength(8);
    const pools = Object.fromEntries(resourcesOf(prd, "google_container_node_pool").map((p) => [p.name, p]));
    expect(pools.highmem.node_config.taint).toEqual([{ key: "workload", value: "highmem", effect: "NO_SCHEDULE" }]);
    expect(pools.general.upgrade_settings.strategy).toBe("BLUE_GREEN");
    const cluster = resourcesOf(prd, "google_container_cluster")[0];
    expect(cluster.maintenance_policy.maintenance_exclusion).toEqual([
      {
        exclusion_name: "year-end-freeze",
        start_time: "2026-12-20T00:00:00Z",
        end_time: "2027-01-04T00:00:00Z",
        exclusion_options: { scope: "NO_MINOR_UPGRADES" },
      },
    ]);
  });

  it("enforces container CPU limits on every node of every stack (cpu_cfs_quota written out)", () => {
    const configs = result.stacks.flatMap((name) =>
      [
        ...resourcesOf(stack(name), "google_container_cluster"),
        ...resourcesOf(stack(name), "google_container_node_pool"),
      ].map((r) => r.node_config),
    );
    expect(configs.length).toBeGreaterThan(0);
    for (const nodeConfig of configs) expect(nodeConfig.kubelet_config.cpu_cfs_quota).toBe(true);
  });

  it("paces control-plane upgrades in production only: a rollback-safe soak and minimum intervals (provider 7.x)", () => {
    const { environments } = loadConfig(FIXTURE_ROOT);
    expect(environments.some((e) => e.productionLike)).toBe(true);
    for (const env of environments) {
      const cluster = resourcesOf(stack(env.name), "google_container_cluster")[0];
      if (env.productionLike) {
        expect(cluster.rollback_safe_upgrade).toEqual({
          control_plane_soak_duration: PRODUCTION_UPGRADE_PACING.controlPlaneSoak,
        });
        expect(cluster.maintenance_policy.disruption_budget).toEqual({
          patch_version_disruption_interval: PRODUCTION_UPGRADE_PACING.patchInterval,
          minor_version_disruption_interval: PRODUCTION_UPGRADE_PACING.minorInterval,
        });
      } else {
        expect([env.name, cluster.rollback_safe_upgrade, cluster.maintenance_policy.disruption_budget]).toEqual([
          env.name,
          undefined,
          undefined,
        ]);
      }
    }
  });

  it("protects every Redis instance from deletion in the provider as well as with prevent_destroy", () => {
    const redis = result.stacks.flatMap((name) => resourcesOf(stack(name), "google_redis_instance"));
    expect(redis.length).toBeGreaterThan(0);
    for (const r of redis) expect([r.deletion_protection, r.lifecycle.prevent_destroy]).toEqual([true, true]);
  });

  it("labels every labelable resource with environment and cost labels", () => {
    const svc = stack("svc-payments-prd");
    const project = resourcesOf(svc, "google_project")[0];
    expect(project.labels).toEqual({
      "cost-center": "cc-1001",
      environment: "prd",
      "managed-by": "cdktf",
      owner: "platform-team",
      service: "payments",
      team: "payments",
    });
    expect(resourcesOf(svc, "google_redis_instance")[0].labels.environment).toBe("prd");
    expect(resourcesOf(stack("dev"), "google_compute_address")[0].labels).toMatchObject({
      environment: "dev",
      "cost-center": "platform-dev",
    });
    // Node VMs carry the labels too: that is where a cluster's cost is.
    for (const pool of resourcesOf(stack("prd"), "google_container_node_pool")) {
      expect(pool.node_config.resource_labels).toMatchObject({ environment: "prd", "cost-center": "platform-prd" });
    }
    expect(resourcesOf(stack("prd"), "google_gke_backup_backup_plan")[0].labels.environment).toBe("prd");
  });

  it("puts a service's project, Workload Identity and Redis in its own project on the shared VPC", () => {
    const svc = stack("svc-payments-prd");
    expect(resourcesOf(svc, "google_project")[0].project_id).toBe("acme-payments-prd");
    expect(resourcesOf(svc, "google_compute_shared_vpc_service_project")[0].host_project).toBe("acme-gke-prd");
    expect(resourcesOf(svc, "google_service_account_iam_member")[0].member).toBe(
      "serviceAccount:acme-gke-prd.svc.id.goog[payments/payments]",
    );
    expect(resourcesOf(svc, "google_redis_instance")[0]).toMatchObject({
      project: expect.stringMatching(/^\$\{google_project\.project_[0-9A-F]+\.project_id\}$/),
      authorized_network: "projects/acme-gke-prd/global/networks/vpc-prd",
      tier: "STANDARD_HA",
      memory_size_gb: 2,
    });
  });

  it("uses BASIC Redis outside production and HA inside by default", () => {
    expect(resourcesOf(stack("svc-payments-dev"), "google_redis_instance")[0].tier).toBe("BASIC");
  });

  it("puts the service's Cloud SQL in its project on the env's Shared VPC, HA only in production, with its IAM user and labels", () => {
    const [prd, dev] = ["svc-payments-prd", "svc-payments-dev"].map(
      (n) => resourcesOf(stack(n), "google_sql_database_instance")[0],
    );
    expect(prd).toMatchObject({ project: "acme-payments-prd", name: "payments-prd", region: "europe-west1" });
    expect(prd.settings.ip_configuration.private_network).toBe("projects/acme-gke-prd/global/networks/vpc-prd");
    expect([prd.settings.availability_type, dev.settings.availability_type]).toEqual(["REGIONAL", "ZONAL"]);
    expect(prd.settings.user_labels).toMatchObject({ environment: "prd", service: "payments", team: "payments" });
    expect(prd.depends_on).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^google_compute_shared_vpc_service_project\./),
        expect.stringMatching(/^google_service_account\./),
      ]),
    );
    expect(resourcesOf(stack("svc-payments-prd"), "google_sql_user")[0].name).toBe("wi-payments@acme-payments-prd.iam");
    expect(
      resourcesOf(stack("svc-payments-prd"), "google_sql_database")
        .map((d) => d.name)
        .sort(),
    ).toEqual(["ledger", "payments"]);
    expect(resourcesOf(stack("svc-payments-prd"), "google_project_service").map((s) => s.service)).toContain(
      "sqladmin.googleapis.com",
    );
  });

  it("names buckets after the service project and grants the workload on each bucket only", () => {
    const svc = stack("svc-catalog-stg");
    expect(
      resourcesOf(svc, "google_storage_bucket")
        .map((b) => `${b.name} ${b.location} ${b.labels.environment}`)
        .sort(),
    ).toEqual(["acme-catalog-stg-exports EU stg", "acme-catalog-stg-images EUROPE-WEST1 stg"]);
    expect(
      resourcesOf(svc, "google_storage_bucket_iam_member")
        .map((m) => m.role)
        .sort(),
    ).toEqual(["roles/storage.objectUser", "roles/storage.objectViewer"]);
    expect(resourcesOf(svc, "google_project_iam_member").filter((m) => /storage/.test(m.role))).toEqual([]);
    expect(svc.output.buckets.value).toEqual({
      exports: "acme-catalog-stg-exports",
      images: "acme-catalog-stg-images",
    });
  });

  it("hands off the SQL connection name, an Auth Proxy sidecar and the bucket names", () => {
    const kit = fs.readFileSync(path.join(outdir, "service-kits/payments/overlays/prd/kustomization.yaml"), "utf8");
    expect(kit).toContain(
      "# Cloud SQL (postgres): acme-payments-prd:europe-west1:payments-prd; connect to 127.0.0.1:5432 as user wi-payments@acme-payments-prd.iam",
    );
    const sidecar = parse(
      kit
        .split("\n")
        .filter((l) => l.startsWith("#   "))
        .map((l) => l.slice(4))
        .join("\n"),
    );
    expect(sidecar.initContainers[0]).toMatchObject({
      restartPolicy: "Always",
      args: [
        "--auto-iam-authn",
        "--private-ip",
        "--structured-logs",
        "--port=5432",
        "acme-payments-prd:europe-west1:payments-prd",
      ],
    });
    expect(stack("svc-payments-prd").output.sql_connection_name.value).toBe(
      "acme-payments-prd:europe-west1:payments-prd",
    );
    expect(
      fs.readFileSync(path.join(outdir, "service-kits/catalog/overlays/dev/kustomization.yaml"), "utf8"),
    ).toContain("# Bucket images: gs://acme-catalog-dev-images");
  });

  it("creates the service's Armor policy in the cluster's project, where Ingress backends live", () => {
    const policy = resourcesOf(stack("svc-payments-stg"), "google_compute_security_policy")[0];
    expect(policy.project).toBe("acme-gke-stg");
    expect(policy.name).toBe("payments-stg");
  });

  it("writes a kustomize base per service and an overlay per environment (rendered in handoff-layout.test.ts)", () => {
    const kits = path.join(outdir, "service-kits");
    expect(fs.readdirSync(kits).sort()).toEqual(["catalog", "payments"]);
    expect(fs.readdirSync(path.join(kits, "payments/overlays")).sort()).toEqual(["dev", "prd", "stg"]);
    expect(fs.readdirSync(path.join(kits, "catalog/overlays")).sort()).toEqual(["dev", "prd", "stg"]);
    expect(fs.existsSync(path.join(kits, "payments/base/kustomization.yaml"))).toBe(true);
    expect(fs.readdirSync(path.join(outdir, "platform-kit/overlays")).sort()).toEqual(["dev", "prd", "stg"]);
    // The stack output holds the same objects, flat, for a quick look.
    const kit = stack("svc-payments-prd").output.kubernetes_manifest.value;
    expect(kit).toContain("iam.gke.io/gcp-service-account: wi-payments@acme-payments-prd.iam.gserviceaccount.com");
    expect(kit).toMatch(/kind: BackendConfig[\s\S]*securityPolicy:\n\s+name: payments-prd/);
    expect(stack("svc-catalog-dev").output.kubernetes_manifest.value).toMatch(
      /kind: GCPBackendPolicy[\s\S]*securityPolicy: dev-baseline/,
    );
  });

  it("records every waiver in the synthesized policy report", () => {
    const report = JSON.parse(fs.readFileSync(path.join(outdir, "policy-report.json"), "utf8"));
    expect(
      report.findings
        .filter((f: Json) => f.waived)
        .map((f: Json) => `${f.stack}:${f.rule}`)
        .sort(),
    ).toEqual(["dev:GKE022"]);
  });

  it("manages each environment's Binary Authorization policy: enforced in production, dry run where the environment says so", () => {
    const rule = (env: string) =>
      resourcesOf(stack(env), "google_binary_authorization_policy")[0].default_admission_rule;
    expect(rule("prd")).toEqual({ evaluation_mode: "ALWAYS_DENY", enforcement_mode: "ENFORCED_BLOCK_AND_AUDIT_LOG" });
    expect(rule("dev").enforcement_mode).toBe("DRYRUN_AUDIT_LOG_ONLY");
    expect(resourcesOf(stack("dev"), "google_container_cluster")[0].binary_authorization).toEqual({
      evaluation_mode: "PROJECT_SINGLETON_POLICY_ENFORCE",
    });
  });

  it("deprivileges the Compute default service account of every service project and grants no subnet access", () => {
    for (const name of result.stacks.filter((s) => s.startsWith("svc-"))) {
      expect(resourcesOf(stack(name), "google_project_default_service_accounts")).toEqual([
        expect.objectContaining({ action: "DEPRIVILEGE", restore_policy: "NONE" }),
      ]);
      expect(resourcesOf(stack(name), "google_compute_subnetwork_iam_member")).toEqual([]);
    }
  });

  it("is deterministic: a second synthesis is byte-identical", () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-out-"));
    synthesize({ root: FIXTURE_ROOT, outdir: again });
    for (const name of result.stacks) {
      expect(fs.readFileSync(path.join(again, "stacks", name, "cdk.tf.json"), "utf8")).toBe(
        fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"),
      );
    }
  });

  describe("snapshots", () => {
    it.each(result.stacks.sort())("%s matches its snapshot", (name) => {
      expect(stack(name)).toMatchSnapshot();
    });

    // The reviewable part beside the full JSON: __tests__/inventories/<stack>.txt (support/inventory.ts).
    // After a deliberate change: npx jest __tests__/stacks.test.ts -u, then review the diff.
    it.each(result.stacks.sort())("%s matches its committed inventory", (name) => {
      const file = path.join(__dirname, "inventories", `${name}.txt`);
      const text = inventory(name, stack(name));
      // `jest -u` updates them with the snapshots (jest's snapshot state says so); or KIT_UPDATE_INVENTORIES=1.
      const state = expect.getState() as { snapshotState?: { _updateSnapshot?: string } };
      if (process.env.KIT_UPDATE_INVENTORIES || state.snapshotState?._updateSnapshot === "all")
        fs.writeFileSync(file, text);
      expect(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "(missing)").toBe(text);
    });

    it("shows a weakened attribute as one changed line of the inventory (break case)", () => {
      const prd = stack("prd");
      const before = inventory("prd", prd).split("\n");
      // One cluster (production has one per region): one changed line.
      Object.values<Json>(prd.resource.google_container_cluster)[0].deletion_protection = false;
      const after = inventory("prd", prd).split("\n");
      expect(after.filter((l) => !before.includes(l))).toEqual(["  deletion_protection = false"]);
    });

    it("inventories only stacks that exist", () => {
      const files = fs.readdirSync(path.join(__dirname, "inventories")).map((f) => f.replace(/\.txt$/, ""));
      expect(files.sort()).toEqual(result.stacks.sort());
    });
  });
});

describe("KitStack", () => {
  it("refuses cross-stack tokens, which would make one stack's plan read another's state", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "gke-kit-x-")), skipValidation: true });
    const a = new KitStack(app, "a");
    const b = new KitStack(app, "b");
    const topic = new PubsubTopic(a, "t", { name: "t" });
    new PubsubTopic(b, "u", { name: topic.name });
    expect(() => app.synth()).toThrow(
      /Stack b refers to google_pubsub_topic\.t, which is not in this stack: a cross-stack token\? Stacks in this kit stay independent: derive the name or ID from config with lib\/naming\.ts instead\./,
    );
  });
});
