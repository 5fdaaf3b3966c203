// Cloud Billing facts shared by the ProjectBudget construct and config validation.

/** Currencies Cloud Billing accounts are kept in. The budget must use the account's currency. */
export const BUDGET_CURRENCIES = [
  "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
  "INR", "BRL", "MXN", "SGD", "HKD", "NZD", "KRW", "TWD", "ZAR", "ILS", "IDR", "TRY", "CNY",
] as const;
export type BudgetCurrency = (typeof BUDGET_CURRENCIES)[number];
