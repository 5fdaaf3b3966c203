import * as fs from "fs";
import * as path from "path";
import { CiInputError, EXIT, parseStringList, readJsonFile, runCli } from "./common";
import { ChangeKind, readPlanFile, ResourceChange } from "./plan-json";
import { GuardReport } from "./plan-guard";

/**
 * Renders plans of several stacks as one pull-request comment. The hidden marker lets the
 * workflow find and update its own comment instead of adding one per push.
 */
export const PLAN_COMMENT_MARKER = "<!-- gke-kit-plan -->";

/** GitHub rejects comments longer than 65536 characters. */
const GITHUB_COMMENT_LIMIT = 65_536;

export interface StackPlan {
  readonly stack: string;
  /** The plan's resource changes; absent when the plan job produced no plan. */
  readonly changes?: readonly ResourceChange[];
  /** The plan guard's verdict, when it ran. */
  readonly guard?: GuardReport;
}

export interface SummaryOptions {
  /** Stacks the change removes from the app; their resources are not destroyed by merging. */
  readonly removed?: readonly string[];
  /** Link to the workflow run, for the artifacts and logs. */
  readonly runUrl?: string;
  /** @default 65536 (GitHub's comment limit) */
  readonly maxLength?: number;
}

export interface ChangeCounts {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly replace: number;
}

/** Counts per column; a replacement counts once, as replace, not as add plus destroy. */
export function countChanges(changes: readonly ResourceChange[]): ChangeCounts {
  const n = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  return { add: n("create"), change: n("update"), destroy: n("delete"), replace: n("replace") };
}

/** Groups in the order a reviewer should read them: the losses first. */
const GROUPS: ReadonlyArray<[ChangeKind, string]> = [
  ["replace", "⚠️ Replace"],
  ["delete", "⚠️ Destroy"],
  ["create", "Create"],
  ["update", "Update in place"],
  ["forget", "Forget (removed from state, resource kept)"],
];

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const danger = (n: number) => (n > 0 ? `⚠️ **${n}**` : "0");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function guardCell(p: StackPlan): string {
  if (!p.changes) return "❌ no plan";
  if (!p.guard) return "–";
  if (p.guard.violations.length === 0) return "✅";
  return p.guard.blocked
    ? `⛔ **blocked** (${p.guard.violations.filter((v) => !v.approvedBy).length})`
    : `⚠️ **approved** (${p.guard.violations.length})`;
}

function entry(c: ResourceChange): string {
  return `${code(c.address)}${c.actionReason ? ` _(${c.actionReason.replace(/_/g, " ")})_` : ""}`;
}

type Detail = "full" | "losses" | "table";

function stackSection(p: StackPlan & { changes: readonly ResourceChange[] }, detail: Detail): string[] {
  const real = p.changes.filter((c) => c.kind !== "no-op" && c.kind !== "read");
  if (real.length === 0 || detail === "table") return [];
  const of = (kind: ChangeKind) => real.filter((c) => c.kind === kind);
  const losses = [...of("replace"), ...of("delete")];
  const out = [`### ${code(p.stack)}`, ""];
  const flagged = p.guard?.violations ?? [];
  const mark = (address: string) => {
    const v = flagged.find((x) => x.address === address);
    return v ? (v.approvedBy ? " ⚠️ **approved**" : " ⛔ **protected**") : "";
  };
  if (losses.length > 0) {
    for (const c of losses)
      out.push(`- ⚠️ **${c.kind === "replace" ? "replace" : "destroy"}** ${entry(c)}${mark(c.address)}`);
    out.push("");
  }
  // What the guard flags besides losses: forgets, authoritative IAM, protections switched off, CI grants.
  const other = flagged.filter((v) => v.rule !== "destroy");
  if (other.length > 0) {
    for (const v of other)
      out.push(
        `- ${v.approvedBy ? "⚠️ **approved**" : "⛔ **needs approval**"} ${code(v.address)} (${v.rule}): ${v.impact}`,
      );
    out.push("");
  }
  if (detail === "full") {
    const counts = GROUPS.map(([kind, label]) => [label, of(kind)] as const).filter(([, list]) => list.length > 0);
    out.push(
      `<details><summary>All ${plural(real.length, "change")}: ${counts.map(([label, list]) => `${list.length} ${label.replace("⚠️ ", "").toLowerCase()}`).join(", ")}</summary>`,
      "",
    );
    for (const [label, list] of counts)
      out.push(`**${label}** (${list.length})`, "", ...list.map((c) => `- ${entry(c)}`), "");
    out.push("</details>", "");
  }
  return out;
}

