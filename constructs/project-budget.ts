import { Construct } from "constructs";
import { BillingBudget } from "@cdktf/provider-google/lib/billing-budget";
import { PropChecker } from "./validation";
import { BUDGET_CURRENCIES, BudgetCurrency } from "../lib/gcp/billing";


export interface BudgetThreshold {
  /** Fraction of the budget: 0.5 is 50 %; up to 2 (200 %). */
  readonly percent: number;
  /** @default "CURRENT_SPEND" */
  readonly basis?: "CURRENT_SPEND" | "FORECASTED_SPEND";
}

export interface ProjectBudgetProps {
  readonly billingAccount: string;
  /** The project's number (not ID), as the Budget API filters on `projects/<number>`. */
  readonly projectNumber: string;
  readonly displayName: string;
  /** Monthly amount in `currency`. */
  readonly amount: number;
  readonly currency: BudgetCurrency;
  /** @default 50 %, 90 % and 100 % of actual spend and 100 % of forecast */
  readonly thresholds?: readonly BudgetThreshold[];
  /** Pub/Sub topic for programmatic alerts, `projects/<p>/topics/<t>`. */
  readonly pubsubTopic?: string;
  /** Cloud Monitoring notification channel IDs (email, chat). */
  readonly notificationChannels?: readonly string[];
}

export const DEFAULT_THRESHOLDS: readonly BudgetThreshold[] = [
  { percent: 0.5 },
  { percent: 0.9 },
  { percent: 1.0 },
  { percent: 1.0, basis: "FORECASTED_SPEND" },
];

/** Monthly Cloud Billing budget of one project, alerting at thresholds of actual and forecast spend. */
export class ProjectBudget extends Construct {
  public readonly budget: BillingBudget;

  constructor(scope: Construct, id: string, props: ProjectBudgetProps) {
    super(scope, id);
    const thresholds = props.thresholds ?? DEFAULT_THRESHOLDS;
    const c = new PropChecker("ProjectBudget", this.node.path)
      .require(Number.isFinite(props.amount) && props.amount > 0, "amount", `must be a positive amount, got ${props.amount}`)
      .require((BUDGET_CURRENCIES as readonly string[]).includes(props.currency), "currency", `"${props.currency}" is not one of ${BUDGET_CURRENCIES.join(", ")}`)
      .require(thresholds.length > 0 && thresholds.length <= 20, "thresholds", "must list 1 to 20 thresholds")
      .require(
        (props.notificationChannels ?? []).length <= 5,
        "notificationChannels",
        "may list at most 5 channels (Cloud Billing limit)",
      );
    thresholds.forEach((t, i) => c.require(t.percent > 0 && t.percent <= 2, `thresholds[${i}].percent`, `must be in (0, 2] (1 = 100 %), got ${t.percent}`));
    c.done();

    const units = Math.floor(props.amount);
    const notify = props.pubsubTopic || props.notificationChannels?.length;
    this.budget = new BillingBudget(this, "budget", {
      billingAccount: props.billingAccount,
      displayName: props.displayName,
      budgetFilter: { projects: [`projects/${props.projectNumber}`], calendarPeriod: "MONTH" },
      amount: {
        specifiedAmount: { currencyCode: props.currency, units: String(units), nanos: Math.round((props.amount - units) * 1e9) },
      },
      thresholdRules: thresholds.map((t) => ({ thresholdPercent: t.percent, spendBasis: t.basis ?? "CURRENT_SPEND" })),
      allUpdatesRule: notify
        ? {
            pubsubTopic: props.pubsubTopic,
            monitoringNotificationChannels: props.notificationChannels?.length ? [...props.notificationChannels] : undefined,
            schemaVersion: props.pubsubTopic ? "1.0" : undefined,
          }
        : undefined,
    });
  }
}
