import { z } from "zod";

// One definition of cluster notification options (`cluster.notifications` of an environment file): the zod fragment, its type and its defaults.

/** Every event type GKE publishes (NotificationConfig.EventType of the GKE v1 API). */
export const NOTIFICATION_EVENTS = [
  "UPGRADE_AVAILABLE_EVENT",
  "UPGRADE_EVENT",
  "SECURITY_BULLETIN_EVENT",
  "UPGRADE_INFO_EVENT",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/**
 * Published unless config lists others: the events that call for action. UPGRADE_INFO_EVENT
 * (progress of each upgrade and support end dates,
 * cloud.google.com/kubernetes-engine/docs/reference/rest/v1/UpgradeInfoEvent) only when listed.
 */
export const DEFAULT_NOTIFICATION_EVENTS: readonly NotificationEvent[] = [
  "UPGRADE_AVAILABLE_EVENT",
  "UPGRADE_EVENT",
  "SECURITY_BULLETIN_EVENT",
];

export const notificationsSchema = z
  .object({
    enabled: z.boolean().default(true).describe("Publish cluster notifications to gke-<env>-upgrades."),
    events: z
      .array(z.enum(NOTIFICATION_EVENTS))
      .min(1)
      .default([...DEFAULT_NOTIFICATION_EVENTS])
      .describe("Event types to publish; UPGRADE_INFO_EVENT (upgrade progress, support end dates) only when listed."),
  })
  .strict()
  .default({})
  .describe("Upgrade and security notifications to a Pub/Sub topic the platform stack creates.");

/** As written in config (defaults not yet applied). */
export type NotificationsOptions = NonNullable<z.input<typeof notificationsSchema>>;
/** After validation, defaults applied. */
export type NotificationsConfig = NonNullable<z.output<typeof notificationsSchema>>;
