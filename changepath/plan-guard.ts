import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { KitConfig, loadConfig } from "../lib/config/load";
import { naming } from "../lib/naming";
import { RULES } from "../lib/policy/rules";
import { CiInputError, EXIT, readJsonFile, runCli } from "./common";
import {
  AUTHORITATIVE_IAM,
  LOSS,
  PROTECTION_SWITCHES,
  ROUTINE_OUTSIDE_PRODUCTION_TYPES,
  ROUTINE_TYPES,
} from "./guard-rules";
import { ChangeKind, readPlanFile, ResourceChange, slimPlan } from "./plan-json";

/**
 * The plan guard, deny by default: a plan passes only when every delete, replace and
 * state removal is of a routine type, it creates no authoritative IAM, switches no
 * protection off and removes no grant of the CI identities; anything else needs a person's
 * approval for exactly this plan (docs/ci.md, "The plan guard").
 */

export type GuardRule = "destroy" | "forget" | "authoritative-iam" | "protection-off" | "ci-identity";

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

/** One entry of approvals/destroy.yaml: approves one action on one address of one plan. */
export interface Approval {
  readonly stack: string;
  readonly address: string;
  readonly action: ChangeKind;
  /** The guard's digest of the stack's plan (printed when it blocks); another plan is not approved. */
  readonly planDigest: string;
  readonly reason: string;
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

function violationLine(v: GuardViolation): string {
  const why = v.actionReason ? ` (${v.actionReason})` : "";
  const approved = v.approvedBy ? ` [approved by ${v.approvedBy}]` : "";
  return `  - ${v.kind} ${v.address}${why} [${v.rule}]: ${v.impact}${approved}`;
}

/** The verdict for people: what would be lost, and how to go on. */
export function formatGuardReport(report: GuardReport): string {
  const { stack, violations } = report;
  const env = report.productionLike ? "production-like" : "non-production";
  const stale = report.staleApprovals.map((s) => `  note: approval for another plan ignored: ${s}`).join("\n");
  if (violations.length === 0) {
    return [
      `plan guard: ${stack} (${env}): OK, nothing needs approval (${report.checked} resource changes checked).`,
      stale,
    ]
      .filter(Boolean)
      .join("\n");
  }
  const list = violations.map(violationLine).join("\n");
  if (!report.blocked) {
    return [
      `plan guard: APPROVED ${stack} (${env}): ${violations.length} change(s) that need approval have it:`,
      list,
      stale,
    ]
      .filter(Boolean)
      .join("\n");
  }
  return [
    `plan guard: BLOCKED ${stack} (${env}): ${violations.filter((v) => !v.approvedBy).length} change(s) need a person's approval:`,
    list,
    stale,
    `plan digest: ${report.planDigest}`,
    "Nothing is applied while the guard blocks. Usually a renamed construct id or an attribute that forces replacement caused this: " +
      "change the code so Terraform updates in place (or move state with a `moved` block or `terraform state mv`). " +
      "If the change is intended, approve it for this plan only: an entry in approvals/destroy.yaml (code owners review it) " +
      "with this stack, address, action and plan digest, or a reviewer's approval of the deploy run's destroy environment.",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * Whether `stack` belongs to a production-like environment, found by naming every stack
 * the config defines; undefined when the config has no such stack.
 */
export function resolveProductionLike(stack: string, config: KitConfig): boolean | undefined {
  const byName = new Map(config.environments.map((e) => [e.name, e.productionLike]));
  for (const env of config.environments) {
    if (naming.platformStack(env.name) === stack) return env.productionLike;
  }
  for (const svc of config.services) {
    const env = svc.environments.find((e) => naming.serviceStack(svc.name, e) === stack);
    if (env !== undefined) return byName.get(env);
  }
  return undefined;
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
function readApprovedPlan(file: string, stack: string): { planDigest: string } {
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

const USAGE = `usage: plan-guard --plan <plan.json> --stack <stack> [options]

Blocks (exit 1) a plan that deletes, replaces or forgets a resource type that is not routine,
creates authoritative IAM, switches a protection off or removes a CI identity's grant,
unless a person approved exactly that change.
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

/** GitHub Actions shows these as annotations on the run and the pull request. */
function annotations(report: GuardReport): string[] {
  return report.violations.map(
    (v) =>
      `::${v.approvedBy ? "warning" : "error"} title=plan guard (${report.stack})::${v.kind} ${v.address} [${v.rule}]: ${v.impact}`,
  );
}

function writeFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
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
    const changes = readPlanFile(planFile);

    let productionLike: boolean | undefined = values["production-like"]
      ? true
      : values["not-production-like"]
        ? false
        : undefined;
    if (productionLike === undefined) {
      productionLike = resolveProductionLike(stack, loadConfig(env.KIT_ROOT ?? process.cwd()));
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
    const report = guardPlan(changes, {
      stack,
      productionLike,
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