function render(plans: readonly StackPlan[], options: SummaryOptions, detail: Detail): string {
  const planned = plans.filter((p): p is StackPlan & { changes: readonly ResourceChange[] } => p.changes !== undefined);
  const counts = new Map(planned.map((p) => [p.stack, countChanges(p.changes)]));
  const sum = (key: keyof ChangeCounts) => [...counts.values()].reduce((n, c) => n + c[key], 0);
  const totals = { add: sum("add"), change: sum("change"), destroy: sum("destroy"), replace: sum("replace") };
  const blocked = plans.filter((p) => p.guard?.blocked);
  const overridden = plans.filter((p) => p.guard && !p.guard.blocked && p.guard.violations.length > 0);
  const missing = plans.filter((p) => !p.changes);
  const removed = options.removed ?? [];

  const out = [PLAN_COMMENT_MARKER, "## cdktf plan", ""];
  if (plans.length === 0 && removed.length === 0) {
    out.push("No stack is affected by this change: nothing to plan.", "");
  } else {
    out.push(
      `${plural(plans.length, "stack")}: ${totals.add} to add, ${totals.change} to change, ${totals.destroy > 0 ? `**${totals.destroy} to destroy**` : "0 to destroy"}, ${totals.replace > 0 ? `**${totals.replace} to replace**` : "0 to replace"}.`,
      "",
    );
  }
  if (blocked.length > 0) {
    out.push(
      `> [!CAUTION]`,
      `> ⛔ **The plan guard blocked ${plural(blocked.length, "stack")}** (${blocked.map((p) => code(p.stack)).join(", ")}): changes below need a person's approval. ` +
        "Change the code so Terraform updates in place, or, if the change is intended, approve it for this plan in `approvals/destroy.yaml` (code owners review it) or through the deploy's destroy environment (docs/ci.md).",
      "",
    );
  }
  if (overridden.length > 0) {
    out.push(
      `> [!WARNING]`,
      `> ⚠️ **Approved: merging WILL destroy, replace or weaken protected resources** in ${overridden.map((p) => code(p.stack)).join(", ")}. Check every ⚠️ line below.`,
      "",
    );
  }
  if (missing.length > 0) {
    out.push(
      `❌ No plan for ${missing.map((p) => code(p.stack)).join(", ")}: the plan job failed; see the run's logs.`,
      "",
    );
  }

  if (plans.length > 0) {
    out.push("| Stack | Add | Change | Destroy | Replace | Guard |", "|---|---:|---:|---:|---:|---|");
    for (const p of plans) {
      const c = counts.get(p.stack);
      const cells = c ? [c.add, c.change, danger(c.destroy), danger(c.replace)] : ["–", "–", "–", "–"];
      out.push(`| ${code(p.stack)} | ${cells.join(" | ")} | ${guardCell(p)} |`);
    }
    out.push("");
  }
  for (const p of planned) out.push(...stackSection(p, detail));
  if (detail !== "full" && planned.some((p) => p.changes.length > 0)) {
    out.push(`_The full resource lists did not fit in a comment; they are in the run's \`plan-*\` artifacts._`, "");
  }

  if (removed.length > 0) {
    out.push(
      "### Stacks removed from the app",
      "",
      `${removed.map(code).join(", ")} ${removed.length === 1 ? "is" : "are"} no longer synthesized. Merging does **not** destroy ${removed.length === 1 ? "its" : "their"} resources: ` +
        "they stay, with their state, until destroyed deliberately (docs/ci.md, Removing a service or environment).",
      "",
    );
  }
  if (options.runUrl) out.push(`[Workflow run, logs and plan artifacts](${options.runUrl})`, "");
  return out.join("\n");
}

/** The Markdown comment for a set of stack plans. Pure. */
export function renderPlanSummary(plans: readonly StackPlan[], options: SummaryOptions = {}): string {
  const max = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  for (const detail of ["full", "losses", "table"] as const) {
    const text = render(plans, options, detail);
    if (text.length <= max) return text;
  }
  const note = "\n\n_Truncated: see the run's plan artifacts._\n";
  return render(plans, options, "table").slice(0, max - note.length) + note;
}

export const DRIFT_ISSUE_MARKER = "<!-- gke-kit-drift -->";

/**
 * The weekly drift check's issue body: stacks whose real resources no longer match their
 * state and code (any planned change), and stacks that could not be planned.
 */
export function renderDriftReport(
  plans: readonly StackPlan[],
  runUrl?: string,
): { markdown: string; drifted: string[] } {
  const changed = (p: StackPlan) => (p.changes ?? []).filter((c) => c.kind !== "no-op" && c.kind !== "read");
  const drifted = plans.filter((p) => p.changes && changed(p).length > 0);
  const missing = plans.filter((p) => !p.changes);
  const out = [DRIFT_ISSUE_MARKER, "## Drift check", ""];
  out.push(
    drifted.length === 0
      ? `No drift: all ${plural(plans.length - missing.length, "stack")} planned match their code and state.`
      : `**${plural(drifted.length, "stack")} drifted** (a plan of unchanged code would change them): apply the code again with a deploy run, or change the code to match what was changed by hand.`,
    "",
  );
  if (drifted.length > 0) {
    out.push("| Stack | Add | Change | Destroy | Replace |", "|---|---:|---:|---:|---:|");
    for (const p of drifted) {
      const c = countChanges(p.changes!);
      out.push(`| ${code(p.stack)} | ${c.add} | ${c.change} | ${danger(c.destroy)} | ${danger(c.replace)} |`);
    }
    out.push("");
    for (const p of drifted)
      out.push(
        `<details><summary>${code(p.stack)}</summary>`,
        "",
        ...changed(p).map((c) => `- ${c.kind} ${entry(c)}`),
        "",
        "</details>",
        "",
      );
  }
  if (missing.length > 0)
    out.push(
      `❌ Not checked (the plan failed or waited for approval): ${missing.map((p) => code(p.stack)).join(", ")}.`,
      "",
    );
  if (runUrl) out.push(`[Run](${runUrl})`, "");
  return { markdown: out.join("\n"), drifted: drifted.map((p) => p.stack) };
}

