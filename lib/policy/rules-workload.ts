import type { Rule } from "./rules";
import { SQL_REQUIRED_LOG_FLAGS, SQL_STATEMENT_TEXT_FLAGS, sqlEngineOf } from "../gcp/sql";
import { CONTROL_PLANE_LOGS } from "../gcp/gke";

/**
 * Guardrails of the workload path (issue 25): what a workload's data, logs and traffic need
 * in production. Same shape as RULES in rules.ts, which appends these.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const first = (block: unknown): Json | undefined => (Array.isArray(block) ? block[0] : (block as Json | undefined));
const SQL = ["google_sql_database_instance"];

/** An instance's database flags as name -> value. */
const sqlFlags = (c: Json): Record<string, string> =>
  Object.fromEntries(((first(c.settings)?.database_flags ?? []) as Json[]).map((f) => [f.name, String(f.value)]));

export const WORKLOAD_RULES: readonly Rule[] = [
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
