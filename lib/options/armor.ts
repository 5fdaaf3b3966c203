import { z } from "zod";
import {
  ARMOR_LIMITS,
  DEFAULT_WAF_RULES,
  JSON_PARSING_MODES,
  RATE_LIMIT_INTERVALS,
  RateLimitInterval,
  WAF_RULE_SETS,
} from "../gcp/armor";
import { cidr } from "../config/primitives";

// One definition of Cloud Armor policy options (`armor` of an environment file and of a service file): the zod fragment, its type and its defaults.

/** Defaults of config and of the ArmorPolicy construct (the WAF rules: DEFAULT_WAF_RULES, lib/gcp/armor.ts). */
export const ARMOR_DEFAULTS = {
  defaultAction: "allow",
  /** A WAF rule's sensitivity: the fewest false positives. */
  sensitivity: 1,
  preview: false,
  /** A rate limit's interval in seconds. */
  intervalSec: 60,
  adaptiveProtection: true,
  jsonParsing: "STANDARD",
} as const;

export const armorSchema = z
  .object({
    defaultAction: z
      .enum(["allow", "deny(403)", "deny(404)"])
      .default(ARMOR_DEFAULTS.defaultAction)
      .describe("What happens to requests no other rule matches."),
    allowCidrs: z
      .array(cidr)
      .max(100)
      .default([])
      .describe(
        "Source ranges allowed even when defaultAction denies; evaluated after the WAF rules, never instead of them.",
      ),
    denyCidrs: z.array(cidr).max(100).default([]).describe("Source ranges always denied with 403."),
    wafRules: z
      .array(
        z
          .object({
            ruleSet: z.enum(WAF_RULE_SETS).describe("Preconfigured WAF rule set, e.g. sqli-v33-stable."),
            sensitivity: z
              .number()
              .int()
              .min(1)
              .max(4)
              .default(ARMOR_DEFAULTS.sensitivity)
              .describe("1 (fewest false positives) to 4 (most signatures)."),
            preview: z
              .boolean()
              .default(ARMOR_DEFAULTS.preview)
              .describe("Log matches without blocking, to tune a rule before enforcing it."),
          })
          .strict(),
      )
      .default(
        DEFAULT_WAF_RULES.map((r) => ({
          sensitivity: ARMOR_DEFAULTS.sensitivity,
          preview: ARMOR_DEFAULTS.preview,
          ...r,
        })),
      )
      .describe(
        `WAF rules; the default is ${DEFAULT_WAF_RULES.map((r) => r.ruleSet).join(", ")} (cve-canary: Log4Shell), enforced.`,
      ),
    rateLimit: z
      .object({
        count: z
          .number()
          .int()
          .min(1)
          .max(ARMOR_LIMITS.throttleCount.max)
          .describe("Requests allowed per client IP per interval (at most 10,000 with banDurationSec)."),
        intervalSec: z
          .number()
          .refine(
            (n): n is RateLimitInterval => (RATE_LIMIT_INTERVALS as readonly number[]).includes(n),
            `must be one of ${RATE_LIMIT_INTERVALS.join(", ")}`,
          )
          .default(ARMOR_DEFAULTS.intervalSec)
          .describe("Length of the counting interval in seconds."),
        banDurationSec: z
          .number()
          .int()
          .optional()
          .describe(
            `Ban clients over the limit for this many seconds (one of ${ARMOR_LIMITS.banDurationsSec.join(", ")}); omitted: throttle only.`,
          ),
      })
      .strict()
      .optional()
      .describe("Per-client-IP rate limit; clients over it get 429."),
    adaptiveProtection: z
      .boolean()
      .default(ARMOR_DEFAULTS.adaptiveProtection)
      .describe("Layer-7 DDoS adaptive protection."),
    jsonParsing: z
      .enum(JSON_PARSING_MODES)
      .default(ARMOR_DEFAULTS.jsonParsing)
      .describe("How the WAF reads JSON request bodies; STANDARD inspects each field."),
  })
  .strict();

/** As written in config (defaults not yet applied). */
export type ArmorOptions = z.input<typeof armorSchema>;
/** After validation, defaults applied. */
export type ArmorConfig = z.output<typeof armorSchema>;
