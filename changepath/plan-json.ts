import { CiInputError, readJsonFile } from "./common";

/**
 * The part of `terraform show -json <planfile>` the CI scripts read. Terraform documents
 * the format at developer.hashicorp.com/terraform/internals/json-format.
 */

/** What a plan does to one resource, with replacements folded into one kind. */
export type ChangeKind = "create" | "update" | "delete" | "replace" | "no-op" | "read" | "forget";

export interface ResourceChange {
  /** Full address, e.g. `google_redis_instance.redis_instance_1A2B3C4D`. */
  readonly address: string;
  /** Terraform resource type, e.g. `google_redis_instance`. */
  readonly type: string;
  readonly kind: ChangeKind;
  /** Terraform's reason for a replacement, e.g. `replace_because_cannot_update`. */
  readonly actionReason?: string;
  /** Attribute values before and after (`change.before` / `change.after`); never uploaded. */
  readonly before?: unknown;
  readonly after?: unknown;
  /** `change.after_unknown`: attributes known only after apply (`true` at their path). */
  readonly afterUnknown?: unknown;
}

const HINT = "pass the output of `terraform show -json <planfile>`";

/** Terraform's action lists and what they mean; anything else is refused, never guessed. */
const KINDS: ReadonlyArray<[string, ChangeKind]> = [
  ["create", "create"],
  ["update", "update"],
  ["delete", "delete"],
  ["delete,create", "replace"],
  ["create,delete", "replace"],
  ["no-op", "no-op"],
  ["read", "read"],
  // Terraform 1.7+ `removed` blocks: dropped from state, the real resource stays.
  ["forget", "forget"],
];
const BY_ACTIONS = new Map(KINDS);

/** The kind of a change from its `change.actions` list; `where` names it in errors. */
export function changeKind(actions: readonly string[], where: string): ChangeKind {
  const kind = BY_ACTIONS.get(actions.join(","));
  if (!kind) {
    throw new CiInputError(
      `${where}: unknown change.actions ${JSON.stringify(actions)}; expected one of ${KINDS.map(([a]) => `[${a}]`).join(", ")}. ` +
        "A newer Terraform may have added it: teach changepath/plan-json.ts what it means before trusting the guard.",
    );
  }
  return kind;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The managed-resource changes of a plan. `source` names the file in errors. Data sources
 * are skipped: reading one changes nothing. A plan without changes may omit the list.
 */
export function parsePlan(raw: unknown, source: string): ResourceChange[] {
  if (!isObject(raw)) throw new CiInputError(`${source}: a plan must be a JSON object; ${HINT}`);
  if (!("format_version" in raw) && !("resource_changes" in raw)) {
    throw new CiInputError(
      `${source}: has neither format_version nor resource_changes, so it is not a Terraform JSON plan; ${HINT}`,
    );
  }
  const list = raw.resource_changes ?? [];
  if (!Array.isArray(list)) throw new CiInputError(`${source}: resource_changes must be an array; ${HINT}`);
  return list.flatMap((rc: unknown, i): ResourceChange[] => {
    const where = `${source}: resource_changes[${i}]`;
    if (!isObject(rc) || typeof rc.address !== "string" || typeof rc.type !== "string") {
      throw new CiInputError(`${where}: needs string fields address and type; ${HINT}`);
    }
    const change = isObject(rc.change) ? rc.change : undefined;
    const actions = change?.actions;
    if (!Array.isArray(actions) || !actions.every((a) => typeof a === "string")) {
      throw new CiInputError(`${where} (${rc.address}): change.actions must be an array of strings; ${HINT}`);
    }
    if (rc.mode === "data") return [];
    const kind = changeKind(actions, `${where} (${rc.address})`);
    return [
      {
        address: rc.address,
        type: rc.type,
        kind,
        ...(typeof rc.action_reason === "string" ? { actionReason: rc.action_reason } : {}),
        ...(change!.before !== undefined && change!.before !== null ? { before: change!.before } : {}),
        ...(change!.after !== undefined && change!.after !== null ? { after: change!.after } : {}),
        ...(change!.after_unknown !== undefined ? { afterUnknown: change!.after_unknown } : {}),
      },
    ];
  });
}

/** Reads a plan JSON file as it is (the guard also reads its prior state). */
export function readPlanJson(file: string): unknown {
  return readJsonFile(file, "the plan", HINT);
}

/** Reads and parses a plan JSON file. */
export function readPlanFile(file: string): ResourceChange[] {
  return parsePlan(readPlanJson(file), file);
}

const KIND_TO_ACTIONS = new Map(KINDS.map(([a, k]) => [k, a.split(",")] as const));

/**
 * The plan reduced to addresses and actions, in the same JSON format. The full plan holds
 * every attribute in clear text, sensitive ones included (Redis AUTH strings, secret
 * payloads), so only this reduced form may be uploaded as a CI artifact.
 */
export function slimPlan(changes: readonly ResourceChange[]): { format_version: string; resource_changes: unknown[] } {
  return {
    format_version: "1.2",
    resource_changes: changes.map((c) => ({
      address: c.address,
      mode: "managed",
      type: c.type,
      change: { actions: KIND_TO_ACTIONS.get(c.kind) },
      ...(c.actionReason ? { action_reason: c.actionReason } : {}),
    })),
  };
}
