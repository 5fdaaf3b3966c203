import { TeamScope, TeamScopeProps } from "../../constructs/team-scope";
import { resourcesOf, synthConstruct } from "../helpers";

const props: TeamScopeProps = {
  projectId: "acme-gke-prd",
  team: "payments",
  namespaces: [{ name: "payments-api", labels: { team: "payments" } }],
  access: [
    { group: "payments-devs@example.com", role: "VIEW" },
    { group: "payments-leads@example.com", role: "EDIT" },
  ],
  members: [{ key: "gke-prd", membershipId: "gke-prd", membershipLocation: "europe-west1" }],
};
const scopeOf = (p: Partial<TeamScopeProps> = {}) =>
  synthConstruct((s) => new TeamScope(s, "t", { ...props, ...p })).json;

describe("TeamScope", () => {
  const json = scopeOf();
  const scopeName = "projects/acme-gke-prd/locations/global/scopes/payments";

  it("is one fleet scope per team, with the team's namespaces in it, names from config", () => {
    expect(resourcesOf(json, "google_gke_hub_scope")).toEqual([
      expect.objectContaining({ project: "acme-gke-prd", scope_id: "payments" }),
    ]);
    expect(resourcesOf(json, "google_gke_hub_namespace")).toEqual([
      expect.objectContaining({
        scope_namespace_id: "payments-api",
        scope_id: "payments",
        scope: scopeName,
        namespace_labels: { team: "payments" },
      }),
    ]);
  });

  it("gives each group exactly its role in the scope's namespaces, one binding per group", () => {
    const bindings = resourcesOf(json, "google_gke_hub_scope_rbac_role_binding");
    expect(bindings.map((b) => [b.group, b.role.predefined_role])).toEqual([
      ["payments-devs@example.com", "VIEW"],
      ["payments-leads@example.com", "EDIT"],
    ]);
    // Binding IDs are RFC 1123 labels, distinct per group.
    for (const b of bindings) expect(b.scope_rbac_role_binding_id).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
    expect(new Set(bindings.map((b) => b.scope_rbac_role_binding_id)).size).toBe(2);
  });

  it("binds the scope to every member cluster of the fleet", () => {
    expect(resourcesOf(json, "google_gke_hub_membership_binding")).toEqual([
      expect.objectContaining({
        membership_binding_id: "payments",
        scope: scopeName,
        membership_id: "gke-prd",
        location: "europe-west1",
      }),
    ]);
  });

  it("refuses a team or namespace that is not a DNS label, naming the prop (break case)", () => {
    expect(() => scopeOf({ team: "Payments" })).toThrow(/team.*"Payments" must be a lowercase DNS label/);
    expect(() => scopeOf({ namespaces: [{ name: "api_v1", labels: {} }] })).toThrow(
      /namespaces.*"api_v1" must be a lowercase DNS label/,
    );
  });
});
