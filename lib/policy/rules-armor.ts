import type { Rule } from "./rules";
import { first, isTrue, ARMOR, isWaf, allows, Json } from "./rule-helpers";

/** Guardrails of Cloud Armor policies. Same shape as RULES in rules.ts, which lists these in order. */
export const ARMOR_RULES: readonly Rule[] = [
  {
    id: "ARM001",
    severity: "error",
    resourceTypes: ARMOR,
    title: "Armor policy has a default rule and at least one other rule",
    rationale: "A policy with only a default rule filters nothing.",
    fix: "Add WAF, allow/deny or rate-limit rules (ArmorPolicy adds its default WAF set).",
    check: (c) => {
      const rules: Json[] = c.rule ?? [];
      return rules.some((r) => r.priority === 2147483647) && rules.length >= 2;
    },
  },
  {
    id: "ARM002",
    severity: "warning",
    resourceTypes: ARMOR,
    title: "Armor policy blocks Log4Shell probes",
    rationale: "Log4j remote code execution (CVE-2021-44228) is still probed for constantly.",
    fix: "Keep the cve-canary WAF rule (in ArmorPolicy's defaults) in the policy's wafRules.",
    check: (c) => (c.rule ?? []).some((r: Json) => /'cve-canary'/.test(first(first(r.match)?.expr)?.expression ?? "")),
  },
  {
    id: "ARM003",
    severity: "error",
    resourceTypes: ARMOR,
    title: "No allow rule ahead of the WAF",
    rationale:
      "An allow rule ends evaluation: its sources skip every WAF rule after it, so the WAF counts but protects nothing for them.",
    fix: "Give allow rules (and rate limits, whose conforming traffic is allowed) a larger priority number than every WAF rule (ArmorPolicy does).",
    check: (c) => {
      const rules: Json[] = c.rule ?? [];
      const waf = rules.filter((r) => isWaf(r) && !isTrue(r.preview)).map((r) => Number(r.priority));
      if (waf.length === 0) return true;
      const lastWaf = Math.max(...waf);
      return !rules.some((r) => !isTrue(r.preview) && allows(r) && Number(r.priority) < lastWaf);
    },
  },
  {
    id: "ARM004",
    severity: "error",
    resourceTypes: ARMOR,
    title: "WAF rules enforced in production-like environments",
    rationale: "A rule in preview only logs: a production WAF in preview blocks nothing.",
    fix: "Remove preview: true from the wafRules of production-like environments once tuned in dev.",
    check: (c, ctx) => !ctx.productionLike || !(c.rule ?? []).some((r: Json) => isWaf(r) && isTrue(r.preview)),
  },
  {
    id: "ARM005",
    severity: "error",
    resourceTypes: ARMOR,
    title: "Adaptive protection in production-like environments",
    rationale: "Layer-7 DDoS detection learns the normal traffic and proposes rules during an attack.",
    fix: "Keep armor.adaptiveProtection: true (the default).",
    check: (c, ctx) =>
      !ctx.productionLike || isTrue(first(first(c.adaptive_protection_config)?.layer_7_ddos_defense_config)?.enable),
  },
  {
    id: "ARM006",
    severity: "warning",
    resourceTypes: ARMOR,
    title: "WAF parses JSON bodies",
    rationale: "Without JSON parsing the WAF sees a JSON body as one string and misses attacks inside its fields.",
    fix: "Keep armor.jsonParsing: STANDARD (the default).",
    check: (c) => /^STANDARD/.test(String(first(c.advanced_options_config)?.json_parsing ?? "")),
  },
];
