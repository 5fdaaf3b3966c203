import { RESOURCE_TYPES } from "./index";
import type { Convergence } from "./types";

// The tables of docs/permissions.md and docs/convergence.md, generated from the registry
// (`npm run docs`; __tests__/resource-docs.test.ts fails when a table is stale).

const code = (type: string) => `\`${type}\``;

/** docs/permissions.md: one row per type and applying identity, deploy rows first. */
export function permissionsTable(): string {
  const rows = (["deploy", "factory"] as const).flatMap((identity) =>
    RESOURCE_TYPES.flatMap((r) =>
      r.permissions
        .filter((p) => p.identity === identity)
        .map(
          (p) =>
            `| ${code(r.type)} | ${identity} | ${p.where} | ${p.permissions} | ${p.heldThrough} | ${p.reference} |`,
        ),
    ),
  );
  return [
    "| Resource type | Identity | Where | Permissions | Held through | Source |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** docs/convergence.md: each row once, naming every type that shares it, in registry order. */
export function convergenceTable(): string {
  const seen = new Set<Convergence>();
  const rows: string[] = [];
  for (const r of RESOURCE_TYPES) {
    for (const c of r.convergence) {
      if (seen.has(c)) continue;
      seen.add(c);
      const types = RESOURCE_TYPES.filter((o) => o.convergence.includes(c)).map((o) => code(o.type));
      rows.push(`| ${types.join(", ")} | ${c.couldDiffer} | ${c.why} | ${c.source} |`);
    }
  }
  return [
    "| Resource type | Could differ | Why the second plan is empty | Source (v6.50.0) |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

export const TABLE_MARKERS = {
  "docs/permissions.md": { name: "permissions", table: permissionsTable },
  "docs/convergence.md": { name: "convergence", table: convergenceTable },
} as const;

/** `text` with the generated table between `<!-- resource-types:<name>:start -->` and its end marker. */
export function updateTable(file: keyof typeof TABLE_MARKERS, text: string): string {
  const { name, table } = TABLE_MARKERS[file];
  const [start, end] = [`<!-- resource-types:${name}:start -->`, `<!-- resource-types:${name}:end -->`];
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file} needs the markers ${start} and ${end}`);
  return `${text.slice(0, i + start.length)}\n${table()}\n${text.slice(j)}`;
}
