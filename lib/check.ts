/**
 * One check of one value: `ok`, or else `problem` at `field` (a dotted path relative to
 * what the rule was given). Rules in lib/gcp call it for every check they make, passing
 * or not, so the same rule serves config validation (which reports file and field) and
 * constructs (which throw), and a test can list every check a construct makes.
 */
export type Check = (ok: boolean, field: string, problem: string) => void;

/** Joins field paths: "a" + "b" is "a.b", "a" + "[0]" is "a[0]", "" + "b" is "b". */
export function joinField(prefix: string, field: string): string {
  if (!prefix) return field;
  if (!field) return prefix;
  return field.startsWith("[") ? `${prefix}${field}` : `${prefix}.${field}`;
}

/** `check` with every field under `prefix`. */
export function at(check: Check, prefix: string): Check {
  return (ok, field, problem) => check(ok, joinField(prefix, field), problem);
}

/** `check` with the first segment of a field renamed, where a construct names a prop differently. */
export function renamed(check: Check, names: Readonly<Record<string, string>>): Check {
  return (ok, field, problem) => {
    const head = /^[^.[]*/.exec(field)![0];
    check(ok, Object.hasOwn(names, head) ? names[head] + field.slice(head.length) : field, problem);
  };
}
