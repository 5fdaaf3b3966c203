import type { CiGrant } from "../gcp/ci";

// The shape of one record of the resource-type registry (lib/resource-types/index.ts).

export type Operation = "create" | "update" | "delete";
export type Timeouts = Partial<Record<Operation, number>>;

/** What the plan guard does with a delete or replace of the type (changepath/plan-guard.ts). */
export type GuardClass =
  /** Holds no data and is recreated identically: `why` says so. */
  | { readonly kind: "routine"; readonly why: string }
  /** Routine outside production-like environments only; `loss` is what production would lose. */
  | { readonly kind: "routine-outside-production"; readonly why: string; readonly loss: string }
  /** Blocked without an approval; `loss` is what a delete loses (the guard names it). */
  | { readonly kind: "protected"; readonly loss?: string };

/** One attribute that protects a resource, and the value that means "on". */
export interface Protection {
  /** Path into the resource as `terraform show -json` writes it (nested blocks are lists). */
  readonly path: readonly (string | number)[];
  readonly what: string;
  /** On when the attribute equals this value, or (`"non-empty"`) is a non-empty string. */
  readonly on: { readonly equals: boolean | string } | "non-empty";
}

export interface ForceNew {
  /** Attributes whose change replaces the resource (ForceNew in the schema, or a CustomizeDiff that forces it). */
  readonly attributes: readonly string[];
  /** The kit setting that drives them, where a user can change one. */
  readonly drivenBy: string;
  /** What a replacement means here, and what stops or softens it. */
  readonly consequence: string;
}

/** Which CI identity applies the type, where, with which permissions, held through which role. */
export interface Permission {
  /** Platform stacks are applied by `deploy`, service stacks by `factory`. */
  readonly identity: "deploy" | "factory";
  readonly where: string;
  /** The permissions of the API methods the provider calls (Markdown). */
  readonly permissions: string;
  /** The roles (as `roles/...`) or `owner` that hold them, in words for the docs table. */
  readonly heldThrough: string;
  /** The bootstrap's grants that hold them (lib/resource-types/grants.ts); the bootstrap grants exactly these. */
  readonly grants: readonly CiGrant[];
  /** Set when the permissions are on something outside the kit's projects (a CMEK key): who grants them, and where. */
  readonly grantedOutsideBootstrap?: string;
  /** Google's page for the permissions. */
  readonly reference: string;
}

/** Why a second plan after apply is empty, for the arguments that could differ. */
export interface Convergence {
  readonly couldDiffer: string;
  readonly why: string;
  /** Provider file (and functions) the reasoning comes from, at the provider tag. */
  readonly source: string;
}

/** Everything the kit knows about one Terraform resource type it emits. */
export interface ResourceType {
  readonly type: string;
  /** Set when the kit no longer emits the type: why the record stays (estates made by older versions still hold it). */
  readonly retired?: string;
  /** Provider source file(s) under google/services/ at the provider tag (lib/gcp/provider.ts). */
  readonly source: string;
  readonly guard: GuardClass;
  /** cdktf attribute path of its GCP labels, when it takes labels (lib/labels-aspect.ts). */
  readonly labels?: readonly string[];
  /** In-place changes that switch a protection off; the plan guard blocks them. */
  readonly protections?: readonly Protection[];
  readonly forceNew: ForceNew;
  /** The provider's default timeouts in minutes (schema.ResourceTimeout), where the kit waits on long operations. */
  readonly timeouts?: { readonly minutes: Timeouts; readonly source: string };
  readonly permissions: readonly Permission[];
  /** Rows of docs/convergence.md; one object shared by several types makes one row naming them all. */
  readonly convergence: readonly Convergence[];
}
