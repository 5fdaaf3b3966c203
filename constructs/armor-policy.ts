import { Construct } from "constructs";
import { ComputeSecurityPolicy, ComputeSecurityPolicyRule } from "../.gen/providers/google/compute-security-policy";
import { PropChecker } from "./validation";
import {
  ARMOR_LIMITS,
  checkArmorRules,
  DEFAULT_WAF_RULES,
  JsonParsing,
  RateLimitInterval,
  WafRuleProps,
} from "../lib/gcp/armor";
import { ARMOR_DEFAULTS } from "../lib/options/armor";

export type { WafRuleProps, WafRuleSet, RateLimitInterval } from "../lib/gcp/armor";
export { DEFAULT_WAF_RULES, WAF_RULE_SETS, RATE_LIMIT_INTERVALS } from "../lib/gcp/armor";

export interface RateLimitProps {
  /** Requests allowed per client IP in `intervalSec`. */
  readonly count: number;
  /** @default 60 */
  readonly intervalSec?: RateLimitInterval;
  /** Ban clients that exceed the limit for this many seconds; unset throttles instead. */
  readonly banDurationSec?: number;
}

export interface ArmorPolicyProps {
  readonly projectId: string;
  readonly name: string;
  readonly description?: string;
  /** What happens to traffic no rule matched. @default "allow" */
  readonly defaultAction?: "allow" | "deny(403)" | "deny(404)";
  /** Source ranges allowed even when defaultAction denies; evaluated after the WAF, never instead of it. */
  readonly allowCidrs?: readonly string[];
  /** Source ranges always denied. */
  readonly denyCidrs?: readonly string[];
  /** @default DEFAULT_WAF_RULES (lib/gcp/armor.ts), enforced at ARMOR_DEFAULTS.sensitivity */
  readonly wafRules?: readonly WafRuleProps[];
  /** How the WAF reads JSON request bodies. @default "STANDARD" */
  readonly jsonParsing?: JsonParsing;
  /** Per-IP rate limiting. @default none */
  readonly rateLimit?: RateLimitProps;
  /** Layer-7 DDoS adaptive protection. @default true */
  readonly adaptiveProtection?: boolean;
}

const DEFAULT_RULE_PRIORITY = 2147483647;
const MAX_RANGES_PER_RULE = ARMOR_LIMITS.rangesPerRule;

/**
 * Cloud Armor policy for GKE Ingress backends (referenced from a BackendConfig):
 * deny list, allow list, preconfigured WAF rules, optional rate limit, then a default rule.
 */
export class ArmorPolicy extends Construct {
  public readonly policy: ComputeSecurityPolicy;
  public readonly name: string;

  constructor(scope: Construct, id: string, props: ArmorPolicyProps) {
    super(scope, id);
    ArmorPolicy.validate(this.node.path, props);
    this.name = props.name;
    const rules = ArmorPolicy.rules(props);
    const priorities = rules.map((r) => r.priority);
    const clash = priorities.find((p, i) => priorities.indexOf(p) !== i);
    if (clash !== undefined) throw new Error(`ArmorPolicy "${this.node.path}": two rules share priority ${clash}`);

    this.policy = new ComputeSecurityPolicy(this, "policy", {
      project: props.projectId,
      name: props.name,
      description: props.description,
      type: "CLOUD_ARMOR",
      rule: rules,
      advancedOptionsConfig: { jsonParsing: props.jsonParsing ?? ARMOR_DEFAULTS.jsonParsing },
      adaptiveProtectionConfig:
        (props.adaptiveProtection ?? ARMOR_DEFAULTS.adaptiveProtection)
          ? { layer7DdosDefenseConfig: { enable: true } }
          : undefined,
    });
  }

  /** Rules in evaluation order; priorities are unique by construction. */
  private static rules(props: ArmorPolicyProps): ComputeSecurityPolicyRule[] {
    const rules: ComputeSecurityPolicyRule[] = [];
    const ipRules = (cidrs: readonly string[], base: number, action: string, what: string) => {
      for (let i = 0; i < cidrs.length; i += MAX_RANGES_PER_RULE) {
        rules.push({
          priority: base + i / MAX_RANGES_PER_RULE,
          action,
          description: `${what} (${i / MAX_RANGES_PER_RULE + 1})`,
          match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: cidrs.slice(i, i + MAX_RANGES_PER_RULE) } },
        });
      }
    };
    // Deny list, then the WAF, then the allow list: an allow rule ends evaluation, so before
    // the WAF it would let its sources skip the WAF (guardrail ARM003).
    ipRules(props.denyCidrs ?? [], 1000, "deny(403)", "deny list");
    const waf = props.wafRules ?? DEFAULT_WAF_RULES;
    waf.forEach((w, i) =>
      rules.push({
        priority: 2000 + i,
        action: "deny(403)",
        preview: w.preview ?? ARMOR_DEFAULTS.preview,
        description: `WAF ${w.ruleSet}${w.preview ? " (preview)" : ""}`,
        match: {
          expr: {
            expression: `evaluatePreconfiguredWaf('${w.ruleSet}', {'sensitivity': ${w.sensitivity ?? ARMOR_DEFAULTS.sensitivity}})`,
          },
        },
      }),
    );
    ipRules(props.allowCidrs ?? [], 3000, "allow", "allow list");
    const rl = props.rateLimit;
    if (rl) {
      const ban = rl.banDurationSec !== undefined;
      rules.push({
        priority: 4000,
        action: ban ? "rate_based_ban" : "throttle",
        description: `rate limit ${rl.count}/${rl.intervalSec ?? ARMOR_DEFAULTS.intervalSec}s per IP`,
        match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
        rateLimitOptions: {
          conformAction: "allow",
          exceedAction: "deny(429)",
          enforceOnKey: "IP",
          rateLimitThreshold: { count: rl.count, intervalSec: rl.intervalSec ?? ARMOR_DEFAULTS.intervalSec },
          banDurationSec: rl.banDurationSec,
        },
      });
    }
    rules.push({
      priority: DEFAULT_RULE_PRIORITY,
      action: props.defaultAction ?? ARMOR_DEFAULTS.defaultAction,
      description: "default rule",
      match: { versionedExpr: "SRC_IPS_V1", config: { srcIpRanges: ["*"] } },
    });
    return rules;
  }

  private static validate(path: string, props: ArmorPolicyProps): void {
    const c = new PropChecker("ArmorPolicy", path).gcpName(props.name, "name", 63);
    checkArmorRules(props, c.check);
    c.done();
  }
}
