import { KitConfig } from "../lib/config/load";
import { PRODUCTION_OUTPUT } from "../lib/options/production";
import { naming } from "../lib/naming";

/**
 * How the guard knows a stack WAS production: the `production_like` output every stack writes
 * (stacks/stack-defaults.ts) is in its state after a deploy, and a plan carries that state as
 * `prior_state` (developer.hashicorp.com/terraform/internals/json-format, "Plan
 * Representation": prior_state is a state representation whose values.outputs map each
 * output name to { value, sensitive }). A config edit cannot change what was deployed, so
 * dropping an environment from productionEnvironments cannot hide from the guard.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** True when the plan's prior state records the stack as deployed production-like. */
export function deployedAsProduction(plan: unknown): boolean {
  let v: unknown = plan;
  for (const key of ["prior_state", "values", "outputs", PRODUCTION_OUTPUT]) v = isObject(v) ? v[key] : undefined;
  return isObject(v) && v.value === true;
}

/** A stack deployed as production that config no longer treats as production. */
export interface ProductionDropped {
  readonly environment: string;
  /** The reason of config/platform.yaml's retiredProduction entry naming the environment, if any. */
  readonly retiredBecause?: string;
}

/** The environment a stack belongs to (its platform stack or one of its services'), by name. */
export function environmentOfStack(stack: string, config: KitConfig): string | undefined {
  for (const env of config.environments) if (naming.platformStack(env.name) === stack) return env.name;
  for (const svc of config.services) {
    const env = svc.environments.find((e) => naming.serviceStack(svc.name, e) === stack);
    if (env !== undefined) return env;
  }
  return undefined;
}

/** The drop, when the deployed state says production and config does not; undefined otherwise. */
export function productionDropped(
  plan: unknown,
  environment: string,
  productionLikeNow: boolean,
  config: Pick<KitConfig, "platform">,
): ProductionDropped | undefined {
  if (productionLikeNow || !deployedAsProduction(plan)) return undefined;
  const retired = config.platform.retiredProduction.find((r) => r.environment === environment);
  return { environment, ...(retired ? { retiredBecause: retired.reason } : {}) };
}
