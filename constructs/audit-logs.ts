import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ProjectIamAuditConfig } from "../.gen/providers/google/project-iam-audit-config";
import { PropChecker } from "./validation";
import { DATA_ACCESS_LOG_TYPES } from "../lib/gcp/audit";
import type { AuditLogExemption } from "../lib/options/audit-logs";

export interface ProjectAuditLogsProps {
  readonly projectId: string;
  /** Audit service names, e.g. cloudsql.googleapis.com (lib/gcp/audit.ts auditedServices). */
  readonly services: readonly string[];
  /** Identities whose calls of some log types are not logged. @default none */
  readonly exemptions?: readonly AuditLogExemption[];
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for each service on one project:
 * who read or changed data, not only who changed configuration. Non-authoritative per
 * service: audit configs of other services on the project are left as they are.
 */
export class ProjectAuditLogs extends Construct {
  public readonly configs: ProjectIamAuditConfig[];

  constructor(scope: Construct, id: string, props: ProjectAuditLogsProps) {
    super(scope, id);
    const c = new PropChecker("ProjectAuditLogs", this.node.path);
    props.services.forEach((s, i) =>
      c.require(
        /^[a-z0-9-]+\.googleapis\.com$/.test(s),
        `services[${i}]`,
        `"${s}" must be a service name like storage.googleapis.com`,
      ),
    );
    c.done();
    const exemptions = props.exemptions ?? [];
    this.configs = [...new Set(props.services)].sort().map(
      (service) =>
        new ProjectIamAuditConfig(this, service.split(".")[0], {
          project: props.projectId,
          service,
          auditLogConfig: DATA_ACCESS_LOG_TYPES.map((logType) => {
            const exempted = exemptions.filter((e) => e.logTypes.includes(logType)).map((e) => e.member);
            return { logType, ...(exempted.length > 0 ? { exemptedMembers: [...new Set(exempted)].sort() } : {}) };
          }),
          dependsOn: props.dependsOn,
        }),
    );
  }
}
