import type { Waiver } from "../options/waiver";

/** A waiver resolved to where it came from, so its scope is known. */
export interface ScopedWaiver extends Waiver {
  readonly source: string;
}

const compiled = new Map<string, RegExp>();

/** A construct path glob: `*` within one path segment, `**` across segments. */
function globToRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    const body = glob
      .split("**")
      .map((part) =>
        part
          .split("*")
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
          .join("[^/]*"),
      )
      .join(".*");
    re = new RegExp(`^${body}$`);
    compiled.set(glob, re);
  }
  return re;
}

/**
 * The waiver of `rule` that covers `path`: the one place that decides whether a finding is
 * accepted, used by the guardrails (PolicyAspect, per resource path) and by config validation
 * (no path yet: any waiver of the rule in the file counts, as the guardrail would then apply it
 * to the resources it names).
 */
export function waiverFor<W extends Waiver>(waivers: readonly W[], rule: string, path?: string): W | undefined {
  return waivers.find(
    (w) => w.rule === rule && (path === undefined || !w.resource || globToRegExp(w.resource).test(path)),
  );
}
