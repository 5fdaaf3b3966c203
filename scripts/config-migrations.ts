import { parseDocument, isMap, isScalar, isSeq, Document } from "yaml";
import { ConfigKindName } from "./schema-files";

/** A key the kit renamed: in files of `kind`, the value at `from` moves to `to` (dotted paths, `*` = every list item). */
export interface Rename {
  readonly kind: ConfigKindName;
  readonly from: string;
  readonly to: string;
  /** The kit version that made the change (CHANGELOG.md). */
  readonly since: string;
}

/**
 * Every key the kit renamed, oldest first. A release that renames a key adds it here and to
 * CHANGELOG.md; `npm run migrate-config` then rewrites an adopter's files, comments kept.
 * None has been renamed since the first release.
 */
export const RENAMES: readonly Rename[] = [];

type Path = readonly string[];
type Concrete = (string | number)[];

/** The concrete paths `pattern` matches in `doc` (`*` expands to every index of a list). */
function expand(doc: Document, pattern: Path, prefix: Concrete = []): Concrete[] {
  if (pattern.length === 0) return [prefix];
  const [head, ...rest] = pattern;
  if (head !== "*") return expand(doc, rest, [...prefix, head]);
  const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
  return isSeq(node) ? node.items.flatMap((_, i) => expand(doc, rest, [...prefix, i])) : [];
}

/** `to` with its `*`s replaced by the list indices `at` matched, in order. */
function destination(to: Path, at: Concrete): Concrete {
  const indices = at.filter((p): p is number => typeof p === "number");
  return to.map((p) => (p === "*" ? indices.shift()! : p));
}

export interface Migrated {
  readonly text: string;
  /** "from -> to" for each move made. */
  readonly moved: readonly string[];
  /** Moves that could not be made (both keys set): nothing of this file should be written. */
  readonly conflicts: readonly string[];
}

/** Moves the value at `at` to `dest`; a key renamed in place keeps its comments and position. */
function move(doc: Document, at: Concrete, dest: Concrete): void {
  const sameParent = at.length === dest.length && at.slice(0, -1).every((p, i) => p === dest[i]);
  const parent = at.length === 1 ? doc.contents : doc.getIn(at.slice(0, -1), true);
  const pair =
    sameParent && isMap(parent)
      ? parent.items.find((p) => isScalar(p.key) && p.key.value === at[at.length - 1])
      : undefined;
  if (pair && isScalar(pair.key)) {
    pair.key.value = dest[dest.length - 1];
    return;
  }
  doc.setIn(dest, doc.getIn(at, true));
  doc.deleteIn(at);
}

/** Applies the renames of `kind` to one file's text; comments and order are kept. */
export function migrateText(text: string, kind: ConfigKindName, renames: readonly Rename[] = RENAMES): Migrated {
  const doc = parseDocument(text);
  const moved: string[] = [];
  const conflicts: string[] = [];
  for (const r of renames.filter((x) => x.kind === kind)) {
    for (const at of expand(doc, r.from.split("."))) {
      if (!doc.hasIn(at)) continue;
      const dest = destination(r.to.split("."), at);
      if (doc.hasIn(dest)) {
        conflicts.push(
          `${at.join(".")}: both ${r.from} and ${r.to} are set; keep ${r.to} (the name since ${r.since}) and delete the other`,
        );
        continue;
      }
      move(doc, at, dest);
      moved.push(`${at.join(".")} -> ${dest.join(".")}`);
    }
  }
  return { text: moved.length > 0 ? doc.toString({ lineWidth: 0 }) : text, moved, conflicts };
}
