import * as fs from "fs";
import * as path from "path";
import { rulesMarkdown } from "../lib/policy/report";
import { jsonSchemaFiles } from "./schemas";
import { writeGenerated, writeGeneratedFolder } from "./generated-files";
import { configSyncFiles } from "../handoff/platform-baseline";
import { naming } from "../lib/naming";
import { updateCiDoc } from "../bootstrap/role-table";
import { updateTable } from "../lib/resource-types/docs";
import { CONFIGURATION_DOC, configurationDoc } from "./configuration-doc";
import { writeDiagrams } from "./diagram";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { workflowFiles, workflowInputs } from "./workflows";
import { answered, CommandResult, parseCommand, runCommand } from "../lib/cli";

/** Regenerates the generated sections of README.md (the guardrail rule table). */
export function updateReadme(text: string): string {
  const start = "<!-- rules:start -->";
  const end = "<!-- rules:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md needs the markers ${start} and ${end}`);
  return `${text.slice(0, i + start.length)}\n${rulesMarkdown()}\n${text.slice(j)}`;
}

/**
 * The estate's committed derived files: the workflows and the hydrated tenant baseline per
 * environment (what CI pushes and Config Sync applies). Returns what changed.
 */
export function regenerateCommittedEstate(root: string, config = loadConfig(root)): string[] {
  const bootstrap = loadBootstrapConfig(root, config.environments);
  return [
    ...writeGenerated(root, workflowFiles(workflowInputs(config, bootstrap))),
    ...writeGeneratedFolder(
      root,
      naming.baselineRoot(),
      configSyncFiles(config.environments, config.services, config.platform),
    ),
  ];
}

/** Everything derived from the estate: the committed files and the (uncommitted) architecture pages. */
export function regenerateEstate(root: string): string[] {
  const config = loadConfig(root);
  return [...regenerateCommittedEstate(root, config), ...writeDiagrams(root, config)];
}

/** Regenerates everything derived from code and the estate; returns what changed. Throws ConfigError, writing nothing. */
export function regenerate(root: string): string[] {
  // Validate first: a broken estate writes nothing, not even the schemas.
  loadBootstrapConfig(root, loadConfig(root).environments);
  const changed = [
    ...writeGenerated(root, jsonSchemaFiles()),
    ...writeGenerated(root, new Map([[CONFIGURATION_DOC, configurationDoc()]])),
    ...regenerateEstate(root),
  ];
  // README.md's rule table, docs/ci.md's CI role table and the resource-type tables.
  for (const [name, update] of [
    ["README.md", updateReadme],
    ["docs/ci.md", updateCiDoc],
    ["docs/permissions.md", (t: string) => updateTable("docs/permissions.md", t)],
    ["docs/convergence.md", (t: string) => updateTable("docs/convergence.md", t)],
  ] as const) {
    const file = path.join(root, name);
    const before = fs.readFileSync(file, "utf8");
    const after = update(before);
    if (after !== before) fs.writeFileSync(file, after);
    if (after !== before) changed.push(name);
  }
  return [...new Set(changed)];
}

const HELP = `Usage: npm run docs

The one regeneration command: writes everything derived from the code and from your estate
(config/, services/): the JSON Schemas, the workflow files (.github/workflows), the
architecture maps (docs/architecture/, not committed), the hydrated tenant baseline Config
Sync applies (config-sync/<env>/), README.md's guardrail table and
docs/ci.md's role table, the tables of docs/permissions.md and docs/convergence.md, and
the configuration reference docs/configuration.md.
Tests fail while any committed one is stale. Nothing is written
while the configuration has a problem.`;

export function docsCommand(argv: readonly string[], root: string): CommandResult {
  const args = parseCommand("docs", HELP, argv, {});
  if (answered(args)) return args;
  try {
    const changed = regenerate(root);
    return { code: 0, out: changed.length === 0 ? "generated files are up to date" : `updated ${changed.join(", ")}` };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return { code: 1, out: `docs: nothing was written; fix the configuration first.\n${e.message}` };
  }
}

if (require.main === module) runCommand((argv) => docsCommand(argv, process.env.KIT_ROOT ?? process.cwd()));
