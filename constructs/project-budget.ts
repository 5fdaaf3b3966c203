import { Construct } from "constructs";
import { BillingBudget } from "../.gen/providers/google/billing-budget";
import { PropChecker } from "./validation";
import { BudgetCurrency, BudgetThreshold, checkBudget, DEFAULT_THRESHOLDS } from "../lib/gcp/billing";

export type { BudgetThreshold } from "../lib/gcp/billing";
export { DEFAULT_THRESHOLDS } from "../lib/gcp/billing";

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

/** Monthly Cloud Billing budget of one project, alerting at thresholds of actual and forecast spend. */
export class ProjectBudget extends Construct {
  public readonly budget: BillingBudget;

  constructor(scope: Construct, id: string, props: ProjectBudgetProps) {
    super(scope, id);
    const thresholds = props.thresholds ?? DEFAULT_THRESHOLDS;
    const c = new PropChecker("ProjectBudget", this.node.path);
    checkBudget({ ...props, thresholds }, c.check);
    c.done();

    const units = Math.floor(props.amount);
    const notify = props.pubsubTopic || props.notificationChannels?.length;
    this.budget = new BillingBudget(this, "budget", {
      billingAccount: props.billingAccount,
      displayName: props.displayName,
      budgetFilter: { projects: [`projects/${props.projectNumber}`], calendarPeriod: "MONTH" },
      amount: {
        specifiedAmount: {
          currencyCode: props.currency,
          units: String(units),
          nanos: Math.round((props.amount - units) * 1e9),
        },
      },
      thresholdRules: thresholds.map((t) => ({ thresholdPercent: t.percent, spendBasis: t.basis ?? "CURRENT_SPEND" })),
      allUpdatesRule: notify
        ? {
            pubsubTopic: props.pubsubTopic,
            monitoringNotificationChannels: props.notificationChannels?.length
              ? [...props.notificationChannels]
              : undefined,
            schemaVersion: props.pubsubTopic ? "1.0" : undefined,
          }
        : undefined,
    });
  }
}
