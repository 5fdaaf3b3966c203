import { z } from "zod";

// One definition of the production-retirement option (`retiredProduction` of config/platform.yaml)
// and of the output that records, in each stack's state, whether it was deployed as production.

/**
 * Terraform output every stack writes (stacks/stack-defaults.ts): true when the stack was
 * synthesized for a production-like environment. After a deploy it sits in the stack's state,
 * so the plan guard reads the deployed truth from the plan's prior state, which no config
 * edit can change (changepath/production-record.ts).
 */
export const PRODUCTION_OUTPUT = "production_like";

/**
 * `retiredProduction` of config/platform.yaml: environments that were deployed as production
 * and deliberately are not any more. The plan guard blocks a stack whose state says production
 * while config says otherwise, unless its environment is named here.
 */
export const retiredProductionSchema = z
  .array(
    z
      .object({
        environment: z.string().min(1).describe("The environment that leaves productionEnvironments."),
        reason: z
          .string()
          .trim()
          .min(10, "must say why the environment stops being production (at least 10 characters)")
          .describe("Why it loses its production protections (HA, backups, production guardrails)."),
      })
      .strict(),
  )
  .default([])
  .describe(
    "Waivers: environments removed from productionEnvironments on purpose. Without an entry naming it, the plan guard refuses to deploy an environment whose deployed state says production once config no longer does.",
  );
export type RetiredProduction = z.infer<typeof retiredProductionSchema>;

/** Problems of `retiredProduction` against `productionEnvironments`, as [field, message]. */
export function retiredProductionProblems(
  retired: RetiredProduction,
  productionEnvironments: readonly string[],
): Array<[string, string]> {
  return retired.flatMap((r, i): Array<[string, string]> =>
    productionEnvironments.includes(r.environment)
      ? [
          [
            `retiredProduction[${i}].environment`,
            `"${r.environment}" is still in productionEnvironments; remove it there to retire it, or remove this entry`,
          ],
        ]
      : [],
  );
}
