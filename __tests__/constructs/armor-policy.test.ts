import { ArmorPolicy, ArmorPolicyProps } from "../../constructs/armor-policy";
import { Json, onlyResource, synthConstruct } from "../helpers";

describe("ArmorPolicy", () => {
  const armor = (p: Partial<ArmorPolicyProps> = {}) =>
    onlyResource(
      synthConstruct((s) => new ArmorPolicy(s, "a", { projectId: "acme-gke-dev", name: "payments-dev", ...p })).json,
      "google_compute_security_policy",
    );

  it("enforces a broad WAF set by default, parses JSON bodies and ends with a default rule", () => {
    const policy = armor();
    const rules = policy.rule as Json[];
    expect(rules.map((r) => r.match.expr?.expression).filter(Boolean)).toEqual(
      [
        "sqli-v33-stable",
        "xss-v33-stable",
        "lfi-v33-stable",
        "rfi-v33-stable",
        "rce-v33-stable",
        "protocolattack-v33-stable",
        "scannerdetection-v33-stable",
        "cve-canary",
      ].map((set) => `evaluatePreconfiguredWaf('${set}', {'sensitivity': 1})`),
    );
    expect(policy.advanced_options_config).toEqual({ json_parsing: "STANDARD" });
    expect(rules.every((r) => r.preview !== true)).toBe(true);
    expect(rules[rules.length - 1]).toMatchObject({
      priority: 2147483647,
      action: "allow",
      match: { config: { src_ip_ranges: ["*"] } },
    });
    expect(policy.adaptive_protection_config).toEqual({ layer_7_ddos_defense_config: { enable: true } });
  });

  it("splits long IP lists into rules of at most 10 ranges with unique priorities", () => {
    const deny = Array.from({ length: 23 }, (_, i) => `192.0.2.${i}/32`);
    const rules = armor({ denyCidrs: deny, allowCidrs: ["198.51.100.0/24"] }).rule as Json[];
    const denyRules = rules.filter((r) => r.action === "deny(403)" && r.match.config);
    expect(denyRules.map((r) => r.match.config.src_ip_ranges.length)).toEqual([10, 10, 3]);
    const priorities = rules.map((r) => r.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("evaluates the allow list after every WAF rule, so allowed sources are still inspected", () => {
    const rules = armor({ allowCidrs: ["198.51.100.0/24"], rateLimit: { count: 100 } }).rule as Json[];
    const lastWaf = Math.max(...rules.filter((r) => r.match.expr).map((r) => r.priority));
    const allowing = rules.filter((r) => r.action === "allow" || r.rate_limit_options?.conform_action === "allow");
    expect(allowing.length).toBe(3);
    expect(allowing.every((r) => r.priority > lastWaf)).toBe(true);
  });

  it("rate limits per IP, banning when asked", () => {
    const rules = armor({ rateLimit: { count: 100, banDurationSec: 600 } }).rule as Json[];
    const rl = rules.find((r) => r.rate_limit_options);
    expect(rl).toMatchObject({
      action: "rate_based_ban",
      rate_limit_options: {
        enforce_on_key: "IP",
        exceed_action: "deny(429)",
        rate_limit_threshold: { count: 100, interval_sec: 60 },
        ban_duration_sec: 600,
      },
    });
  });

  it("puts WAF rules in preview when asked", () => {
    const rules = armor({ wafRules: [{ ruleSet: "lfi-v33-stable", preview: true }] }).rule as Json[];
    expect(rules[0]).toMatchObject({ preview: true, action: "deny(403)" });
  });

  it("rejects unknown WAF rule sets and duplicates", () => {
    expect(() => armor({ wafRules: [{ ruleSet: "sqli-v99" as never }] })).toThrow(
      /prop "wafRules\[0\]\.ruleSet" "sqli-v99" is not one of/,
    );
    expect(() => armor({ wafRules: [{ ruleSet: "sqli-v33-stable" }, { ruleSet: "sqli-v33-stable" }] })).toThrow(
      /prop "wafRules\[1\]\.ruleSet" "sqli-v33-stable" is listed twice/,
    );
  });
});
