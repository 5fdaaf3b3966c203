// Cloud Armor facts shared by the ArmorPolicy construct and config validation.

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

/** Rate-limit windows Cloud Armor accepts, in seconds. */
export const RATE_LIMIT_INTERVALS = [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600] as const;
export type RateLimitInterval = (typeof RATE_LIMIT_INTERVALS)[number];

export const DEFAULT_WAF_RULES: readonly WafRuleProps[] = [
  { ruleSet: "sqli-v33-stable" },
  { ruleSet: "xss-v33-stable" },
  { ruleSet: "cve-canary" },
];
