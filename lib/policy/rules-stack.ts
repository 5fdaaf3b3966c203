import type { Rule, RuleContext } from "./rules";
import { Json, CLUSTER } from "./rule-helpers";
import { AUDITED_APIS, DATA_ACCESS_LOG_TYPES } from "../gcp/audit";
import { IMAGE_SCANNING_API } from "../gcp/gke";

/**
 * Guardrails about what a production stack must also contain: image scanning, private DNS
 * for Google APIs, Data Access audit logs. They read the stack's other resources
 * (ctx.resources); where only one resource is known (the plan guard) they judge nothing.
 */

/** `test` over the stack's resources of `type`; true (nothing to judge) without them. */
const stackHas = (ctx: RuleContext, type: string, test: (r: Json) => boolean): boolean =>
  !ctx.resources || ctx.resources(type).some(test);

const GOOGLE_APIS_ZONE = "googleapis.com.";

export const STACK_RULES: readonly Rule[] = [
  {
    id: "IMG001",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Image scanning in production-like environments",
    rationale:
      "Artifact Analysis is what scans images since GKE's workload scanning was removed; without it nobody learns that a running image has a known vulnerability.",
    fix: "Leave imageScanning.enabled unset (on in production) or true in the environment file, or waive IMG001 with a reason.",
    check: (_c, ctx) =>
      !ctx.productionLike || stackHas(ctx, "google_project_service", (s) => s.service === IMAGE_SCANNING_API),
  },
  {
    id: "NET005",
    severity: "error",
    resourceTypes: CLUSTER,
    title: "Private DNS for Google APIs in production-like environments",
    rationale:
      "Tenant NetworkPolicies allow Google APIs only on the Private Google Access VIP; without the private googleapis.com zone pods resolve public addresses, which those policies block, and lose Secret Manager, Cloud SQL and Cloud Storage.",
    fix: "Leave network.privateGoogleApisDns at its default (or set vip), or waive NET005 with a reason.",
    check: (_c, ctx) =>
      !ctx.productionLike ||
      stackHas(
        ctx,
        "google_dns_managed_zone",
        (z) => z.dns_name === GOOGLE_APIS_ZONE && (z.visibility ?? "public") === "private",
      ),
  },
  {
    id: "AUD001",
    severity: "error",
    resourceTypes: ["google_project_service"],
    title: "Data Access audit logs for the data services a production project uses",
    rationale:
      "Admin Activity logs show who changed configuration; only Data Access logs show who read or wrote the data in Cloud SQL, Cloud Storage, Secret Manager and Cloud KMS, and Google leaves them off.",
    fix: "Keep the kit's audit configs (constructs/audit-logs.ts) in the service stack, or waive AUD001 with a reason.",
    check: (c, ctx) =>
      !ctx.productionLike ||
      !(c.service in AUDITED_APIS) ||
      // Within the stack: a service stack is one project (unresolved references differ per use).
      stackHas(ctx, "google_project_iam_audit_config", (a) => a.service === AUDITED_APIS[c.service]),
  },
  {
    id: "AUD002",
    severity: "error",
    resourceTypes: ["google_project_iam_audit_config"],
    title: "Every Data Access log type in production-like environments",
    rationale:
      "ADMIN_READ, DATA_READ and DATA_WRITE each cover different calls; dropping one leaves those calls unrecorded.",
    fix: "Configure ADMIN_READ, DATA_READ and DATA_WRITE (exempt identities with auditLogs.exemptions instead), or waive AUD002 with a reason.",
    check: (c, ctx) => {
      const types = ((c.audit_log_config ?? []) as Json[]).map((l) => l.log_type);
      return !ctx.productionLike || DATA_ACCESS_LOG_TYPES.every((t) => types.includes(t));
    },
  },
];
