import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { KitConfig, loadConfig } from "../lib/config/load";
import { RULES } from "../lib/policy/rules";
import { PRODUCTION_OUTPUT } from "../lib/options/production";
import { CiInputError, EXIT, runCli } from "./common";
import { Approval, readApprovals, readApprovedPlan } from "./approvals";
import { annotations, formatGuardReport } from "./guard-report";
import { deployedAsProduction, environmentOfStack, ProductionDropped, productionDropped } from "./production-record";
import {
  AUTHORITATIVE_IAM,
  LOSS,
  PROTECTION_SWITCHES,
  ROUTINE_OUTSIDE_PRODUCTION_TYPES,
  ROUTINE_TYPES,
} from "./guard-rules";
import { ChangeKind, parsePlan, readPlanJson, ResourceChange, slimPlan } from "./plan-json";

export { readApprovals } from "./approvals";
export { formatGuardReport } from "./guard-report";
export type { Approval } from "./approvals";

/**
 * The plan guard, deny by default: a plan passes only when every delete, replace and
 * state removal is of a routine type, it creates no authoritative IAM, switches no
 * protection off and removes no grant of the CI identities; anything else needs a person's
 * approval for exactly this plan (docs/ci.md, "The plan guard").
 */

export type GuardRule =
  "destroy" | "forget" | "authoritative-iam" | "protection-off" | "ci-identity" | "production-dropped";

export interface GuardViolation {
  readonly address: string;
  readonly type: string;
  readonly kind: ChangeKind;
  readonly rule: GuardRule;
  /** What would be lost or weakened, for people. */
  readonly impact: string;
  readonly actionReason?: string;
  /** Who approved it: the destroy environment, or an approvals file entry. */
  readonly approvedBy?: string;
}

export interface GuardOptions {
  readonly stack: string;
  /** From the environment's `productionLike`: node pools stop being routine. */
  readonly productionLike: boolean;
  /** Emails of the CI service accounts: removing their grants would lock CI out. */
  readonly ciIdentities?: readonly string[];
  /** Entries from approvals/destroy.yaml (CODEOWNERS-protected). */
  readonly approvals?: readonly Approval[];
  /**
   * A reviewer approved the `<env>-destroy` environment after seeing the guard report of
   * the plan with this digest: it approves that plan only.
   */
  readonly environmentApproval?: { readonly planDigest: string };
  /**
   * The stack's state says it was deployed as production and config no longer does: blocked
   * unless config/platform.yaml's retiredProduction names the environment (no other approval).
   */
  readonly productionDropped?: ProductionDropped;
}

/** The guard's verdict; written as JSON for the plan summary. */
export interface GuardReport {
  readonly stack: string;
  readonly productionLike: boolean;
  readonly checked: number;
  /** Identifies this exact set of changes; an approval names it. */
  readonly planDigest: string;
  readonly violations: readonly GuardViolation[];
  /** Approval entries for this stack that name another plan and so approve nothing. */
  readonly staleApprovals: readonly string[];
  /** True when a violation has no approval: nothing may be applied. */
  readonly blocked: boolean;
}

const LOSES = new Set<ChangeKind>(["delete", "replace"]);

/**
 * sha256 over the stack and every change's address, kind and values (before, after and
 * what is known only after apply, each hashed, so the digest can be printed and committed
 * without them). Any other change to the plan, a changed value included, gives another
 * digest: an approval cannot be replayed for a different change at the same address.
 */
