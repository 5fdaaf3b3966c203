import * as fs from "fs";
import * as path from "path";
import { rulesMarkdown } from "../lib/policy/report";
import { jsonSchemaFiles } from "./schemas";
import { writeGenerated } from "./generated-files";
import { updateCiDoc } from "../bootstrap/role-table";
import { updateTable } from "../lib/resource-types/docs";
import { writeDiagrams } from "./diagram";
import { loadConfig } from "../lib/config/load";
import { ConfigError } from "../lib/config/errors";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { workflowFiles, workflowInputs } from "./workflows";

/** Regenerates the generated sections of README.md (the guardrail rule table). */
export function updateReadme(text: string): string {
  const start = "<!-- rules:start -->";
  const end = "<!-- rules:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md needs the markers ${start} and ${end}`);
  return `${text.slice(0, i + start.length)}\n${rulesMarkdown()}\n${text.slice(j)}`;
}

// `npm run docs` regenerates every generated artefact, so one command fixes any staleness test.
if (require.main === module) {
  const root = process.env.KIT_ROOT ?? process.cwd();
  let config, bootstrap;
  try {
    config = loadConfig(root);
    bootstrap = loadBootstrapConfig(root, config.environments);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`docs: nothing was written; fix the configuration first.\n${e.message}`);
    process.exit(1);
  }
  const changed = [
    ...writeGenerated(root, jsonSchemaFiles()),
    ...writeGenerated(root, workflowFiles(workflowInputs(config, bootstrap))),
    ...writeDiagrams(root, config),
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
  console.log(changed.length === 0 ? "generated files are up to date" : `updated ${[...new Set(changed)].join(", ")}`);
}
