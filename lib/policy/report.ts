import { Finding } from "./aspect";
import { RULES } from "./rules";

/** Findings as a plain-text table, one line each, grouped by stack. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Guardrails: no findings.";
  const rows = findings.map((f) => [
    f.stack,
    f.rule,
    f.severity,
    f.waived ? "waived" : "open",
    f.path,
    f.waived ?? f.fix,
  ]);
  const head = ["stack", "rule", "severity", "status", "resource", "reason / fix"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}

/** The README's rule table, generated from RULES so it cannot drift. */
export function rulesMarkdown(): string {
  const rows = RULES.map(
    (r) =>
      `| ${r.id} | ${r.severity} | ${r.resourceTypes.map((t) => `\`${t}\``).join(", ")} | ${r.title}: ${r.rationale} | ${r.fix} |`,
  );
  return ["| ID | Severity | Applies to | Rule | Fix |", "|---|---|---|---|---|", ...rows].join("\n");
}
