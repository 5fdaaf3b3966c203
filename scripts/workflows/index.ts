import { WorkflowInputs } from "./inputs";
import { prWorkflow } from "./pr";
import { deployWorkflow } from "./deploy";
import { deployEnvWorkflow } from "./deploy-env";
import { planEnvWorkflow } from "./plan-env";
import { driftWorkflow } from "./drift";

export { workflowInputs } from "./inputs";
export type { WorkflowInputs } from "./inputs";

/** The workflow files, repository-relative path to text, generated from the estate (`npm run docs`). */
export function workflowFiles(w: WorkflowInputs): Map<string, string> {
  const files: [string, string, (w: WorkflowInputs) => string][] = [
    ["pr.yml", "pr.ts", prWorkflow],
    ["deploy.yml", "deploy.ts", deployWorkflow],
    [w.deployWorkflow, "deploy-env.ts", deployEnvWorkflow],
    [w.planWorkflow, "plan-env.ts", planEnvWorkflow],
    ["drift.yml", "drift.ts", driftWorkflow],
  ];
  return new Map(
    files.map(([file, source, render]) => [
      `.github/workflows/${file}`,
      `# Generated from config/ by \`npm run docs\` (scripts/workflows/${source}): edit the generator, not this file.\n${render(w)}`,
    ]),
  );
}
