import { BackupPlan, BackupPlanProps } from "../../constructs/backup-plan";
import { onlyResource, synthConstruct } from "../helpers";

const props: BackupPlanProps = {
  projectId: "acme-gke-prd",
  name: "gke-prd-daily",
  clusterId: "projects/acme-gke-prd/locations/europe-west1/clusters/gke-prd",
  region: "europe-west1",
};
const planOf = (p: Partial<BackupPlanProps> = {}) =>
  onlyResource(synthConstruct((s) => new BackupPlan(s, "b", { ...props, ...p })).json, "google_gke_backup_backup_plan");

describe("BackupPlan", () => {
  it("backs up every namespace with volumes and Secrets daily, kept 30 days and locked against deletion for 7", () => {
    const plan = planOf();
    expect(plan).toMatchObject({
      cluster: props.clusterId,
      location: "europe-west1",
      backup_schedule: { cron_schedule: "0 2 * * *" },
      retention_policy: { backup_retain_days: 30, backup_delete_lock_days: 7 },
      backup_config: { include_volume_data: true, include_secrets: true, all_namespaces: true },
    });
    expect(plan.backup_config.encryption_key).toBeUndefined();
  });

  it("encrypts with a customer-managed key and backs up only the namespaces named", () => {
    const key = "projects/acme-security-prd/locations/europe-west1/keyRings/gke/cryptoKeys/backup";
    const plan = planOf({ encryptionKey: key, namespaces: ["payments"] });
    expect(plan.backup_config).toMatchObject({
      encryption_key: { gcp_kms_encryption_key: key },
      selected_namespaces: { namespaces: ["payments"] },
    });
    expect(plan.backup_config.all_namespaces).toBeUndefined();
  });

  it("refuses a lock longer than the retention, a malformed key and a schedule Backup for GKE rejects (break cases)", () => {
    expect(() => planOf({ retainDays: 5, deleteLockDays: 7 })).toThrow(/deleteLockDays.*must not exceed retainDays/);
    expect(() => planOf({ encryptionKey: "backup-key" })).toThrow(/encryptionKey.*must look like projects\//);
    expect(() => planOf({ schedule: "*/5 * * * *", retainDays: 30 })).toThrow(
      /retainDays.*\(30\) is more than 360 x the schedule.s shortest interval \(5 min\)/,
    );
  });
});
