import { DeliveryIdentities, DeliveryIdentitiesProps } from "../../constructs/delivery-identities";
import { resourcesOf, synthConstruct } from "../helpers";

const props: DeliveryIdentitiesProps = {
  projectId: "acme-x-dev",
  executionAccountId: "deploy-x",
  releaseAccountId: "release-x",
  service: "x",
  releasePrincipal:
    "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/attribute.repository_workflow/7:acme/x/.github/workflows/release.yml@refs/heads/main",
};

describe("DeliveryIdentities", () => {
  const json = synthConstruct((s) => new DeliveryIdentities(s, "d", props)).json;

  it("gives the execution identity jobRunner in its project, by a literal member the guardrails can read", () => {
    expect(resourcesOf(json, "google_project_iam_member").map((m) => [m.project, m.role, m.member])).toEqual([
      ["acme-x-dev", "roles/clouddeploy.jobRunner", "serviceAccount:deploy-x@acme-x-dev.iam.gserviceaccount.com"],
    ]);
  });

  it("lets the release identity act as the execution identity and the team's workflow become the release identity; no keys", () => {
    const members = resourcesOf(json, "google_service_account_iam_member").map((m) => [m.role, m.member]);
    expect(members).toEqual([
      ["roles/iam.serviceAccountUser", expect.stringContaining("google_service_account.d_release")],
      ["roles/iam.workloadIdentityUser", props.releasePrincipal],
    ]);
    expect(resourcesOf(json, "google_service_account_key")).toEqual([]);
  });

  it("binds no workflow without a principal, and refuses one that is not a pool's principalSet", () => {
    const bare = synthConstruct((s) => new DeliveryIdentities(s, "d", { ...props, releasePrincipal: undefined })).json;
    expect(resourcesOf(bare, "google_service_account_iam_member").map((m) => m.role)).toEqual([
      "roles/iam.serviceAccountUser",
    ]);
    expect(() =>
      synthConstruct((s) => new DeliveryIdentities(s, "d", { ...props, releasePrincipal: "principal://x" })),
    ).toThrow(/prop "releasePrincipal" "principal:\/\/x" must be a principalSet/);
  });
});
