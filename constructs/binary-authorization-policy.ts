import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { BinaryAuthorizationPolicy as PolicyResource } from "../.gen/providers/google/binary-authorization-policy";
import { PropChecker } from "./validation";
import { ATTESTOR, IMAGE_REGISTRY } from "../lib/gcp/binauthz";

export interface BinaryAuthorizationPolicyProps {
  readonly projectId: string;
  /**
   * Registries (`<host>/<project>[/<repository>]`) whose images are admitted without
   * attestation, e.g. the organization's Artifact Registry. @default none
   */
  readonly trustedRegistries?: readonly string[];
  /**
   * Image name patterns admitted besides the registries: the kit's own pinned images
   * (lib/config/kit-images.ts kitAdmissionPatterns), e.g. `gcr.io/cloud-sql-connectors/cloud-sql-proxy*`. @default none
   */
  readonly admittedImages?: readonly string[];
  /** Attestors (`projects/<p>/attestors/<name>`) every other image needs. @default none: other images are denied */
  readonly attestors?: readonly string[];
  /** Log what the policy would block instead of blocking it. @default false */
  readonly dryRun?: boolean;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The project's Binary Authorization policy, which clusters with
 * PROJECT_SINGLETON_POLICY_ENFORCE evaluate. Without it the project's default applies:
 * allow everything. Here images from trusted registries are admitted, Google's system
 * images by the global policy, and everything else needs the attestors or is denied.
 */
export class BinaryAuthorizationPolicy extends Construct {
  public readonly policy: PolicyResource;

  constructor(scope: Construct, id: string, props: BinaryAuthorizationPolicyProps) {
    super(scope, id);
    const registries = props.trustedRegistries ?? [];
    const attestors = props.attestors ?? [];
    const c = new PropChecker("BinaryAuthorizationPolicy", this.node.path).require(
      registries.length + attestors.length > 0,
      "trustedRegistries",
      "and attestors are both empty: the policy would deny every workload image; list your Artifact Registry or an attestor",
    );
    registries.forEach((r, i) =>
      c.require(
        IMAGE_REGISTRY.test(r),
        `trustedRegistries[${i}]`,
        `"${r}" must look like europe-docker.pkg.dev/<project>[/<repository>], without wildcards`,
      ),
    );
    attestors.forEach((a, i) =>
      c.require(ATTESTOR.test(a), `attestors[${i}]`, `"${a}" must look like projects/<project>/attestors/<name>`),
    );
    c.done();

    this.policy = new PolicyResource(this, "policy", {
      project: props.projectId,
      description: "Managed by the GKE platform kit",
      globalPolicyEvaluationMode: "ENABLE",
      admissionWhitelistPatterns: [
        ...registries.map((r) => ({ namePattern: `${r}/**` })),
        ...(props.admittedImages ?? []).map((namePattern) => ({ namePattern })),
      ],
      defaultAdmissionRule: {
        evaluationMode: attestors.length > 0 ? "REQUIRE_ATTESTATION" : "ALWAYS_DENY",
        enforcementMode: props.dryRun ? "DRYRUN_AUDIT_LOG_ONLY" : "ENFORCED_BLOCK_AND_AUDIT_LOG",
        requireAttestationsBy: attestors.length > 0 ? [...attestors] : undefined,
      },
      dependsOn: props.dependsOn,
    });
  }
}
