import { NodeServiceAccount, NODE_ROLES } from "../../constructs/node-service-account";
import { resourcesOf, synthConstruct } from "../helpers";

describe("NodeServiceAccount", () => {
  const { json } = synthConstruct(
    (s) => new NodeServiceAccount(s, "sa", { projectId: "acme-host-dev", accountId: "gke-nodes-dev" }),
  );

  it("grants only Google's node role and image pulls", () => {
    const roles = resourcesOf(json, "google_project_iam_member")
      .map((m) => m.role)
      .sort();
    expect(roles).toEqual(["roles/artifactregistry.reader", "roles/container.defaultNodeServiceAccount"]);
    expect(roles).toEqual([...NODE_ROLES].sort());
    expect(roles).not.toContain("roles/editor");
  });
});
