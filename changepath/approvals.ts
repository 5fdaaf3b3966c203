import * as fs from "fs";
import { parse as parseYaml } from "yaml";
import { CiInputError, readJsonFile } from "./common";
import type { ChangeKind } from "./plan-json";
import type { GuardReport } from "./plan-guard";

/**
 * What approves a change the plan guard blocks: an entry of approvals/destroy.yaml, or the
 * guard report a destroy environment's reviewer saw.
 */

/** One entry of approvals/destroy.yaml: approves one action on one address of one plan. */
export interface Approval {
  readonly stack: string;
  readonly address: string;
  readonly action: ChangeKind;
  /** The guard's digest of the stack's plan (printed when it blocks); another plan is not approved. */
  readonly planDigest: string;
  readonly reason: string;
}

const KINDS_APPROVABLE: readonly ChangeKind[] = ["delete", "replace", "forget", "create", "update"];

/** Reads approvals/destroy.yaml; every problem at once, each naming the entry and field. */
export function readApprovals(file: string): Approval[] {
  if (!fs.existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CiInputError(`${file}: not valid YAML (${(e as Error).message})`);
  }
  if (doc === null || doc === undefined) return [];
  const list = (doc as { approvals?: unknown }).approvals;
  if (typeof doc !== "object" || !Array.isArray(list))
    throw new CiInputError(`${file}: expected a top-level "approvals:" list (it may be empty: approvals: [])`);
  const problems: string[] = [];
  const entries = list.map((raw, i): Approval => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const field = (name: string, ok: (v: unknown) => boolean, fix: string) => {
      if (!ok(e[name])) problems.push(`${file}: approvals[${i}].${name}: ${fix}`);
      return e[name] as string;
    };
    const str = (v: unknown) => typeof v === "string" && v.trim() !== "";
    return {
      stack: field("stack", str, "the stack's name, e.g. prd or svc-payments-prd"),
      address: field("address", str, "the exact resource address the guard printed"),
      action: field(
        "action",
        (v) => KINDS_APPROVABLE.includes(v as ChangeKind),
        `one of ${KINDS_APPROVABLE.join(", ")}`,
      ) as ChangeKind,
      planDigest: field(
        "planDigest",
        (v) => typeof v === "string" && /^sha256:[0-9a-f]{64}$/.test(v),
        "the plan digest the guard printed (sha256:<64 hex>)",
      ),
      reason: field("reason", str, "why this loss is intended"),
    };
  });
  if (problems.length > 0) throw new CiInputError(problems.join("\n"));
  return entries;
}

/** The plan a destroy environment's reviewer saw: the guard report of the blocked run. */
export function readApprovedPlan(file: string, stack: string): { planDigest: string } {
  const report = readJsonFile(
    file,
    "the approved plan's guard report",
    "pass the <stack>.guard.json of the blocked run",
  ) as Partial<GuardReport>;
  if (report?.stack !== stack || typeof report.planDigest !== "string") {
    throw new CiInputError(
      `${file}: not the guard report of stack ${stack} (needs stack and planDigest); pass the <stack>.guard.json of the blocked run`,
    );
  }
  return { planDigest: report.planDigest };
}
