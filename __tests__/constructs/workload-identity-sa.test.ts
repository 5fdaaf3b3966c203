import { Construct } from "constructs";
import { WorkloadIdentityServiceAccount } from "../../constructs/workload-identity-sa";
import { onlyResource, synthConstruct } from "../helpers";

describe("WorkloadIdentityServiceAccount", () => {
  const build = (s: Construct) =>
    new WorkloadIdentityServiceAccount(s, "wi", {
      projectId: "acme-payments-dev",
      accountId: "wi-payments",
      workloadPool: "acme-gke-dev.svc.id.goog",
      namespace: "payments",
      kubernetesServiceAccount: "payments",
      roles: ["roles/cloudsql.client"],
    });
  const { json } = synthConstruct(build);

  it("lets exactly one Kubernetes service account impersonate it", () => {
    const binding = onlyResource(json, "google_service_account_iam_member");
    expect(binding.role).toBe("roles/iam.workloadIdentityUser");
    expect(binding.member).toBe("serviceAccount:acme-gke-dev.svc.id.goog[payments/payments]");
  });

  it("grants the requested roles to the workload and refuses basic roles", () => {
    expect(onlyResource(json, "google_project_iam_member").role).toBe("roles/cloudsql.client");
    expect(() =>
      synthConstruct(
        (s) =>
          new WorkloadIdentityServiceAccount(s, "wi", {
            projectId: "acme-payments-dev",
            accountId: "wi-payments",
            workloadPool: "acme-gke-dev.svc.id.goog",
            namespace: "payments",
            kubernetesServiceAccount: "payments",
            roles: ["roles/editor"],
          }),
      ),
    ).toThrow(/prop "roles\[0\]" "roles\/editor" is a basic role/);
  });
});
