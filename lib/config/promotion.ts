import { PlatformConfig } from "./schema";
import { ConfigIssue } from "./errors";

/** Job IDs of the generated deploy workflow besides the environments' (scripts/workflows/deploy.ts). */
export const DEPLOY_WORKFLOW_JOBS = ["synth", "summary"] as const;

/**
 * The environments in the order a merge deploys them: `promotion` of config/platform.yaml,
 * else the environments that are not production by name, then productionEnvironments as listed.
 */
export function promotionOrder(platform: PlatformConfig, environmentNames: readonly string[]): string[] {
  if (platform.promotion) return [...platform.promotion];
  const production = platform.productionEnvironments.filter((e) => environmentNames.includes(e));
  return [...environmentNames.filter((e) => !production.includes(e)).sort(), ...production];
}

/** The promotion chain lists every environment once, production last; names stay free for the deploy workflow's jobs. */
export function checkPromotion(platform: PlatformConfig, environmentNames: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: "config/platform.yaml", field, message });
  const chain = platform.promotion ?? [];
  chain.forEach((e, i) => {
    if (!environmentNames.includes(e))
      add(
        `promotion[${i}]`,
        `"${e}" is not an environment (config/environments/${e}.yaml does not exist); known: ${environmentNames.join(", ")}`,
      );
    else if (chain.indexOf(e) !== i) add(`promotion[${i}]`, `"${e}" is listed twice; list each environment once`);
  });
  if (platform.promotion) {
    for (const e of environmentNames.filter((n) => !chain.includes(n)))
      add(
        "promotion",
        `does not list "${e}" (config/environments/${e}.yaml), so merges would never deploy it; add it in its place in the chain`,
      );
  }
  // Each known environment once, in the declared order: production ones must come last.
  const known = chain.filter((e, i) => environmentNames.includes(e) && chain.indexOf(e) === i);
  const production = (e: string) => platform.productionEnvironments.includes(e);
  const first = known.find(production);
  for (const e of known
    .slice(first === undefined ? known.length : known.indexOf(first) + 1)
    .filter((n) => !production(n)))
    add(
      `promotion[${chain.indexOf(e)}]`,
      `"${e}" is not production but comes after ${first}, which is: changes would reach production before ${e}; move it before ${first}`,
    );
  for (const e of environmentNames.filter((n) => (DEPLOY_WORKFLOW_JOBS as readonly string[]).includes(n)))
    issues.push({
      file: `config/environments/${e}.yaml`,
      field: "",
      message: `"${e}" is a job of the deploy workflow (${DEPLOY_WORKFLOW_JOBS.join(", ")}); rename the file`,
    });
  return issues;
}
