import { IConstruct } from "constructs";
import { Annotations, IAspect, TerraformResource, TerraformStack } from "cdktf";
import { Rule, RULES, RuleContext, Severity } from "./rules";
import { ScopedWaiver, waiverFor } from "./waivers";

export type { ScopedWaiver } from "./waivers";

export interface Finding {
  readonly stack: string;
  /** Construct path, e.g. "dev/cluster/cluster". */
  readonly path: string;
  readonly resourceType: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly title: string;
  readonly fix: string;
  /** The waiver's reason when the finding is waived. */
  readonly waived?: string;
}

/** Findings of every stack, kept once per stack, resource and rule. */
export class PolicyReport {
  private readonly byKey = new Map<string, Finding>();

  add(f: Finding): void {
    this.byKey.set(`${f.path}\u0000${f.rule}`, f);
  }

  get findings(): Finding[] {
    return [...this.byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
  }

  /** Unwaived error findings: any of these fails synthesis. */
  get errors(): Finding[] {
    return this.findings.filter((f) => f.severity === "error" && !f.waived);
  }
}

/** A resource's Terraform JSON, snake_case, as the provider receives it. */
const synthesized = (r: TerraformResource) => r.toTerraform().resource[r.terraformResourceType][r.friendlyUniqueId];

/** The resources of one type in `node`'s stack, as synthesized, for rules about what a stack lacks. */
const stackResources =
  (node: IConstruct) =>
  (type: string): Record<string, unknown>[] =>
    TerraformStack.of(node)
      .node.findAll()
      .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c))
      .filter((r) => r.terraformResourceType === type)
      .map(synthesized);

/**
 * A resource's path as waivers and the report name it: without "Default" segments, which cdktf
 * also leaves out of logical IDs (the default cluster's resources, stacks/regional-cluster.ts),
 * so `<env>/cluster/*` names the default cluster as it did when an environment had one.
 */
export const resourcePath = (path: string): string =>
  path
    .split("/")
    .filter((p) => p !== "Default")
    .join("/");

export interface PolicyAspectProps extends RuleContext {
  readonly stackName: string;
  readonly waivers: readonly ScopedWaiver[];
  readonly report: PolicyReport;
  readonly rules?: readonly Rule[];
}

/**
 * Runs every guardrail rule over each resource of a stack, on the same snake_case JSON
 * Terraform receives. Waived findings become info annotations carrying the reason;
 * warnings become warning annotations; errors are collected for the synth step to fail on.
 */
export class PolicyAspect implements IAspect {
  constructor(private readonly props: PolicyAspectProps) {}

  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const type = node.terraformResourceType;
    if (!this.rulesFor(type).length) return;
    this.judge(node, type, resourcePath(node.node.path), synthesized(node));
  }

  /**
   * Checks objects that are not Terraform resources (a service's Kubernetes hand-off) by
   * their `kind`; findings carry `path` and go on `scope`'s annotations.
   */
  checkObjects(
    scope: IConstruct,
    objects: readonly { readonly kind: string; readonly path: string; readonly body: object }[],
  ): void {
    for (const o of objects) this.judge(scope, o.kind, o.path, o.body);
  }

  private rulesFor(type: string): readonly Rule[] {
    return (this.props.rules ?? RULES).filter((r) => r.resourceTypes.includes(type));
  }

  private judge(node: IConstruct, type: string, path: string, config: object): void {
    for (const rule of this.rulesFor(type)) {
      if (rule.check(config as Record<string, unknown>, { ...this.props, resources: stackResources(node) })) continue;
      const waiver = waiverFor(this.props.waivers, rule.id, path);
      const finding: Finding = {
        stack: this.props.stackName,
        path,
        resourceType: type,
        rule: rule.id,
        severity: rule.severity,
        title: rule.title,
        fix: rule.fix,
        waived: waiver ? `${waiver.reason} (${waiver.source})` : undefined,
      };
      this.props.report.add(finding);
      const text = `[${rule.id}] ${rule.title}: ${rule.rationale} Fix: ${rule.fix}`;
      if (waiver) Annotations.of(node).addInfo(`${text} WAIVED: ${finding.waived}`);
      else if (rule.severity === "warning") Annotations.of(node).addWarning(text);
    }
  }
}
