import { z } from "zod";
import { MAX_SOAK_DAYS } from "../gcp/fleet";

// One definition of the fleet options: the config fragment (`fleet` of config/environments/<env>.yaml)
// and its defaults; stacks/fleet-parts.ts uses them.

/**
 * `fleet` of an environment file: the environment's fleet (its host project is the fleet host
 * and every cluster is born a member, constructs/fleet.ts). One definition per option.
 */
export const fleetSchema = z
  .object({
    upgradeSoakDays: z
      .number()
      .int()
      .min(0)
      .max(MAX_SOAK_DAYS)
      .default(7)
      .describe(
        "Days a GKE version soaks in this fleet before the next environment of the promotion chain (config/platform.yaml) may get it (clusterupgrade feature, at most 30).",
      ),
  })
  .strict()
  .default({})
  .describe(
    "The environment's fleet: clusters registered at creation, fleet Workload Identity, team scopes, upgrade order after the previous environment of the promotion chain.",
  );
export type FleetConfig = z.infer<typeof fleetSchema>;
