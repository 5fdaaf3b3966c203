import { Protection, registryMap, RESOURCE_TYPES } from "../lib/resource-types";

/**
 * What the plan guard lets through without a person's approval, derived from the
 * resource-type registry (lib/resource-types/). Deny by default: a type whose record does not
 * say routine is protected, and so is a type with no record, so a resource type the kit starts
 * using tomorrow is protected until someone decides otherwise in a reviewed record.
 */

/**
 * Types whose delete or replace is routine: they hold no data, are recreated identically
 * and their loss is at most a moment without a grant or an API. Removing the CI identities'
 * own grants is still blocked (see `ciIdentityRemovals` in plan-guard.ts).
 */
export const ROUTINE_TYPES = registryMap((r) => (r.guard.kind === "routine" ? r.guard.why : undefined));

/** Routine outside production-like environments only. */
export const ROUTINE_OUTSIDE_PRODUCTION_TYPES = registryMap((r) =>
  r.guard.kind === "routine-outside-production" ? r.guard.why : undefined,
);

/** What is lost when a type the guard knows is deleted; anything else is "a resource the guard does not know". */
export const LOSS = registryMap((r) => (r.guard.kind === "routine" ? undefined : r.guard.loss));

type Json = unknown;

/** One attribute that protects a resource, and the value that means "on". */
export interface ProtectionSwitch {
  readonly type: string;
  /** Path into the resource's attributes as `terraform show -json` writes them (nested blocks are lists). */
  readonly path: readonly (string | number)[];
  readonly what: string;
  readonly isOn: (value: Json) => boolean;
}

const isOn =
  (on: Protection["on"]) =>
  (v: Json): boolean =>
    on === "non-empty" ? typeof v === "string" && v !== "" : v === on.equals;

/**
 * In-place changes that switch a protection off. Paths are the provider's (google 6.50.0,
 * `google/services/<service>/resource_*.go`); values are those the kit sets.
 */
export const PROTECTION_SWITCHES: readonly ProtectionSwitch[] = RESOURCE_TYPES.flatMap((r) =>
  (r.protections ?? []).map((p) => ({ type: r.type, path: p.path, what: p.what, isOn: isOn(p.on) })),
);

/** Authoritative IAM: creating one overwrites every grant on its target the kit does not own. */
export const AUTHORITATIVE_IAM = /_iam_(policy|binding)$/;
