import { waiverFor } from "../lib/policy/waivers";
import { PRODUCTION_DECISIONS, productionRefusals, ProductionRule } from "../lib/policy/production";
import { RULES } from "../lib/policy/rules";

// Production protections are decided once, by the rule pack: the guardrail on the synthesized
// resource and config validation on the configured value use the same predicate, and the same
// waiver helper lifts both.

const waiver = (rule: string, resource?: string) => ({ rule, reason: "accepted for this test", resource });

describe("one waiver helper", () => {
  it("finds the rule's waiver, scoped by construct path glob when a path is given", () => {
    const scoped = [waiver("RED004", "*/redis/*"), waiver("SQL005")];
    expect(waiverFor(scoped, "RED004", "svc-a-prd/redis/redis")).toBe(scoped[0]);
    expect(waiverFor(scoped, "RED004", "svc-a-prd/sql/instance")).toBeUndefined();
    expect(waiverFor(scoped, "SQL005", "svc-a-prd/sql/instance")).toBe(scoped[1]);
    expect(waiverFor([waiver("GKE001", "prd/**")], "GKE001", "prd/cluster/cluster")).toBeDefined();
  });

  it("without a path (config validation) any waiver of the rule counts; another rule's never does", () => {
    expect(waiverFor([waiver("RED004", "*/redis/*")], "RED004")).toBeDefined();
    expect(waiverFor([waiver("RED003")], "RED004")).toBeUndefined();
  });
});

/** Resource JSON the guardrail sees for a configured value. */
const RESOURCE: Record<ProductionRule, (v: string) => Record<string, unknown>> = {
  RED004: (tier) => ({ tier }),
  SQL005: (availability) => ({ settings: [{ availability_type: availability }] }),
  SQL010: (tier) => ({ settings: [{ tier }] }),
};
const VALUES: Record<ProductionRule, string[]> = {
  RED004: ["BASIC", "STANDARD_HA"],
  SQL005: ["ZONAL", "REGIONAL"],
  SQL010: ["db-f1-micro", "db-g1-small", "db-custom-2-7680"],
};

describe("production decisions", () => {
  const prd = { name: "prd", productionLike: true };
  it.each(Object.keys(PRODUCTION_DECISIONS) as ProductionRule[])(
    "%s: the guardrail and config validation agree on every value",
    (rule) => {
      const guardrail = RULES.find((r) => r.id === rule)!;
      for (const value of VALUES[rule]) {
        const refusedByConfig = productionRefusals([[rule, "field", value]], prd, []).length > 0;
        const refusedByGuardrail = !guardrail.check(RESOURCE[rule](value), { productionLike: true });
        expect([value, refusedByConfig]).toEqual([value, refusedByGuardrail]);
      }
      expect(VALUES[rule].some((v) => !PRODUCTION_DECISIONS[rule].complies(v))).toBe(true);
    },
  );

  it("refuses only in production-like environments, and a waiver of the rule lifts it", () => {
    const basic: [ProductionRule, string, string] = ["RED004", "redis.tier", "BASIC"];
    expect(productionRefusals([basic], prd, [])).toEqual([
      {
        field: "redis.tier",
        message:
          'BASIC is not allowed in production-like environment "prd"; use STANDARD_HA or add a waiver { rule: RED004, reason: ... }',
      },
    ]);
    expect(productionRefusals([basic], { name: "dev", productionLike: false }, [])).toEqual([]);
    expect(productionRefusals([basic], prd, [waiver("RED004")])).toEqual([]);
    expect(productionRefusals([basic], prd, [waiver("SQL005")])).toHaveLength(1);
    expect(productionRefusals([["RED004", "redis.tier", undefined]], prd, [])).toEqual([]);
  });
});
