// Cloud Armor facts and rules shared by the ArmorPolicy construct and config validation.
import { Check, at } from "../check";
import { parseCidr } from "../cidr";

/** Preconfigured WAF rule sets Cloud Armor offers (v3.3, ModSecurity CRS 3.3). */
export const WAF_RULE_SETS = [
  "sqli-v33-stable",
  "xss-v33-stable",
  "lfi-v33-stable",
  "rfi-v33-stable",
  "rce-v33-stable",
  "methodenforcement-v33-stable",
  "scannerdetection-v33-stable",
  "protocolattack-v33-stable",
  "php-v33-stable",
  "sessionfixation-v33-stable",
  "java-v33-stable",
  "nodejs-v33-stable",
  "cve-canary",
] as const;
export type WafRuleSet = (typeof WAF_RULE_SETS)[number];

export interface WafRuleProps {
  readonly ruleSet: WafRuleSet;
  /** 1 (fewest false positives) to 4. @default 1 */
  readonly sensitivity?: number;
  /** Log matches without blocking, to tune before enforcing. @default false */
  readonly preview?: boolean;
}

/**
 * Rate-limit windows Cloud Armor accepts, in seconds (rate_limit_threshold.interval_sec).
 * Source: https://cloud.google.com/armor/docs/rate-limiting-overview ("Thresholds").
 * Provider v6.50.0 (resource_compute_security_policy.go) does not validate it.
 */
export const RATE_LIMIT_INTERVALS = [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600] as const;
export type RateLimitInterval = (typeof RATE_LIMIT_INTERVALS)[number];

/**
 * Limits the Compute API enforces on security policy rules, unchecked by provider v6.50.0.
 * Source: https://cloud.google.com/armor/docs/rate-limiting-overview: a throttle rule's
 * threshold count is 1 to 1,000,000, a rate-based ban rule's 1 to 10,000 requests; the ban
 * duration takes the same values as the intervals above (re-check on that page when it
 * changes). https://cloud.google.com/armor/quotas: at most 10 source ranges per rule.
 */
export const ARMOR_LIMITS = {
  throttleCount: { min: 1, max: 1_000_000 },
  banCount: { min: 1, max: 10_000 },
  banDurationsSec: RATE_LIMIT_INTERVALS,
  rangesPerRule: 10,
  /** The kit's own cap: 10 rules of 10 ranges per list. */
  rangesPerList: 100,
  /** Sensitivity 0 turns every signature off; the kit asks for 1 (fewest false positives) to 4. */
  wafSensitivity: { min: 1, max: 4 },
} as const;

/**
 * The WAF every policy gets unless it lists its own: injection (SQL, remote code), cross-site
 * scripting, local and remote file inclusion, protocol attacks, scanner detection and
 * Log4Shell probes, all enforced at sensitivity 1 (fewest false positives).
 */
export const DEFAULT_WAF_RULES: readonly WafRuleProps[] = [
  { ruleSet: "sqli-v33-stable" },
  { ruleSet: "xss-v33-stable" },
  { ruleSet: "lfi-v33-stable" },
  { ruleSet: "rfi-v33-stable" },
  { ruleSet: "rce-v33-stable" },
  { ruleSet: "protocolattack-v33-stable" },
  { ruleSet: "scannerdetection-v33-stable" },
  { ruleSet: "cve-canary" },
];

export interface ArmorRulesInput {
  readonly allowCidrs?: readonly string[];
  readonly denyCidrs?: readonly string[];
  readonly wafRules?: readonly WafRuleProps[];
  readonly rateLimit?: { readonly count: number; readonly intervalSec?: number; readonly banDurationSec?: number };
}

const within = (n: number | undefined, r: { min: number; max: number }) =>
  n === undefined || (Number.isInteger(n) && n >= r.min && n <= r.max);

/** Everything the Compute API would reject in a policy's rules, and what the kit refuses. */
export function checkArmorRules(p: ArmorRulesInput, check: Check): void {
  for (const key of ["allowCidrs", "denyCidrs"] as const) {
    const list = p[key] ?? [];
    list.forEach((cidr, i) => {
      const parsed = parseCidr(cidr);
      check(typeof parsed !== "string", `${key}[${i}]`, typeof parsed === "string" ? parsed : "");
    });
    check(
      list.length <= ARMOR_LIMITS.rangesPerList,
      key,
      `may hold at most ${ARMOR_LIMITS.rangesPerList} ranges, got ${list.length}`,
    );
  }
  const waf = p.wafRules ?? [];
  waf.forEach((w, i) => {
    const c = at(check, `wafRules[${i}]`);
    c(
      (WAF_RULE_SETS as readonly string[]).includes(w.ruleSet),
      "ruleSet",
      `"${w.ruleSet}" is not one of ${WAF_RULE_SETS.join(", ")}`,
    );
    c(
      within(w.sensitivity, ARMOR_LIMITS.wafSensitivity),
      "sensitivity",
      `must be a whole number from 1 to 4, got ${w.sensitivity}`,
    );
  });
  const seen = new Set<string>();
  waf.forEach((w, i) => {
    check(
      !seen.has(w.ruleSet),
      `wafRules[${i}].ruleSet`,
      `"${w.ruleSet}" is listed twice; keep one entry per rule set`,
    );
    seen.add(w.ruleSet);
  });
  const rl = p.rateLimit;
  if (rl) {
    const ban = rl.banDurationSec !== undefined;
    const limit = ban ? ARMOR_LIMITS.banCount : ARMOR_LIMITS.throttleCount;
    check(
      within(rl.count, limit),
      "rateLimit.count",
      `must be a whole number from ${limit.min} to ${limit.max.toLocaleString("en-US")} for a ${ban ? "rate-based ban (banDurationSec set)" : "throttle"} rule, got ${rl.count}` +
        (ban && rl.count > limit.max ? "; lower it or lengthen intervalSec" : ""),
    );
    check(
      rl.intervalSec === undefined || (RATE_LIMIT_INTERVALS as readonly number[]).includes(rl.intervalSec),
      "rateLimit.intervalSec",
      `must be one of ${RATE_LIMIT_INTERVALS.join(", ")} seconds, got ${rl.intervalSec}`,
    );
    check(
      !ban || (ARMOR_LIMITS.banDurationsSec as readonly number[]).includes(rl.banDurationSec!),
      "rateLimit.banDurationSec",
      `must be one of ${ARMOR_LIMITS.banDurationsSec.join(", ")} seconds, got ${rl.banDurationSec}`,
    );
  }
}

/**
 * advanced_options_config.json_parsing of google_compute_security_policy: "DISABLED",
 * "STANDARD" or "STANDARD_WITH_GRAPHQL" (provider v6.50.0,
 * google/services/compute/resource_compute_security_policy.go). With STANDARD the WAF
 * inspects JSON bodies field by field instead of as one opaque string.
 */
export const JSON_PARSING_MODES = ["DISABLED", "STANDARD", "STANDARD_WITH_GRAPHQL"] as const;
export type JsonParsing = (typeof JSON_PARSING_MODES)[number];
