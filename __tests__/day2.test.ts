import * as fs from "fs";
import * as path from "path";
import { BackupPlan } from "../constructs/backup-plan";
import { ProjectBudget, ProjectBudgetProps } from "../constructs/project-budget";
import { PrivateCluster, PrivateClusterProps } from "../constructs/private-cluster";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { synthesize } from "../synth/synth";
import { editYaml, onlyResource, resourcesOf, synthConstruct, tempKit } from "./helpers";
import { synthesizedFixture } from "./support/fixture-synth";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const budgetProps: ProjectBudgetProps = {
  billingAccount: "01A2B3-C4D5E6-F7A8B9",
  projectNumber: "123456789",
  displayName: "payments-prd",
  amount: 1234.5,
  currency: "EUR",
};

describe("ProjectBudget", () => {
  const budget = onlyResource(
    synthConstruct(
      (s) => new ProjectBudget(s, "b", { ...budgetProps, pubsubTopic: "projects/ops-123456/topics/budgets" }),
    ).json,
    "google_billing_budget",
  );

  it("budgets the project's monthly spend in the billing currency", () => {
    expect(budget.budget_filter).toEqual({ projects: ["projects/123456789"], calendar_period: "MONTH" });
    expect(budget.amount).toEqual({ specified_amount: { currency_code: "EUR", units: "1234", nanos: 500000000 } });
  });

  it("alerts at 50/90/100 % of actual and 100 % of forecast spend by default, to the platform topic", () => {
    expect(budget.threshold_rules).toEqual([
      { threshold_percent: 0.5, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 0.9, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "FORECASTED_SPEND" },
    ]);
    expect(budget.all_updates_rule).toEqual({
      pubsub_topic: "projects/ops-123456/topics/budgets",
      schema_version: "1.0",
    });
  });

  it("rejects non-positive amounts, unknown currencies and thresholds outside (0, 2]", () => {
    const bad = (p: Partial<ProjectBudgetProps>) => () =>
      synthConstruct((s) => new ProjectBudget(s, "b", { ...budgetProps, ...p }));
    expect(bad({ amount: 0 })).toThrow(/prop "amount" must be a positive amount, got 0/);
    expect(bad({ currency: "XYZ" as never })).toThrow(/prop "currency" "XYZ" is not one of USD, EUR/);
    expect(bad({ thresholds: [{ percent: 2.5 }] })).toThrow(
      /prop "thresholds\[0\]\.percent" must be above 0 and at most 2 \(1 = 100 %\), got 2\.5/,
    );
  });
});

describe("BackupPlan", () => {
  const props = {
    projectId: "acme-gke-prd",
    name: "gke-prd-daily",
    clusterId: "projects/p/locations/r/clusters/c",
    region: "europe-west1",
  };

  it("backs up all namespaces daily with volumes and secrets, locked against early deletion", () => {
    const plan = onlyResource(
      synthConstruct((s) => new BackupPlan(s, "b", props)).json,
      "google_gke_backup_backup_plan",
    );
    expect(plan).toMatchObject({
      backup_schedule: { cron_schedule: "0 2 * * *" },
      retention_policy: { backup_retain_days: 30, backup_delete_lock_days: 7 },
      backup_config: { all_namespaces: true, include_volume_data: true, include_secrets: true },
    });
  });

  it("encrypts backups, Secrets included, with a customer-managed key when given one", () => {
    const key = "projects/acme-security/locations/europe-west1/keyRings/gke/cryptoKeys/backups";
    const plan = onlyResource(
      synthConstruct((s) => new BackupPlan(s, "b", { ...props, encryptionKey: key })).json,
      "google_gke_backup_backup_plan",
    );
    expect(plan.backup_config.encryption_key).toEqual({ gcp_kms_encryption_key: key });
    expect(() => synthConstruct((s) => new BackupPlan(s, "b", { ...props, encryptionKey: "backups" }))).toThrow(
      /prop "encryptionKey" "backups" must look like projects\//,
    );
  });

  it("can be limited to namespaces", () => {
    const plan = onlyResource(
      synthConstruct((s) => new BackupPlan(s, "b", { ...props, namespaces: ["payments"] })).json,
      "google_gke_backup_backup_plan",
    );
    expect(plan.backup_config.selected_namespaces).toEqual({ namespaces: ["payments"] });
    expect(plan.backup_config.all_namespaces).toBeUndefined();
  });

  it("rejects a lock longer than retention and a bad cron", () => {
    expect(() =>
      synthConstruct((s) => new BackupPlan(s, "b", { ...props, retainDays: 5, deleteLockDays: 10 })),
    ).toThrow(/prop "deleteLockDays" \(10\) must not exceed retainDays \(5\)/);
    expect(() => synthConstruct((s) => new BackupPlan(s, "b", { ...props, schedule: "daily" }))).toThrow(
      /prop "schedule" "daily" must have 5 fields \(minute hour day-of-month month day-of-week\)/,
    );
  });
});

