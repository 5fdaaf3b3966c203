import * as path from "path";
import { readApprovals } from "../changepath/plan-guard";
import { loadBootstrapConfig } from "../bootstrap/bootstrap-schema";
import { loadConfig } from "../lib/config/load";
import { configProblems, REPO_ROOT } from "./helpers";

/**
 * The adopter's estate (config/, services/, approvals/) is checked only by checks that hold
 * for any valid estate: this file, the guardrails and provider conformance of its synthesis
 * (policy.test.ts, conformance.test.ts), its hand-off rendering (handoff-layout.test.ts) and
 * the files generated from it being up to date (workflows-generated.test.ts,
 * diagram.test.ts). Every other test runs on the estate the tests own (__tests__/fixtures/estate).
 */
describe("the adopter's estate", () => {
  it("is valid: config/, services/ and config/bootstrap.yaml load without a problem", () => {
    expect(configProblems(REPO_ROOT)).toEqual([]);
    // Throws ConfigError naming every problem of config/bootstrap.yaml.
    expect(() => loadBootstrapConfig(REPO_ROOT, loadConfig(REPO_ROOT).environments)).not.toThrow();
  });

  it("has an approvals file the plan guard can read (entries name stack, address, action, digest, reason)", () => {
    expect(() => readApprovals(path.join(REPO_ROOT, "approvals", "destroy.yaml"))).not.toThrow();
  });
});
