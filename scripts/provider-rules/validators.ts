// Validators as data: the enum, range, length and regex checks a provider validator value
// (go-values.ts Val) stands for, and the names of the parts that are Go code (`unchecked`).
import type { ValueCheck } from "../../lib/gcp/provider-rules";
import { GoEvaluator } from "./go-eval";
import { Val } from "./go-values";

export const str = (v: Val | undefined): string | undefined => (v?.k === "str" ? v.v : undefined);
export const num = (v: Val | undefined): number | undefined => (v?.k === "num" ? v.v : undefined);
export const strings = (v: Val | undefined): string[] | undefined =>
  v?.k === "list" && v.items.every((i) => i.k === "str") ? v.items.map((i) => (i as { v: string }).v) : undefined;
export const describe = (v: Val): string =>
  v.k === "call"
    ? v.fn
    : v.k === "ref"
      ? v.name
      : v.k === "closure"
        ? "inline Go function"
        : v.k === "opaque"
          ? v.text.slice(0, 60)
          : v.k;

/** A validator value as data checks, or the names of the parts that are code. */
export function checksOf(v: Val, ev: GoEvaluator): { checks: ValueCheck[]; unchecked: string[] } {
  const none = { checks: [], unchecked: [describe(v)] };
  if (v.k === "ref") {
    if (v.name === "validation.StringIsNotEmpty")
      return { checks: [{ kind: "length", min: 1, from: v.name }], unchecked: [] };
    // A named validator that only wraps a known one, e.g. verify.ValidateGCEName -> ValidateRegexp.
    const inner = ev.expandValidator(v.name);
    const found = inner ? checksOf(inner, ev) : none;
    if (!found.unchecked.length) return { checks: found.checks.map((c) => ({ ...c, from: v.name })), unchecked: [] };
    const own = ev.asClosure(v.name);
    return own ? (regexChecks(own, v.name, ev) ?? none) : none;
  }
  if (v.k === "closure") return regexChecks(v, "inline Go function", ev) ?? none;
  if (v.k !== "call") return none;
  const [a, b] = v.args;
  const from = v.fn;
  const ok = (c: ValueCheck): { checks: ValueCheck[]; unchecked: string[] } => ({ checks: [c], unchecked: [] });
  switch (v.fn) {
    case "validation.StringInSlice":
    case "verify.ValidateEnum":
      return strings(a)
        ? ok({ kind: "enum", values: strings(a)!, ...(b?.k === "bool" && b.v ? { ignoreCase: true } : {}), from })
        : none;
    case "validation.StringNotInSlice":
    case "verify.StringNotInSlice":
      return strings(a)
        ? ok({ kind: "notIn", values: strings(a)!, ...(b?.k === "bool" && b.v ? { ignoreCase: true } : {}), from })
        : none;
    case "validation.IntInSlice":
      return a?.k === "list" && a.items.every((i) => i.k === "num")
        ? ok({ kind: "intEnum", values: a.items.map((i) => (i as { v: number }).v), from })
        : none;
    case "validation.IntBetween":
    case "validation.FloatBetween":
      return num(a) !== undefined && num(b) !== undefined
        ? ok({ kind: "range", min: num(a), max: num(b), from })
        : none;
    case "validation.IntAtLeast":
    case "validation.FloatAtLeast":
      return num(a) !== undefined ? ok({ kind: "range", min: num(a), from }) : none;
    case "validation.IntAtMost":
    case "validation.FloatAtMost":
      return num(a) !== undefined ? ok({ kind: "range", max: num(a), from }) : none;
    case "validation.StringLenBetween":
      return num(a) !== undefined && num(b) !== undefined
        ? ok({ kind: "length", min: num(a), max: num(b), from })
        : none;
    case "validation.StringMatch":
    case "verify.ValidateRegexp": {
      const pattern = a?.k === "call" && a.fn === "regexp.MustCompile" ? str(a.args[0]) : str(a);
      return pattern !== undefined && jsCompatible(pattern) ? ok({ kind: "regex", pattern, from }) : none;
    }
    case "validation.ToDiagFunc":
      return a ? checksOf(a, ev) : none;
    case "validation.All": {
      const parts = v.args.map((x) => checksOf(x, ev));
      return { checks: parts.flatMap((p) => p.checks), unchecked: parts.flatMap((p) => p.unchecked) };
    }
    case "validation.Any":
    case "verify.OrEmpty": {
      const parts =
        v.fn === "verify.OrEmpty"
          ? [checksOf(a, ev), ok({ kind: "enum", values: [""], from })]
          : v.args.map((x) => checksOf(x, ev));
      // One part that is code makes the whole alternative unknowable: check nothing.
      if (parts.some((p) => p.unchecked.length || p.checks.length !== 1)) return none;
      return ok({ kind: "any", of: parts.map((p) => p.checks[0]), from });
    }
    default:
      return v.impl?.k === "closure" ? (regexChecks(v.impl, v.fn, ev) ?? none) : none;
  }
}

/** A validator closure whose whole check is "must match these regexes" (see GoEvaluator.closureRegexes). */
function regexChecks(
  c: Extract<Val, { k: "closure" }>,
  from: string,
  ev: GoEvaluator,
): { checks: ValueCheck[]; unchecked: string[] } | undefined {
  const found = ev.closureRegexes(c);
  if (!found || !found.every(jsCompatible)) return undefined;
  return {
    checks: found.map((pattern) => ({ kind: "regex", pattern, from })),
    unchecked: [`${from} (beyond its regex)`],
  };
}

/** Go's RE2 and JavaScript agree on the patterns the provider uses; anything else is left out. */
function jsCompatible(pattern: string): boolean {
  if (/\(\?[a-zA-Z]|\\[zApP]|\[\[:/.test(pattern)) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
