// Cloud Billing facts and rules shared by the ProjectBudget construct and config validation.
import { Check } from "../check";

/** Currencies Cloud Billing accounts are kept in. The budget must use the account's currency. */
export const BUDGET_CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "AUD",
  "CAD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "INR",
  "BRL",
  "MXN",
  "SGD",
  "HKD",
  "NZD",
  "KRW",
  "TWD",
  "ZAR",
  "ILS",
  "IDR",
  "TRY",
  "CNY",
] as const;
export type BudgetCurrency = (typeof BUDGET_CURRENCIES)[number];

/**
 * Budget API limits (https://cloud.google.com/billing/docs/reference/budget/rest/v1/billingAccounts.budgets):
 * specifiedAmount.currencyCode must equal the billing account's currency (the API rejects
 * any other, and the kit cannot read the account, so platform.yaml declares it once);
 * thresholdPercent is a fraction (0.5 = 50 %), the kit allows up to 2; at most 5
 * monitoringNotificationChannels. The kit allows 1-20 threshold rules.
 */
export const BUDGET_LIMITS = { thresholds: { min: 1, max: 20 }, maxPercent: 2, maxChannels: 5 } as const;

export interface BudgetThreshold {
  /** Fraction of the budget: 0.5 is 50 %; up to 2 (200 %). */
  readonly percent: number;
  /** @default "CURRENT_SPEND" */
  readonly basis?: "CURRENT_SPEND" | "FORECASTED_SPEND";
}

/** 50 %, 90 % and 100 % of actual spend and 100 % of forecast. */
export const DEFAULT_THRESHOLDS: readonly BudgetThreshold[] = [
  { percent: 0.5 },
  { percent: 0.9 },
  { percent: 1.0 },
  { percent: 1.0, basis: "FORECASTED_SPEND" },
];

export interface BudgetInput {
  readonly amount: number;
  readonly currency: string;
  readonly thresholds: readonly { readonly percent: number }[];
  readonly notificationChannels?: readonly string[];
}

/** What the Budget API would reject in one budget. */
export function checkBudget(b: BudgetInput, check: Check): void {
  check(Number.isFinite(b.amount) && b.amount > 0, "amount", `must be a positive amount, got ${b.amount}`);
  check(
    (BUDGET_CURRENCIES as readonly string[]).includes(b.currency),
    "currency",
    `"${b.currency}" is not one of ${BUDGET_CURRENCIES.join(", ")}`,
  );
  const { min, max } = BUDGET_LIMITS.thresholds;
  check(
    b.thresholds.length >= min && b.thresholds.length <= max,
    "thresholds",
    `must list ${min} to ${max} thresholds, got ${b.thresholds.length}`,
  );
  b.thresholds.forEach((t, i) =>
    check(
      t.percent > 0 && t.percent <= BUDGET_LIMITS.maxPercent,
      `thresholds[${i}].percent`,
      `must be above 0 and at most 2 (1 = 100 %), got ${t.percent}`,
    ),
  );
  check(
    (b.notificationChannels ?? []).length <= BUDGET_LIMITS.maxChannels,
    "notificationChannels",
    "may list at most 5 channels (Cloud Billing limit)",
  );
}
