// Shared pieces of the guardrail rules (rules-*.ts): reading snake_case Terraform JSON.
import { DEFAULT_POOL_ZONES, PoolUpgradeShape } from "../gcp/gke";

/** Synthesized JSON of one resource or object. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const first = (block: unknown): Json | undefined =>
  Array.isArray(block) ? block[0] : (block as Json | undefined);
export const isTrue = (v: unknown) => v === true || v === "true";
export const PRIMITIVE = new Set(["roles/owner", "roles/editor", "roles/viewer"]);
export const CLUSTER = ["google_container_cluster"];
export const POOLS = ["google_container_node_pool"];
export const NODES = ["google_container_cluster", "google_container_node_pool"];
export const IAM_MEMBERS = [
  "google_project_iam_member",
  "google_project_iam_binding",
  "google_folder_iam_member",
  "google_organization_iam_member",
];

/** The control plane answers on a public IP (the IP endpoint is on and not private-only). */
export const hasPublicIpEndpoint = (c: Json): boolean =>
  first(first(c.control_plane_endpoints_config)?.ip_endpoints_config)?.enabled !== false &&
  !isTrue(first(c.private_cluster_config)?.enable_private_endpoint);

export const SQL = ["google_sql_database_instance"];
export const BUCKET = ["google_storage_bucket"];
export const sqlSettings = (c: Json): Json => first(c.settings) ?? {};
export const membersOf = (c: Json): string[] => c.members ?? (c.member ? [c.member] : []);
export const ARMOR = ["google_compute_security_policy"];
/** A preconfigured WAF rule of a Cloud Armor policy. */
export const isWaf = (r: Json) => /evaluatePreconfiguredWaf\(/.test(first(first(r.match)?.expr)?.expression ?? "");
/** Traffic the rule matches is allowed and evaluation stops (allow, or a rate limit's conforming traffic). */
export const allows = (r: Json) => r.action === "allow" || first(r.rate_limit_options)?.conform_action === "allow";

/** Node config of a pool, or of a cluster's bootstrap default pool. */
export const nodeConfig = (c: Json): Json => first(c.node_config) ?? {};
/** Every node_config a resource carries: its own and those of inline node_pool blocks. */
export const nodeConfigs = (c: Json): Json[] =>
  [first(c.node_config), ...[c.node_pool ?? []].flat().map((p: Json) => first(p?.node_config))].filter(
    (n) => n !== undefined,
  );

/** A node pool's size and upgrade strategy, from its JSON (autoscaling bounds are per zone). */
export function poolShape(p: Json): PoolUpgradeShape {
  const u = first(p.upgrade_settings) ?? {};
  const zones = Array.isArray(p.node_locations) ? p.node_locations.length : DEFAULT_POOL_ZONES;
  const nodes = (first(p.autoscaling)?.max_node_count ?? p.node_count ?? 3) * zones;
  if (u.strategy !== "BLUE_GREEN")
    return { nodes, strategy: "SURGE", parallel: (u.max_surge ?? 1) + (u.max_unavailable ?? 0) };
  const bg = first(u.blue_green_settings) ?? {};
  const rollout = first(bg.standard_rollout_policy) ?? {};
  return {
    nodes,
    strategy: "BLUE_GREEN",
    batchPercentage: rollout.batch_percentage ?? 0.25,
    batchSoakSeconds: Number.parseFloat(rollout.batch_soak_duration ?? "300s"),
    poolSoakSeconds: Number.parseFloat(bg.node_pool_soak_duration ?? "1800s"),
  };
}
