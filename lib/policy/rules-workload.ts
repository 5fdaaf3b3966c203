import type { Rule } from "./rules";
import { Json, first, SQL, sqlSettings } from "./rule-helpers";
import { SQL_REQUIRED_LOG_FLAGS, SQL_STATEMENT_TEXT_FLAGS, sqlEngineOf } from "../gcp/sql";
import { CONTROL_PLANE_LOGS } from "../gcp/gke";
import { FRONTEND_CONFIG_ANNOTATION, HTTPS_LISTENER, MANAGED_CERTIFICATES_ANNOTATION } from "../gcp/tls";

/**
 * Guardrails of the workload path (issue 25): what a workload's data, logs and traffic need
 * in production. Same shape as RULES in rules.ts, which appends these.
 */

/** An instance's database flags as name -> value. */
const sqlFlags = (c: Json): Record<string, string> =>
  Object.fromEntries(((sqlSettings(c).database_flags ?? []) as Json[]).map((f) => [f.name, String(f.value)]));

/** An HTTPRoute whose every rule redirects to HTTPS (the kit's redirect on the HTTP listener). */
const redirectsToHttps = (route: Json): boolean =>
  (route.spec?.rules ?? []).length > 0 &&
  (route.spec.rules as Json[]).every((r) =>
    (r.filters ?? []).some((f: Json) => f.type === "RequestRedirect" && f.requestRedirect?.scheme === "https"),
  );

/** A route object that serves HTTPS with a certificate (or only redirects to it). */
function servesHttps(o: Json): boolean {
  const annotations = o.metadata?.annotations ?? {};
  switch (o.kind) {
    case "Ingress":
      return MANAGED_CERTIFICATES_ANNOTATION in annotations && FRONTEND_CONFIG_ANNOTATION in annotations;
    case "FrontendConfig":
      return o.spec?.redirectToHttps?.enabled === true && typeof o.spec?.sslPolicy === "string";
    case "HTTPRoute":
      return (
        redirectsToHttps(o) ||
        ((o.spec?.hostnames ?? []).length > 0 &&
          (o.spec?.parentRefs ?? []).every((p: Json) => p.sectionName === HTTPS_LISTENER))
      );
    default:
      return true;
  }
}

/** IPv4 addresses a list of source ranges covers ("*" is every address). */
const addressesCovered = (ranges: readonly string[]): number =>
  ranges.reduce((n, r) => {
    if (r === "*") return n + 2 ** 32;
    const m = /^\d{1,3}(?:\.\d{1,3}){3}\/(\d{1,2})$/.exec(r);
    return m ? n + 2 ** (32 - Number(m[1])) : n;
  }, 0);
const DEFAULT_RULE_PRIORITY = 2147483647;

export const WORKLOAD_RULES: readonly Rule[] = [
  {
    id: "ARM007",
    severity: "error",
    resourceTypes: ["google_compute_security_policy"],
    title: "No allow rule for every address ahead of the rate limit",
    rationale:
      "An allow rule ends evaluation: one that matches (nearly) every address lets every client skip the per-client rate limit after it.",
    fix: "Allow named ranges only (armor.allowCidrs); remove 0.0.0.0/0 or ranges that together cover half the internet, or waive ARM007 with a reason.",
    check: (c) => {
      const rules: Json[] = c.rule ?? [];
      const limits = rules.filter((r) => first(r.rate_limit_options) !== undefined).map((r) => Number(r.priority));
      if (limits.length === 0) return true;
      const allowAll = rules.filter(
        (r) =>
          r.action === "allow" &&
          r.preview !== true &&
          Number(r.priority) !== DEFAULT_RULE_PRIORITY &&
          Number(r.priority) < Math.max(...limits),
      );
      const ranges = allowAll.flatMap((r) => first(first(r.match)?.config)?.src_ip_ranges ?? []);
      return addressesCovered(ranges) < 2 ** 31;
    },
  },
  {
    id: "GCS005",
    severity: "error",
    resourceTypes: ["google_storage_bucket"],
    title: "Bucket soft delete in production-like environments",
    rationale: "Without soft delete a deleted object (or a deleted bucket's objects) cannot be restored.",
    fix: "Keep softDeleteDays at 7 or more on the bucket, or waive GCS005 with a reason.",
    check: (c, ctx) => !ctx.productionLike || Number(first(c.soft_delete_policy)?.retention_duration_seconds ?? 0) > 0,
  },
  {
    id: "TLS001",
    severity: "error",
    resourceTypes: ["Ingress", "FrontendConfig", "HTTPRoute"],
    title: "HTTPS routes in production-like environments",
    rationale:
      "Plain HTTP exposes sessions, tokens and data to anyone on the path; the kit's routes get a Google-managed certificate, TLS 1.2+ and a redirect only when they name their host names.",
    fix: "List the service's host names for the environment in route.hostnames (the kit then adds the certificate, the redirect and the SSL policy), or waive TLS001 with a reason.",
    check: (o, ctx) => !ctx.productionLike || servesHttps(o),
  },
  {
    id: "SQL008",
    severity: "error",
    resourceTypes: SQL,
    title: "Database connection, lock-wait, error and audit logging",
    rationale:
      "Logins, disconnections, checkpoints, lock waits, failed statements and (PostgreSQL) pgAudit's schema and role changes are what an investigation reads first.",
    fix: "Leave the logging flags the kit sets (lib/gcp/sql.ts SQL_LOG_FLAGS) at their values, or waive SQL008 with a reason.",
    check: (c) => {
      const engine = sqlEngineOf(String(c.database_version ?? ""));
      if (!engine) return true;
      const flags = sqlFlags(c);
      return Object.entries(SQL_REQUIRED_LOG_FLAGS[engine]).every(([name, ok]) => ok.includes(flags[name]));
    },
  },
  {
    id: "SQL009",
    severity: "error",
    resourceTypes: SQL,
    title: "No statement text in production database logs",
    rationale:
      "Statement logging (log_min_duration_statement, log_statement mod/all, the general or slow query log) writes queries with the data in them to Cloud Logging, readable by everyone with log access.",
    fix: "Remove the flag in production-like environments (use Query Insights, which the kit turns on), or waive SQL009 with a reason.",
    check: (c, ctx) =>
      !ctx.productionLike ||
      !Object.entries(sqlFlags(c)).some(([name, value]) => SQL_STATEMENT_TEXT_FLAGS[name]?.(value) === true),
  },
  {
    id: "GKE030",
    severity: "error",
    resourceTypes: ["google_container_cluster"],
    title: "Control-plane logs in production-like environments",
    rationale:
      "API server, scheduler and controller manager logs show who changed what in the cluster and why pods were placed or evicted.",
    fix: "Keep APISERVER, SCHEDULER and CONTROLLER_MANAGER in cluster.observability.loggingComponents (the production default), or waive GKE030.",
    check: (c, ctx) => {
      const components: unknown = first(c.logging_config)?.enable_components;
      return (
        !ctx.productionLike || (Array.isArray(components) && CONTROL_PLANE_LOGS.every((x) => components.includes(x)))
      );
    },
  },
];