describe("PrivateCluster day-2 options", () => {
  const base: PrivateClusterProps = {
    projectId: "acme-gke-dev",
    name: "gke-dev",
    region: "europe-west1",
    networkId: "n",
    subnetId: "s",
    podsRangeName: "p",
    servicesRangeName: "v",
    masterCidr: "172.16.0.0/28",
    authorizedNetworks: [{ displayName: "vpn", cidrBlock: "203.0.113.0/24" }],
    nodeServiceAccountEmail: "n@p.iam.gserviceaccount.com",
  };
  const cluster = (p: Partial<PrivateClusterProps> = {}) =>
    onlyResource(synthConstruct((s) => new PrivateCluster(s, "c", { ...base, ...p })).json, "google_container_cluster");

  it("publishes upgrade notifications when given a topic, and not otherwise", () => {
    expect(cluster().notification_config).toBeUndefined();
    expect(
      cluster({ notificationTopicId: "projects/acme-gke-dev/topics/gke-dev-upgrades" }).notification_config,
    ).toEqual({
      pubsub: {
        enabled: true,
        topic: "projects/acme-gke-dev/topics/gke-dev-upgrades",
        filter: { event_type: ["UPGRADE_AVAILABLE_EVENT", "UPGRADE_EVENT", "SECURITY_BULLETIN_EVENT"] },
      },
    });
  });

  it("turns the backup agent, security posture and observability on or off as asked", () => {
    const off = cluster({
      backupAgent: false,
      securityPosture: { mode: "DISABLED" },
      observability: {
        loggingComponents: ["SYSTEM_COMPONENTS"],
        monitoringComponents: ["SYSTEM_COMPONENTS"],
        managedPrometheus: false,
      },
    });
    expect(off.addons_config.gke_backup_agent_config).toEqual({ enabled: false });
    expect(off.security_posture_config).toEqual({ mode: "DISABLED", vulnerability_mode: "VULNERABILITY_DISABLED" });
    expect(off.logging_config).toEqual({ enable_components: ["SYSTEM_COMPONENTS"] });
    expect(off.monitoring_config).toEqual({
      enable_components: ["SYSTEM_COMPONENTS"],
      managed_prometheus: { enabled: false },
    });
    const on = cluster({ backupAgent: true });
    expect(on.addons_config.gke_backup_agent_config).toEqual({ enabled: true });
    expect(on.security_posture_config).toEqual({ mode: "BASIC", vulnerability_mode: "VULNERABILITY_DISABLED" });
  });

  it("refuses kube-state metrics without Managed Prometheus", () => {
    expect(() =>
      cluster({ observability: { monitoringComponents: ["SYSTEM_COMPONENTS", "POD"], managedPrometheus: false } }),
    ).toThrow(/POD are kube state metrics, collected by Managed Prometheus: set managedPrometheus: true or drop them/);
  });
});

describe("day-2 options from configuration", () => {
  const { outdir } = synthesizedFixture();
  const stack = (name: string): Json =>
    JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
  const clusterOf = (env: string) => resourcesOf(stack(env), "google_container_cluster")[0];

  it("backs up production by default and not dev", () => {
    // One daily plan per cluster, each in its cluster's region.
    const plans = resourcesOf(stack("prd"), "google_gke_backup_backup_plan");
    expect(plans.map((p) => p.location).sort()).toEqual(
      resourcesOf(stack("prd"), "google_container_cluster")
        .map((c) => c.location)
        .sort(),
    );
    expect(clusterOf("prd").addons_config.gke_backup_agent_config).toEqual({ enabled: true });
    expect(resourcesOf(stack("dev"), "google_gke_backup_backup_plan")).toHaveLength(0);
    expect(clusterOf("dev").addons_config.gke_backup_agent_config).toEqual({ enabled: false });
  });

  it("keeps dev observability lean and production complete", () => {
    expect(clusterOf("dev").monitoring_config).toEqual({
      enable_components: ["SYSTEM_COMPONENTS"],
      managed_prometheus: { enabled: false },
    });
    expect(clusterOf("prd").monitoring_config.managed_prometheus).toEqual({ enabled: true });
    expect(clusterOf("prd").monitoring_config.enable_components).toEqual(
      expect.arrayContaining(["APISERVER", "POD", "DEPLOYMENT"]),
    );
  });

  it("audits workload configuration everywhere and scans registry images in production-like environments only", () => {
    for (const env of ["dev", "stg", "prd"]) {
      expect(clusterOf(env).security_posture_config).toEqual({
        mode: "BASIC",
        vulnerability_mode: "VULNERABILITY_DISABLED",
      });
    }
    const scanning = (env: string) =>
      resourcesOf(stack(env), "google_project_service").filter((s) => s.service === "containerscanning.googleapis.com");
    expect(scanning("stg")).toEqual([expect.objectContaining({ project: "acme-gke-stg", disable_on_destroy: false })]);
    expect(scanning("prd")).toHaveLength(1);
    expect(scanning("dev")).toHaveLength(0);
  });

  it("creates the upgrade topic in the host project and points the cluster at it", () => {
    const topic = resourcesOf(stack("prd"), "google_pubsub_topic")[0];
    expect(topic).toMatchObject({ name: "gke-prd-upgrades", project: "acme-gke-prd" });
    expect(clusterOf("prd").notification_config.pubsub.topic).toMatch(
      /^\$\{google_pubsub_topic\.upgrade-notifications\.id\}$/,
    );
    expect(stack("prd").output.upgrade_notifications_topic).toBeDefined();
  });

  it("expresses the production freeze as a maintenance exclusion", () => {
    expect(clusterOf("prd").maintenance_policy.maintenance_exclusion[0]).toMatchObject({
      exclusion_name: "year-end-freeze",
      exclusion_options: { scope: "NO_MINOR_UPGRADES" },
    });
  });

  it("gives service projects the environment's budget, a service's own amount per environment, or none", () => {
    const budgetOf = (s: string) => resourcesOf(stack(s), "google_billing_budget")[0];
    expect(budgetOf("svc-payments-prd").amount.specified_amount).toEqual({
      currency_code: "EUR",
      units: "3000",
      nanos: 0,
    });
    expect(budgetOf("svc-payments-stg").amount.specified_amount.units).toBe("300");
    expect(budgetOf("svc-catalog-stg").amount.specified_amount.units).toBe("500");
    const root = tempKit();
    editYaml(root, "services/catalog.yaml", (d) => {
      d.budget = false;
    });
    synthesize({ root, outdir: path.join(root, "out") });
    expect(fs.readFileSync(path.join(root, "out/stacks/svc-catalog-dev/cdk.tf.json"), "utf8")).not.toContain(
      "google_billing_budget",
    );
  });
});

