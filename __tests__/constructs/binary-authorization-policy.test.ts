import { BinaryAuthorizationPolicy } from "../../constructs/binary-authorization-policy";
import { onlyResource, synthConstruct } from "../helpers";

describe("BinaryAuthorizationPolicy", () => {
  const policyOf = (p: Partial<ConstructorParameters<typeof BinaryAuthorizationPolicy>[2]>) =>
    onlyResource(
      synthConstruct(
        (s) =>
          new BinaryAuthorizationPolicy(s, "b", {
            projectId: "acme-gke-prd",
            trustedRegistries: ["europe-docker.pkg.dev/acme-artifacts"],
            ...p,
          }),
      ).json,
      "google_binary_authorization_policy",
    );

  it("admits the organization's registry and Google's system images, and denies everything else", () => {
    expect(policyOf({})).toMatchObject({
      project: "acme-gke-prd",
      global_policy_evaluation_mode: "ENABLE",
      admission_whitelist_patterns: [{ name_pattern: "europe-docker.pkg.dev/acme-artifacts/**" }],
      default_admission_rule: { evaluation_mode: "ALWAYS_DENY", enforcement_mode: "ENFORCED_BLOCK_AND_AUDIT_LOG" },
    });
  });

  it("requires attestations when given attestors, and only logs in dry run", () => {
    const attestor = "projects/acme-security/attestors/built-by-ci";
    expect(policyOf({ attestors: [attestor], dryRun: true }).default_admission_rule).toEqual({
      evaluation_mode: "REQUIRE_ATTESTATION",
      enforcement_mode: "DRYRUN_AUDIT_LOG_ONLY",
      require_attestations_by: [attestor],
    });
  });

  it("refuses a policy that would deny every image, and wildcards in registries", () => {
    expect(() => policyOf({ trustedRegistries: [] })).toThrow(
      /prop "trustedRegistries" and attestors are both empty: the policy would deny every workload image/,
    );
    expect(() => policyOf({ trustedRegistries: ["europe-docker.pkg.dev/*"] })).toThrow(
      /prop "trustedRegistries\[0\]" "europe-docker.pkg.dev\/\*" must look like/,
    );
  });
});
