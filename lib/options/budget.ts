import { z } from "zod";
import { BUDGET_CURRENCIES } from "../gcp/billing";

// One definition of budget options (`budget` of environment and service files, `budgetAlerts` of config/platform.yaml): the zod fragment, its type and its defaults.

const budgetThresholds = z
  .array(
    z
      .object({
        percent: z
          .number()
          .gt(0, "must be above 0 (0.5 = 50 %)")
          .max(2, "must be at most 2 (200 %)")
          .describe("Share of the amount that triggers an alert: 0.5 = 50 %."),
        basis: z
          .enum(["CURRENT_SPEND", "FORECASTED_SPEND"])
          .default("CURRENT_SPEND")
          .describe("Compare with actual or with forecast spend."),
      })
      .strict(),
  )
  .min(1)
  .max(20);
export const budgetSchema = z
  .object({
    amount: z
      .number()
      .positive("must be a positive amount")
      .describe("Monthly amount, in the billing account's currency unless `currency` is set."),
    currency: z
      .enum(BUDGET_CURRENCIES)
      .optional()
      .describe("Must be the billing account's currency; default: platform billingCurrency."),
    thresholds: budgetThresholds
      .optional()
      .describe("Alert thresholds; default: 50, 90, 100 % of actual and 100 % of forecast spend."),
    environmentAmounts: z
      .record(z.number().positive("must be a positive amount"))
      .optional()
      .describe("Per-environment amounts that replace `amount`, e.g. { prd: 2000 }."),
  })
  .strict();

export const budgetAlertsSchema = z
  .object({
    pubsubTopic: z
      .string()
      .regex(
        /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/topics\/[A-Za-z][\w.~+%-]{2,254}$/,
        "must look like projects/<project>/topics/<topic>",
      )
      .optional()
      .describe("Topic for budget alerts: projects/<project>/topics/<topic>."),
    notificationChannels: z
      .array(
        z
          .string()
          .regex(
            /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/notificationChannels\/\d+$/,
            "must look like projects/<project>/notificationChannels/<number>",
          ),
      )
      .max(5)
      .default([])
      .describe("Cloud Monitoring channels (at most 5): projects/<project>/notificationChannels/<number>."),
  })
  .strict()
  .optional()
  .describe("Where budget alerts go: a Pub/Sub topic and/or Cloud Monitoring notification channels.");

/** As written in config (defaults not yet applied). */
export type BudgetOptions = z.input<typeof budgetSchema>;
/** After validation, defaults applied. */
export type BudgetConfig = z.output<typeof budgetSchema>;
/** As written in config (defaults not yet applied). */
export type BudgetAlertsOptions = NonNullable<z.input<typeof budgetAlertsSchema>>;
/** After validation, defaults applied. */
export type BudgetAlertsConfig = NonNullable<z.output<typeof budgetAlertsSchema>>;
