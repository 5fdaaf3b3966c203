import { z } from "zod";
import { rfc3339 } from "../config/primitives";

// One definition of cluster maintenance options (`cluster.maintenanceWindow`, `cluster.maintenanceExclusions`): the zod fragment, its type and its defaults.

/**
 * The window automatic upgrades run in unless config sets one: Tuesday to Thursday, 02:00-06:00
 * UTC (12 hours a week; GKE needs 48 hours in any 32 days, lib/gcp/maintenance.ts).
 */
export const DEFAULT_MAINTENANCE_WINDOW = {
  startTime: "2026-01-06T02:00:00Z",
  endTime: "2026-01-06T06:00:00Z",
  recurrence: "FREQ=WEEKLY;BYDAY=TU,WE,TH",
} as const;

export const maintenanceWindowSchema = z
  .object({
    startTime: rfc3339.describe("Start of the first window, in UTC."),
    endTime: rfc3339.describe("End of the first window; its length applies to every recurrence."),
    recurrence: z.string().min(5).describe("RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=SA,SU."),
  })
  .strict()
  .default({ ...DEFAULT_MAINTENANCE_WINDOW })
  .describe("When automatic upgrades may run; times like 2026-01-06T02:00:00Z.");

export const maintenanceExclusionsSchema = z
  .array(
    z
      .object({
        name: z.string().min(1).describe("Name of the freeze."),
        startTime: rfc3339.describe("Start of the freeze, in UTC."),
        endTime: rfc3339
          .or(z.literal("END_OF_SUPPORT"))
          .describe(
            "End of the freeze, in UTC; END_OF_SUPPORT (minor scopes only) keeps it until the cluster's minor version leaves support.",
          ),
        scope: z
          .enum(["NO_UPGRADES", "NO_MINOR_UPGRADES", "NO_MINOR_OR_NODE_UPGRADES"])
          .default("NO_UPGRADES")
          .describe("What is held back; NO_MINOR_UPGRADES still lets patches land."),
      })
      .strict(),
  )
  .default([])
  .describe("Freezes: periods without (some) upgrades, e.g. a year-end freeze.");

/** As written in config (defaults not yet applied). */
export type MaintenanceWindowOptions = NonNullable<z.input<typeof maintenanceWindowSchema>>;
/** After validation, defaults applied. */
export type MaintenanceWindowConfig = NonNullable<z.output<typeof maintenanceWindowSchema>>;
/** One entry as written in config (defaults not yet applied). */
export type MaintenanceExclusionOptions = NonNullable<z.input<typeof maintenanceExclusionsSchema>>[number];
/** One entry after validation, defaults applied. */
export type MaintenanceExclusionConfig = z.output<typeof maintenanceExclusionsSchema>[number];
