import { ProjectBudget, ProjectBudgetProps } from "../../constructs/project-budget";
import { onlyResource, synthConstruct } from "../helpers";

const props: ProjectBudgetProps = {
  billingAccount: "012345-6789AB-CDEF01",
  projectNumber: "123456789012",
  displayName: "acme-payments-prd",
  amount: 1234.5,
  currency: "EUR",
};
const budgetOf = (p: Partial<ProjectBudgetProps> = {}) =>
  onlyResource(synthConstruct((s) => new ProjectBudget(s, "b", { ...props, ...p })).json, "google_billing_budget");

describe("ProjectBudget", () => {
  it("budgets one project's month in units and nanos, alerting at 50, 90 and 100 % spent and 100 % forecast", () => {
    const b = budgetOf();
    expect(b.budget_filter).toEqual({ projects: ["projects/123456789012"], calendar_period: "MONTH" });
    expect(b.amount.specified_amount).toEqual({ currency_code: "EUR", units: "1234", nanos: 500000000 });
    expect(b.threshold_rules).toEqual([
      { threshold_percent: 0.5, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 0.9, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "FORECASTED_SPEND" },
    ]);
    expect(b.all_updates_rule).toBeUndefined();
  });

  it("sends alerts to a Pub/Sub topic and notification channels when given", () => {
    const b = budgetOf({
      pubsubTopic: "projects/p/topics/budgets",
      notificationChannels: ["projects/p/notificationChannels/1"],
    });
    expect(b.all_updates_rule).toEqual({
      pubsub_topic: "projects/p/topics/budgets",
      monitoring_notification_channels: ["projects/p/notificationChannels/1"],
      schema_version: "1.0",
    });
  });

  it("refuses what Cloud Billing rejects: no amount, a threshold above 200 %, more than five channels (break cases)", () => {
    expect(() => budgetOf({ amount: 0 })).toThrow(/amount.*must be a positive amount, got 0/);
    expect(() => budgetOf({ thresholds: [{ percent: 2.5 }] })).toThrow(/thresholds\[0\]\.percent.*at most 2/);
    expect(() => budgetOf({ notificationChannels: ["1", "2", "3", "4", "5", "6"] })).toThrow(/at most 5 channels/);
  });
});