describe("day-2 validation", () => {
  const problems = (edit: (root: string) => void): string => {
    const root = tempKit();
    edit(root);
    try {
      loadConfig(root);
      return "";
    } catch (e) {
      return (e as ConfigError).issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join("\n");
    }
  };

  it.each([
    [
      "a negative budget",
      (r: string) =>
        editYaml(r, "services/payments.yaml", (d) => {
          d.budget.amount = -5;
        }),
      /services\/payments\.yaml: budget\.amount: must be a positive amount/,
    ],
    [
      "an unknown currency",
      (r: string) =>
        editYaml(r, "config/environments/dev.yaml", (d) => {
          d.budget.currency = "EURO";
        }),
      /dev\.yaml: budget\.currency: "EURO" is not allowed; use one of USD, EUR.*Did you mean "EUR"\?/,
    ],
    [
      "a threshold above 200 %",
      (r: string) =>
        editYaml(r, "services/payments.yaml", (d) => {
          d.budget.thresholds = [{ percent: 3 }];
        }),
      /services\/payments\.yaml: budget\.thresholds\[0\]\.percent: must be at most 2 \(200 %\)/,
    ],
    [
      "a threshold of 0",
      (r: string) =>
        editYaml(r, "services/payments.yaml", (d) => {
          d.budget.thresholds = [{ percent: 0 }];
        }),
      /budget\.thresholds\[0\]\.percent: must be above 0 \(0\.5 = 50 %\)/,
    ],
    [
      "an amount for an environment the service is not in",
      (r: string) =>
        editYaml(r, "services/catalog.yaml", (d) => {
          d.environments = ["dev", "stg"];
          d.budget = { amount: 10, environmentAmounts: { prd: 50 } };
        }),
      /services\/catalog\.yaml: budget\.environmentAmounts\.prd: "prd" is not one of this service's environments \(dev, stg\)/,
    ],
    [
      "a backup lock longer than retention",
      (r: string) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.backup.deleteLockDays = 60;
        }),
      /prd\.yaml: cluster\.backup\.deleteLockDays: must not exceed retainDays/,
    ],
    [
      "a bad backup schedule",
      (r: string) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.backup.schedule = "every night";
        }),
      /prd\.yaml: cluster\.backup\.schedule: must be a 5-field cron expression/,
    ],
    [
      "an unknown notification event",
      (r: string) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.notifications.events = ["UPGRADE_EVENTS"];
        }),
      /prd\.yaml: cluster\.notifications\.events\[0\]: "UPGRADE_EVENTS" is not allowed.*Did you mean "UPGRADE_EVENT"\?/,
    ],
    [
      "an unknown posture mode",
      (r: string) =>
        editYaml(r, "config/environments/prd.yaml", (d) => {
          d.cluster.securityPosture.mode = "BASICS";
        }),
      /prd\.yaml: cluster\.securityPosture\.mode: "BASICS" is not allowed/,
    ],
    [
      "a bad budget alert topic",
      (r: string) =>
        editYaml(r, "config/platform.yaml", (d) => {
          d.budgetAlerts.pubsubTopic = "budget-alerts";
        }),
      /config\/platform\.yaml: budgetAlerts\.pubsubTopic: must look like projects\/<project>\/topics\/<topic>/,
    ],
  ])("reports %s", (_name, edit, expected) => {
    expect(problems(edit)).toMatch(expected);
  });
});