export function planDigest(stack: string, changes: readonly ResourceChange[]): string {
  const lines = changes
    .filter((c) => c.kind !== "no-op" && c.kind !== "read")
    .map(
      (c) =>
        `${c.address} ${c.kind} ${sha256(stableJson([c.before ?? null, c.after ?? null, c.afterUnknown ?? null]))}`,
    )
    .sort();
  return `sha256:${sha256([`stack ${stack}`, ...lines].join("\n"))}`;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** JSON with object keys sorted: the same values always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

function isRoutine(type: string, productionLike: boolean): boolean {
  return type in ROUTINE_TYPES || (!productionLike && type in ROUTINE_OUTSIDE_PRODUCTION_TYPES);
}

function lossOf(type: string): string {
  return LOSS[type] ?? `a ${type} (a type the guard does not list as routine)`;
}

function at(value: unknown, keys: readonly (string | number)[]): unknown {
  let v = value;
  for (const k of keys) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Protections a change switches off: on before, and after either off or not known until apply. */
function protectionsOff(c: ResourceChange, options: GuardOptions): string[] {
  if (c.kind !== "update") return [];
  const switches = PROTECTION_SWITCHES.filter((p) => p.type === c.type && p.isOn(at(c.before, p.path)))
    .filter((p) => at(c.afterUnknown, p.path) === true || !p.isOn(at(c.after, p.path)))
    .map((p) => p.what);
  return [...switches, ...guardrailsWeakened(c, options)];
}

/**
 * Guardrails an in-place update makes a resource fail that it passed before: the rules
 * themselves (lib/policy/rules.ts) judge the plan's before and after, so every protection a
 * guardrail enforces is covered without a second list (e.g. Binary Authorization's default
 * rule switched to ALWAYS_ALLOW).
 */
function guardrailsWeakened(c: ResourceChange, options: GuardOptions): string[] {
  if (!isObject(c.before) || !isObject(c.after)) return [];
  const ctx = { productionLike: options.productionLike };
  return RULES.filter((r) => r.resourceTypes.includes(c.type))
    .filter((r) => r.check(c.before as Json, ctx) && !r.check(c.after as Json, ctx))
    .map((r) => `guardrail ${r.id} (${r.title})`);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Members an IAM resource grants, from its attributes (member, members or policy_data). */
function iamMembers(attrs: unknown): string[] {
  if (attrs === null || typeof attrs !== "object") return [];
  const a = attrs as { member?: unknown; members?: unknown; policy_data?: unknown };
  if (typeof a.member === "string") return [a.member];
  if (Array.isArray(a.members)) return a.members.filter((m): m is string => typeof m === "string");
  if (typeof a.policy_data === "string") {
    try {
      const policy = JSON.parse(a.policy_data) as { bindings?: { members?: unknown }[] };
      return (policy.bindings ?? []).flatMap((b) =>
        Array.isArray(b.members) ? b.members.filter((m): m is string => typeof m === "string") : [],
      );
    } catch {
      return [];
    }
  }
  return [];
}

const memberKey = (m: string) => m.toLowerCase().replace(/^serviceaccount:/, "");

/** CI identities that hold a grant before the change and not after it. */
function ciIdentityRemovals(c: ResourceChange, identities: ReadonlySet<string>): string[] {
  if (
    identities.size === 0 ||
    !/_iam_(member|binding|policy)$/.test(c.type) ||
    c.kind === "create" ||
    c.kind === "no-op" ||
    c.kind === "read"
  )
    return [];
  const before = iamMembers(c.before)
    .map(memberKey)
    .filter((m) => identities.has(m));
  // A replace removes the grant for a while and a forget hands it to nobody: both count.
  const after = c.kind === "update" ? new Set(iamMembers(c.after).map(memberKey)) : new Set<string>();
  return [...new Set(before.filter((m) => !after.has(m)))];
}

function findings(
  c: ResourceChange,
  options: GuardOptions,
  identities: ReadonlySet<string>,
): Omit<GuardViolation, "approvedBy">[] {
  const base = {
    address: c.address,
    type: c.type,
    kind: c.kind,
    ...(c.actionReason ? { actionReason: c.actionReason } : {}),
  };
  const out: Omit<GuardViolation, "approvedBy">[] = [];
  if (LOSES.has(c.kind) && !isRoutine(c.type, options.productionLike))
    out.push({ ...base, rule: "destroy", impact: `loses ${lossOf(c.type)}` });
  if (c.kind === "forget" && !isRoutine(c.type, options.productionLike)) {
    out.push({
      ...base,
      rule: "forget",
      impact: `removes ${lossOf(c.type)} from state: nothing manages or protects it afterwards`,
    });
  }
  if ((c.kind === "create" || c.kind === "replace") && AUTHORITATIVE_IAM.test(c.type)) {
    out.push({
      ...base,
      rule: "authoritative-iam",
      impact: "sets the complete member list of its target, removing every grant the kit does not own",
    });
  }
  const off = protectionsOff(c, options);
  if (off.length > 0) out.push({ ...base, rule: "protection-off", impact: `switches off ${off.join(", ")}` });
  const removed = ciIdentityRemovals(c, identities);
  if (removed.length > 0)
    out.push({
      ...base,
      rule: "ci-identity",
      impact: `removes the CI identity ${removed.join(", ")}'s grant: CI could lock itself out`,
    });
  return out;
}

/** The violation for a production environment config no longer treats as production. */
function droppedViolation(d: ProductionDropped): GuardViolation {
  return {
    address: `output.${PRODUCTION_OUTPUT}`,
    type: "output",
    kind: "update",
    rule: "production-dropped",
    impact:
      `the deployed state records ${d.environment} as production, config no longer does: HA, backups and the production guardrails would go. ` +
      `Put ${d.environment} back into productionEnvironments, or add {environment: ${d.environment}, reason: ...} to retiredProduction in config/platform.yaml`,
    ...(d.retiredBecause ? { approvedBy: `config/platform.yaml retiredProduction: ${d.retiredBecause}` } : {}),
  };
}

/** Checks a plan's changes. Pure. */
export function guardPlan(changes: readonly ResourceChange[], options: GuardOptions): GuardReport {
  const digest = planDigest(options.stack, changes);
  const identities = new Set((options.ciIdentities ?? []).map(memberKey));
  const mine = (options.approvals ?? []).filter((a) => a.stack === options.stack);
  const current = mine.filter((a) => a.planDigest === digest);
  const byEnvironment = options.environmentApproval?.planDigest === digest;
  const violations = changes.flatMap((c) =>
    findings(c, options, identities).map((v): GuardViolation => {
      if (byEnvironment)
        return { ...v, approvedBy: `the destroy environment's reviewer, for plan ${digest.slice(0, 19)}` };
      const entry = current.find((a) => a.address === v.address && a.action === v.kind);
      return entry ? { ...v, approvedBy: `approvals/destroy.yaml: ${entry.reason}` } : v;
    }),
  );
  const dropped = options.productionDropped;
  if (dropped) violations.push(droppedViolation(dropped));
  return {
    stack: options.stack,
    productionLike: options.productionLike,
    checked: changes.length,
    planDigest: digest,
    violations,
    staleApprovals: [
      ...mine.filter((a) => a.planDigest !== digest).map((a) => `${a.action} ${a.address} (${a.planDigest})`),
      ...(options.environmentApproval && !byEnvironment
        ? [`the destroy environment approved plan ${options.environmentApproval.planDigest}, not this one`]
        : []),
    ],
    blocked: violations.some((v) => !v.approvedBy),
  };
}

/**
 * Whether `stack` belongs to a production-like environment, found by naming every stack
 * the config defines; undefined when the config has no such stack.
 */
export function resolveProductionLike(stack: string, config: KitConfig): boolean | undefined {
  const env = environmentOfStack(stack, config);
  return config.environments.find((e) => e.name === env)?.productionLike;
}

const USAGE = `usage: plan-guard --plan <plan.json> --stack <stack> [options]

Blocks (exit 1) a plan that deletes, replaces or forgets a resource type that is not routine,
creates authoritative IAM, switches a protection off or removes a CI identity's grant,
unless a person approved exactly that change. A stack whose state records it as production
(output production_like) while config does not is blocked unless config/platform.yaml's
retiredProduction names its environment.
  --plan <file>            output of \`terraform show -json <planfile>\` (cdktf.out/stacks/<stack>/plan)
  --stack <name>           the stack the plan belongs to, e.g. prd or svc-payments-prd
  --approvals <file>       approvals/destroy.yaml: entries for this stack and this plan digest approve
  --environment-approval <guard.json>
                           a reviewer approved the <env>-destroy environment after seeing this guard
                           report: approves the plan it names (same stack and plan digest) only
  --ci-identity <email>    a CI service account whose grants must stay (repeatable; also $CI_IDENTITIES)
  --production-like        treat the stack as production-like (default: from config/environments/<env>.yaml)
  --not-production-like    treat it as non-production
  --report <file>          also write the verdict as JSON (read by plan-summary)
  --slim-out <file>        also write the plan reduced to addresses and actions, safe to upload
Exit codes: 0 pass (or approved), 1 blocked, 2 bad input.`;

function writeFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

/** `loadKitConfig`: how the estate's config is read (the guard server, changepath/guard-server.ts, reads it once). */
export function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  loadKitConfig: (root: string) => KitConfig = loadConfig,
): number {
  const options = {
    plan: { type: "string" },
    stack: { type: "string" },
    approvals: { type: "string" },
    "environment-approval": { type: "string" },
    "ci-identity": { type: "string", multiple: true },
    "production-like": { type: "boolean" },
    "not-production-like": { type: "boolean" },
    report: { type: "string" },
    "slim-out": { type: "string" },
    "allow-destroy": { type: "string" },
  } as const;
  return runCli(USAGE, options, argv, ({ values }) => {
    if (values["allow-destroy"] !== undefined) {
      throw new CiInputError(
        "--allow-destroy: a pull-request label no longer overrides the guard; approve the change in approvals/destroy.yaml or through the <env>-destroy environment (docs/ci.md)",
      );
    }
    const planFile = values.plan as string | undefined;
    const stack = values.stack as string | undefined;
    if (!planFile || !stack) throw new CiInputError("--plan and --stack are required");
    if (values["production-like"] && values["not-production-like"]) {
      throw new CiInputError("--production-like and --not-production-like contradict each other; pass at most one");
    }
    const plan = readPlanJson(planFile);
    const changes = parsePlan(plan, planFile);
    let config: KitConfig | undefined;
    const kitConfig = () => (config ??= loadKitConfig(env.KIT_ROOT ?? process.cwd()));

    let productionLike: boolean | undefined = values["production-like"]
      ? true
      : values["not-production-like"]
        ? false
        : undefined;
    if (productionLike === undefined) {
      productionLike = resolveProductionLike(stack, kitConfig());
      if (productionLike === undefined) {
        throw new CiInputError(
          `--stack ${stack}: no environment or service in config/ defines this stack, so whether it is production-like is unknown; ` +
            "check the name (`ls cdktf.out/stacks`) or pass --production-like / --not-production-like",
        );
      }
    }
    const ciIdentities = [
      ...((values["ci-identity"] as string[] | undefined) ?? []),
      ...(env.CI_IDENTITIES ?? "").split(/[\s,]+/),
    ].filter(Boolean);
    const dropped = deployedAsProduction(plan)
      ? productionDropped(plan, environmentOfStack(stack, kitConfig()) ?? stack, productionLike, kitConfig())
      : undefined;
    // Until it is retired on purpose, a deployed production stack keeps production's judgement.
    if (dropped && !dropped.retiredBecause) productionLike = true;
    const report = guardPlan(changes, {
      stack,
      productionLike,
      productionDropped: dropped,
      ciIdentities,
      approvals: values.approvals ? readApprovals(values.approvals as string) : [],
      ...(values["environment-approval"]
        ? { environmentApproval: readApprovedPlan(values["environment-approval"] as string, stack) }
        : {}),
    });

    if (values["slim-out"]) writeFile(values["slim-out"] as string, JSON.stringify(slimPlan(changes), null, 2) + "\n");
    if (values.report) writeFile(values.report as string, JSON.stringify(report, null, 2) + "\n");
    if (env.GITHUB_ACTIONS === "true") annotations(report).forEach((a) => console.log(a));
    (report.blocked ? console.error : console.log)(formatGuardReport(report));
    return report.blocked ? EXIT.failed : EXIT.ok;
  });
}