/** Reads a guard report written by `plan-guard --report`, checking the fields used here. */
export function readGuardReport(file: string): GuardReport {
  const raw = readJsonFile(
    file,
    "the plan guard report",
    "write it with `plan-guard --report <file>`",
  ) as Partial<GuardReport>;
  if (typeof raw !== "object" || raw === null || typeof raw.blocked !== "boolean" || !Array.isArray(raw.violations)) {
    throw new CiInputError(
      `${file}: not a plan guard report (needs blocked and violations); write it with \`plan-guard --report <file>\``,
    );
  }
  return raw as GuardReport;
}

const USAGE = `usage: plan-summary [--dir <dir>] [<stack>=<plan.json> ...] [options]

Writes the pull-request comment (Markdown) for the given plans.
  --dir <dir>           read every <stack>.plan.json in <dir> (and <stack>.guard.json beside it)
  <stack>=<plan.json>   a plan given by hand; <stack>.guard.json beside it is read too
  --expected <json>     stacks that should have a plan (JSON array): missing ones are reported
  --removed <json>      stacks the change removes from the app (JSON array)
  --run-url <url>       link to the workflow run
  --drift               write the drift check's issue instead (stacks whose plan is not empty)
  --github-output       with --drift: write drifted=<n> and drifted_stacks=<json> to $GITHUB_OUTPUT
  --out <file>          write to a file instead of stdout`;

function loadStack(stack: string, planFile: string): StackPlan {
  const guardFile = path.join(path.dirname(planFile), `${stack}.guard.json`);
  return {
    stack,
    changes: readPlanFile(planFile),
    ...(fs.existsSync(guardFile) ? { guard: readGuardReport(guardFile) } : {}),
  };
}

export function main(argv: readonly string[]): number {
  const options = {
    dir: { type: "string" },
    expected: { type: "string" },
    removed: { type: "string" },
    "run-url": { type: "string" },
    drift: { type: "boolean" },
    "github-output": { type: "boolean" },
    out: { type: "string" },
  } as const;
  return runCli(USAGE, options, argv, ({ values, positionals }) => {
    const found = new Map<string, StackPlan>();
    const dir = values.dir as string | undefined;
    if (dir) {
      if (!fs.existsSync(dir)) throw new CiInputError(`--dir ${dir}: no such directory`);
      for (const f of fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".plan.json"))
        .sort()) {
        const stack = f.slice(0, -".plan.json".length);
        found.set(stack, loadStack(stack, path.join(dir, f)));
      }
    }
    for (const arg of positionals) {
      const eq = arg.indexOf("=");
      if (eq <= 0) throw new CiInputError(`"${arg}": give plans as <stack>=<plan.json>, e.g. dev=plans/dev.plan.json`);
      found.set(arg.slice(0, eq), loadStack(arg.slice(0, eq), arg.slice(eq + 1)));
    }
    // The expected order is the deploy order from affected-stacks; plans nobody expected follow.
    const expected = parseStringList(values.expected as string | undefined, "--expected");
    const order = [...new Set([...expected, ...found.keys()])];
    const plans = order.map((stack) => found.get(stack) ?? { stack });
    if (values.drift) {
      const report = renderDriftReport(plans, values["run-url"] as string | undefined);
      if (values["github-output"]) {
        if (!process.env.GITHUB_OUTPUT)
          throw new CiInputError(
            "--github-output: $GITHUB_OUTPUT is not set; it is only available inside GitHub Actions",
          );
        fs.appendFileSync(
          process.env.GITHUB_OUTPUT,
          `drifted=${report.drifted.length}\ndrifted_stacks=${JSON.stringify(report.drifted)}\n`,
        );
      }
      if (values.out) fs.writeFileSync(values.out as string, report.markdown);
      else process.stdout.write(report.markdown);
      return EXIT.ok;
    }
    const markdown = renderPlanSummary(plans, {
      removed: parseStringList(values.removed as string | undefined, "--removed"),
      runUrl: values["run-url"] as string | undefined,
    });
    if (values.out) fs.writeFileSync(values.out as string, markdown);
    else process.stdout.write(markdown);
    return EXIT.ok;
  });
}
