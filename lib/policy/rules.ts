/**
 * Guardrail rules, as data: each checks one synthesized resource (snake_case Terraform
 * JSON, exactly what the provider receives) and returns a problem or undefined. The rules
 * live by product in rules-*.ts; add one by appending it there. RULES lists them all in
 * order; the README table is generated from it.
 */

import { DELIVERY_RULES } from "./rules-delivery";
import type { Json } from "./rule-helpers";
import { GKE_RULES } from "./rules-gke";
import { NETWORK_RULES } from "./rules-network";
import { DATA_RULES } from "./rules-data";
import { ARMOR_RULES } from "./rules-armor";
import { ACCESS_RULES } from "./rules-access";
import { WORKLOAD_RULES } from "./rules-workload";
import { ENDPOINT_RULES } from "./rules-endpoint";
import { FLEET_RULES } from "./rules-fleet";
import { STACK_RULES } from "./rules-stack";

export type Severity = "error" | "warning";

export interface RuleContext {
  /** The environment is production-like (stg, prd, ...): stricter rules apply. */
  readonly productionLike: boolean;
  /** config/platform.yaml lists the environment as production. @default false */
  readonly productionDeclared?: boolean;
  /** Domain every Google group and user granted access must belong to. @default any */
  readonly organizationDomain?: string;
  /**
   * The other resources of the same stack of a type, as synthesized: for rules about what a
   * stack lacks (no audit config for an enabled API). Absent where only one resource is known
   * (the plan guard's before and after): such rules then pass, judging nothing.
   */
  readonly resources?: (type: string) => readonly Json[];
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Terraform resource types the rule applies to, or Kubernetes kinds of a service's hand-off. */
  readonly resourceTypes: readonly string[];
  readonly title: string;
  readonly rationale: string;
  readonly fix: string;
  /** Returns true when the resource complies. */
  readonly check: (config: Json, ctx: RuleContext) => boolean;
}

export const RULES: readonly Rule[] = [
  ...GKE_RULES,
  ...NETWORK_RULES,
  ...DATA_RULES,
  ...ARMOR_RULES,
  ...ACCESS_RULES,
  ...WORKLOAD_RULES,
  ...ENDPOINT_RULES,
  ...FLEET_RULES,
  ...DELIVERY_RULES,
  ...STACK_RULES,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
