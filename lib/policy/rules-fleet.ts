import type { Rule } from "./rules";
import { Json, first } from "./rule-helpers";
import { CONFIG_SYNC_FEATURE, SECRET_TYPES_WITH_KEYS } from "../gcp/config-sync";

/**
 * Guardrails of the fleet features (issue 24): the tenant baseline Config Sync keeps. Same shape as
 * RULES in rules.ts, which appends these.
 */

/** The Config Sync block of a configmanagement feature's fleet-default member config, if it is one. */
const configSync = (c: Json): Json | undefined =>
  c.name === CONFIG_SYNC_FEATURE
    ? first(first(first(c.fleet_default_member_config)?.configmanagement)?.config_sync)
    : undefined;

export const FLEET_RULES: readonly Rule[] = [
  {
    id: "CFG001",
    severity: "error",
    resourceTypes: ["google_gke_hub_feature"],
    title: "Config Sync rejects changes to the platform's objects (drift prevention)",
    rationale:
      "Without the admission webhook a team with edit in its namespace deletes its default-deny NetworkPolicy and runs without it until Config Sync's next reconcile puts it back; with it, the delete is refused.",
    fix: "Keep prevent_drift true (constructs/config-sync.ts sets it by default); the plan guard blocks an update that turns it off.",
    check: (c) => {
      const sync = configSync(c);
      return !sync || sync.prevent_drift === true;
    },
  },
  {
    id: "CFG002",
    severity: "error",
    resourceTypes: ["google_gke_hub_feature"],
    title: "Config Sync reads its source with Workload Identity, not a stored key or token",
    rationale:
      "An SSH key, token, cookie file or GitHub App key lives as a Kubernetes Secret in every cluster and does not expire; whoever reads it reads (or, with a write-enabled key, rewrites) what every cluster applies.",
    fix: "Sync from the OCI image in Artifact Registry with secret_type k8sserviceaccount or gcpserviceaccount (constructs/config-sync.ts).",
    check: (c) => {
      const sync = configSync(c);
      const secretTypes = [first(sync?.oci)?.secret_type, first(sync?.git)?.secret_type];
      return !secretTypes.some((t) => (SECRET_TYPES_WITH_KEYS as readonly string[]).includes(String(t).toLowerCase()));
    },
  },
];
