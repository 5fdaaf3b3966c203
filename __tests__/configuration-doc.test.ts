import * as fs from "fs";
import * as path from "path";
import { CONFIGURATION_DOC, configurationDoc, guardrails, keyRows } from "../scripts/configuration-doc";
import { jsonSchemaText } from "../scripts/schemas";
import { REPO_ROOT } from "./helpers";

// docs/configuration.md is generated from the config schemas and current (npm run docs).
describe("configuration reference", () => {
  const doc = configurationDoc();

  it("is current", () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, CONFIGURATION_DOC), "utf8")).toBe(doc);
  });

  it("has a row for every key of every config file, nested ones included", () => {
    for (const kind of ["platform", "environment", "service", "bootstrap"] as const) {
      const rows = keyRows(JSON.parse(jsonSchemaText(kind)));
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) expect([kind, doc.includes(`| \`${r.key}\` |`)]).toEqual([kind, true]);
    }
    expect(doc).toMatch(/\| `cluster\.nodePools\[\]\.upgrade\.maxSurge` \| integer \| `1` \|/);
    expect(doc).toMatch(/\| `cluster\.maintenanceExclusions\[\]\.scope` \| "NO_UPGRADES" \\\| /);
  });

  it("names the guardrail that governs a key, and none for a key no rule names", () => {
    expect(guardrails("redis.tier", "")).toBe("RED004");
    expect(guardrails("cluster.nodePools[].upgrade.maxSurge", "")).toBe("GKE028");
    expect(guardrails("cluster.nodePools[].diskSizeGb", "")).toBe("");
    expect(guardrails("waivers[].rule", "Guardrail rule ID to waive, e.g. RED004")).toBe("");
  });
});
