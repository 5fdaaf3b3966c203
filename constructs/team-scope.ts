import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { GkeHubScope } from "../.gen/providers/google/gke-hub-scope";
import { GkeHubNamespace } from "../.gen/providers/google/gke-hub-namespace";
import { GkeHubMembershipBinding } from "../.gen/providers/google/gke-hub-membership-binding";
import { GkeHubScopeRbacRoleBinding } from "../.gen/providers/google/gke-hub-scope-rbac-role-binding";
import { FleetMember } from "./fleet";
import { ScopeRole, scopeName } from "../lib/gcp/fleet";
import { PropChecker } from "./validation";
import { createHash } from "crypto";

export interface TeamScopeProps {
  readonly projectId: string;
  /** Scope ID: the team's name. */
  readonly team: string;
  /** The team's namespaces (one per service) with the labels the fleet sets on them. */
  readonly namespaces: readonly { readonly name: string; readonly labels: Readonly<Record<string, string>> }[];
  /** Google groups and the role each gets in every namespace of the scope, on every cluster bound to it. */
  readonly access: readonly { readonly group: string; readonly role: ScopeRole }[];
  readonly members: readonly FleetMember[];
  readonly labels?: Readonly<Record<string, string>>;
  readonly dependsOn?: ITerraformDependable[];
}

const DNS_LABEL = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** RFC 1123 ID for a group's binding: readable prefix plus a hash of the whole address. */
const bindingId = (group: string) =>
  `${group
    .split("@")[0]
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "")}-${createHash("sha256").update(group).digest("hex").slice(0, 8)}`;

/**
 * A fleet team scope: the team's namespaces exist on every cluster bound to the scope, and
 * its groups get their role there through scope RBAC role bindings (the fleet creates the
 * RoleBindings in each namespace of each cluster), instead of per-cluster RoleBindings.
 */
export class TeamScope extends Construct {
  public readonly scope: GkeHubScope;

  constructor(scope: Construct, id: string, props: TeamScopeProps) {
    super(scope, id);
    const check = new PropChecker("TeamScope", this.node.path).require(
      DNS_LABEL.test(props.team),
      "team",
      `"${props.team}" must be a lowercase DNS label`,
    );
    for (const ns of props.namespaces)
      check.require(DNS_LABEL.test(ns.name), "namespaces", `"${ns.name}" must be a lowercase DNS label`);
    check.done();
    this.scope = new GkeHubScope(this, "scope", {
      project: props.projectId,
      scopeId: props.team,
      labels: props.labels,
      dependsOn: props.dependsOn,
    });
    // IDs and names from config (reviewable in the plan), ordered after the scope.
    const base = { project: props.projectId, dependsOn: [this.scope] };
    const scopeId = props.team;
    const fullName = scopeName(props.projectId, props.team);
    for (const ns of props.namespaces) {
      new GkeHubNamespace(this, `namespace-${ns.name}`, {
        ...base,
        scopeNamespaceId: ns.name,
        scopeId,
        scope: fullName,
        namespaceLabels: ns.labels,
        labels: props.labels,
      });
    }
    for (const a of props.access) {
      new GkeHubScopeRbacRoleBinding(this, `access-${bindingId(a.group)}`, {
        ...base,
        scopeRbacRoleBindingId: bindingId(a.group),
        scopeId,
        group: a.group,
        role: { predefinedRole: a.role },
        labels: props.labels,
      });
    }
    for (const m of props.members) {
      new GkeHubMembershipBinding(this, `binding-${m.key}`, {
        ...base,
        membershipBindingId: props.team,
        scope: fullName,
        membershipId: m.membershipId,
        location: m.membershipLocation,
        labels: props.labels,
      });
    }
  }
}
