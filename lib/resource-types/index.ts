import { CONFIG_SYNC_TYPES } from "./config-sync";
import { AUDIT_TYPES } from "./audit";
import { DATA_TYPES } from "./data";
import { DELIVERY_TYPES } from "./delivery";
import { EDGE_TYPES } from "./edge";
import { FLEET_TYPES } from "./fleet";
import { GKE_TYPES } from "./gke";
import { NETWORK_TYPES } from "./network";
import { PROJECT_TYPES } from "./project";
import { TLS_TYPES } from "./tls";
import type { ResourceType } from "./types";

export type * from "./types";

/**
 * The resource-type registry: one record per Terraform type the kit emits. The plan guard's
 * lists, the labels aspect, the ForceNew facts, the default timeouts and the tables of
 * docs/permissions.md and docs/convergence.md are derived from it, so adding a type is one
 * record (and a test fails while a synthesized type has none).
 */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  ...GKE_TYPES,
  ...FLEET_TYPES,
  ...CONFIG_SYNC_TYPES,
  ...NETWORK_TYPES,
  ...EDGE_TYPES,
  ...PROJECT_TYPES,
  ...TLS_TYPES,
  ...DATA_TYPES,
  ...DELIVERY_TYPES,
  ...AUDIT_TYPES,
];

const byType = new Map(RESOURCE_TYPES.map((r) => [r.type, r]));
if (byType.size !== RESOURCE_TYPES.length) throw new Error("lib/resource-types: a type has two records");

/** Every grant a record needs (with repeats), in registry order: the bootstrap grants these (CI_GRANTS). */
export const RESOURCE_GRANTS = RESOURCE_TYPES.flatMap((r) => r.permissions.flatMap((p) => p.grants));

/** The record of `type`, if the kit emits it. */
export const resourceType = (type: string): ResourceType | undefined => byType.get(type);

/** `type -> value` for every record where `pick` returns a value. */
export function registryMap<T>(pick: (r: ResourceType) => T | undefined): Readonly<Record<string, T>> {
  return Object.fromEntries(RESOURCE_TYPES.flatMap((r) => (pick(r) === undefined ? [] : [[r.type, pick(r)!]])));
}
