import type { GuardReport, GuardViolation } from "./plan-guard";

/** The plan guard's verdict for people and for GitHub's annotations. */

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

/** GitHub Actions shows these as annotations on the run and the pull request. */
export function annotations(report: GuardReport): string[] {
  return report.violations.map(
    (v) =>
      `::${v.approvedBy ? "warning" : "error"} title=plan guard (${report.stack})::${v.kind} ${v.address} [${v.rule}]: ${v.impact}`,
  );
}
