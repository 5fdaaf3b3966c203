import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ClouddeployTarget } from "../.gen/providers/google/clouddeploy-target";
import { ClouddeployDeliveryPipeline } from "../.gen/providers/google/clouddeploy-delivery-pipeline";
import { ClouddeployDeliveryPipelineIamMember } from "../.gen/providers/google/clouddeploy-delivery-pipeline-iam-member";
import { PropChecker } from "./validation";
import type { DeliveryStage, DeliveryStrategy, DeliveryTarget } from "../lib/config/delivery";
import { CANARY_PERCENT, DELIVERY_ROLES, EXECUTION_USAGES } from "../lib/gcp/delivery";

export interface DeliveryPipelineProps {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  readonly description?: string;
  /** Every target the stages name (and the children of multi-targets). */
  readonly targets: readonly DeliveryTarget[];
  /** Serial stages, in promotion order. */
  readonly stages: readonly DeliveryStage[];
  /** Email of the service account that renders and deploys for every target. */
  readonly executionServiceAccount: string;
  /** IAM member allowed to create releases and rollouts on this pipeline only. */
  readonly releaser: string;
  /** Google groups that may approve rollouts (roles/clouddeploy.approver on this pipeline). */
  readonly approverGroups: readonly string[];
  readonly dependsOn?: ITerraformDependable[];
}

const TARGET_ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A Cloud Deploy delivery pipeline with its targets: GKE clusters reached over their DNS
 * endpoint (IAM-authorized; no public IP endpoint), each target's render, deploy and verify run
 * as the execution service account, approval where `requireApproval`, and who may release and
 * approve granted on this pipeline only.
 */
export class DeliveryPipeline extends Construct {
  public readonly pipeline: ClouddeployDeliveryPipeline;
  public readonly targets: Readonly<Record<string, ClouddeployTarget>>;

  constructor(scope: Construct, id: string, props: DeliveryPipelineProps) {
    super(scope, id);
    DeliveryPipeline.validate(this.node.path, props);
    const common = { project: props.projectId, location: props.region };
    const executionConfigs = [{ usages: [...EXECUTION_USAGES], serviceAccount: props.executionServiceAccount }];
    const targets: Record<string, ClouddeployTarget> = {};
    // A multi-target's children deploy in parallel once the multi-target's rollout is approved.
    const parentOf = new Map(props.targets.flatMap((p) => (p.children ?? []).map((c) => [c, p.id] as const)));
    for (const t of props.targets) {
      const parent = parentOf.get(t.id);
      targets[t.id] = new ClouddeployTarget(this, `target-${t.id}`, {
        ...common,
        name: t.id,
        description: `${t.env}${t.productionLike ? " (production-like)" : ""}`,
        requireApproval: t.requireApproval,
        // Read by guardrail DEL001: the target's environment class, from config.
        labels: {
          "target-environment": t.env,
          "production-like": String(t.productionLike),
          ...(parent ? { "multi-target": parent } : {}),
        },
        executionConfigs,
        ...(t.cluster
          ? { gke: { cluster: t.cluster, dnsEndpoint: true } }
          : { multiTarget: { targetIds: [...(t.children ?? [])] } }),
        dependsOn: props.dependsOn,
      });
    }
    for (const t of props.targets)
      for (const child of t.children ?? []) targets[t.id].node.addDependency(targets[child]);
    this.targets = targets;
    this.pipeline = new ClouddeployDeliveryPipeline(this, "pipeline", {
      ...common,
      name: props.name,
      description: props.description,
      serialPipeline: {
        stages: props.stages.map((s) => ({
          targetId: s.targetId,
          profiles: [s.profile],
          strategy: strategyBlock(s.strategy),
        })),
      },
      dependsOn: Object.values(targets),
    });
    const onPipeline = { ...common, name: this.pipeline.name };
    new ClouddeployDeliveryPipelineIamMember(this, "releaser", {
      ...onPipeline,
      role: DELIVERY_ROLES.releaser,
      member: props.releaser,
    });
    props.approverGroups.forEach(
      (group, i) =>
        new ClouddeployDeliveryPipelineIamMember(this, `approver-${i}`, {
          ...onPipeline,
          role: DELIVERY_ROLES.approver,
          member: `group:${group}`,
        }),
    );
  }

  private static validate(path: string, p: DeliveryPipelineProps): void {
    const c = new PropChecker("DeliveryPipeline", path).gcpName(p.name, "name");
    const ids = new Set(p.targets.map((t) => t.id));
    p.targets.forEach((t, i) => {
      c.require(TARGET_ID.test(t.id), `targets[${i}].id`, `"${t.id}" must be a lowercase DNS label of 1-63 characters`);
      c.require(
        (t.cluster === undefined) !== (t.children === undefined),
        `targets[${i}]`,
        "needs either a cluster or child targets (a multi-target), not both",
      );
      for (const child of t.children ?? [])
        c.require(ids.has(child), `targets[${i}].children`, `"${child}" is not one of the targets`);
    });
    p.stages.forEach((s, i) => {
      c.require(ids.has(s.targetId), `stages[${i}].targetId`, `"${s.targetId}" is not one of the targets`);
      if (s.strategy.kind === "canary") {
        const pct = s.strategy.percentages;
        c.require(
          pct.length > 0 &&
            pct.every((v, k) => v >= CANARY_PERCENT.min && v <= CANARY_PERCENT.max && (k === 0 || v > pct[k - 1])),
          `stages[${i}].strategy.percentages`,
          `must be ascending percentages from ${CANARY_PERCENT.min} to ${CANARY_PERCENT.max}, got [${pct.join(", ")}]`,
        );
      }
    });
    c.require(new Set(p.stages.map((s) => s.targetId)).size === p.stages.length, "stages", "name a target twice");
    c.done();
  }
}

function strategyBlock(s: DeliveryStrategy) {
  if (s.kind === "standard") return { standard: { verify: s.verify } };
  return {
    canary: {
      runtimeConfig: {
        kubernetes: {
          gatewayServiceMesh: { httpRoute: s.httpRoute, service: s.service, deployment: s.deployment },
        },
      },
      canaryDeployment: { percentages: [...s.percentages], verify: s.verify },
    },
  };
}
