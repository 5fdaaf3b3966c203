import { isSharedCoreTier } from "../gcp/sql";
import { waiverFor } from "./waivers";
import type { Waiver } from "../options/waiver";

/**
 * Production protections on values config already knows, each decided by one guardrail rule:
 * the rule checks the synthesized resource with this predicate (rules-data.ts), and config
 * validation reports the configured value first, with file and field (productionRefusals).
 * A waiver of the rule lifts both (waiverFor).
 */
export const PRODUCTION_DECISIONS = {
  RED004: {
    complies: (tier: string) => tier === "STANDARD_HA",
    refused: (tier: string) => `${tier} is not allowed`,
    fix: "use STANDARD_HA",
  },
  SQL005: {
    complies: (availability: string) => availability === "REGIONAL",
    refused: (availability: string) => `${availability} is not allowed`,
    fix: "use REGIONAL",
  },
  SQL010: {
    complies: (tier: string) => !isSharedCoreTier(tier),
    refused: (tier: string) => `"${tier}" is a shared-core type with no SLA, not allowed`,
    fix: "use a dedicated type like db-custom-2-7680",
  },
} as const;
export type ProductionRule = keyof typeof PRODUCTION_DECISIONS;

/** A configured value the rule pack decides on: the rule, the config field and the value (if set). */
export type ProductionValue = readonly [rule: ProductionRule, field: string, value: string | undefined];

/** The values a production-like environment refuses unless their rule is waived, as field and message. */
export function productionRefusals(
  values: readonly ProductionValue[],
  env: { readonly name: string; readonly productionLike: boolean },
  waivers: readonly Waiver[],
): { field: string; message: string }[] {
  if (!env.productionLike) return [];
  return values.flatMap(([rule, field, value]) =>
    value === undefined || PRODUCTION_DECISIONS[rule].complies(value) || waiverFor(waivers, rule)
      ? []
      : [
          {
            field,
            message: `${PRODUCTION_DECISIONS[rule].refused(value)} in production-like environment "${env.name}"; ${PRODUCTION_DECISIONS[rule].fix} or add a waiver { rule: ${rule}, reason: ... }`,
          },
        ],
  );
}
