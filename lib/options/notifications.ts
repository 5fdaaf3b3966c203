import { z } from "zod";

// One definition of cluster notification options (`cluster.notifications` of an environment file): the zod fragment, its type and its defaults.

export const notificationsSchema = z
  .object({
    enabled: z.boolean().default(true).describe("Publish cluster notifications to gke-<env>-upgrades."),
    events: z
      .array(z.enum(["UPGRADE_AVAILABLE_EVENT", "UPGRADE_EVENT", "SECURITY_BULLETIN_EVENT", "UPGRADE_INFO_EVENT"]))
      .min(1)
      .optional()
      .describe("Event types to publish; default: all."),
  })
  .strict()
  .default({})
  .describe("Upgrade and security notifications to a Pub/Sub topic the platform stack creates.");

/** As written in config (defaults not yet applied). */
export type NotificationsOptions = NonNullable<z.input<typeof notificationsSchema>>;
/** After validation, defaults applied. */
export type NotificationsConfig = NonNullable<z.output<typeof notificationsSchema>>;
