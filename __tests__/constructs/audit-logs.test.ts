import { ProjectAuditLogs, ProjectAuditLogsProps } from "../../constructs/audit-logs";
import { DATA_ACCESS_LOG_TYPES } from "../../lib/gcp/audit";
import { Json, resourcesOf, synthConstruct } from "../helpers";

describe("ProjectAuditLogs", () => {
  const configs = (p: Partial<ProjectAuditLogsProps> = {}): Json[] =>
    resourcesOf(
      synthConstruct(
        (s) =>
          new ProjectAuditLogs(s, "a", {
            projectId: "acme-payments-prd",
            services: ["storage.googleapis.com", "cloudsql.googleapis.com"],
            ...p,
          }),
      ).json,
      "google_project_iam_audit_config",
    );

  it("turns on every Data Access log type for each service, one non-authoritative config per service", () => {
    const all = configs();
    expect(all.map((c) => c.service).sort()).toEqual(["cloudsql.googleapis.com", "storage.googleapis.com"]);
    for (const c of all) {
      expect(c.project).toBe("acme-payments-prd");
      expect(c.audit_log_config).toEqual(DATA_ACCESS_LOG_TYPES.map((log_type) => ({ log_type })));
    }
  });

  it("exempts an identity only from the log types its exemption names", () => {
    const [c] = configs({
      services: ["storage.googleapis.com"],
      exemptions: [
        { member: "serviceAccount:etl@p-1.iam.gserviceaccount.com", logTypes: ["DATA_READ"], reason: "noisy reader" },
      ],
    });
    const byType = Object.fromEntries(c.audit_log_config.map((l: Json) => [l.log_type, l.exempted_members]));
    expect(byType).toEqual({
      ADMIN_READ: undefined,
      DATA_READ: ["serviceAccount:etl@p-1.iam.gserviceaccount.com"],
      DATA_WRITE: undefined,
    });
  });

  it("refuses a service that is not a service name, naming the prop and the fix", () => {
    expect(() => configs({ services: ["Cloud SQL"] })).toThrow(
      /ProjectAuditLogs.*services\[0\].*"Cloud SQL" must be a service name like storage\.googleapis\.com/s,
    );
  });
});
