import { ServiceProject, ServiceProjectProps } from "../../constructs/service-project";
import { onlyResource, resourcesOf, synthConstruct } from "../helpers";

const projectProps: ServiceProjectProps = {
  projectId: "acme-payments-dev",
  displayName: "payments dev",
  folderId: "200000000001",
  billingAccount: "01A2B3-C4D5E6-F7A8B9",
  labels: { service: "payments", team: "payments", environment: "dev" },
  apis: ["sqladmin.googleapis.com"],
  hostProjectId: "acme-gke-dev",
  teamGroup: "payments-team@example.com",
  teamRoles: ["roles/logging.viewer", "roles/monitoring.viewer"],
};

describe("ServiceProject", () => {
  const { json } = synthConstruct((s) => new ServiceProject(s, "project", projectProps));

  it("creates a labelled project with no default network, protected from deletion", () => {
    expect(onlyResource(json, "google_project")).toMatchObject({
      project_id: "acme-payments-dev",
      folder_id: "200000000001",
      billing_account: "01A2B3-C4D5E6-F7A8B9",
      auto_create_network: false,
      deletion_policy: "PREVENT",
      labels: projectProps.labels,
    });
  });

  it("enables base and requested APIs without disabling them on destroy", () => {
    const apis = resourcesOf(json, "google_project_service");
    expect(apis.map((a) => a.service)).toEqual(
      expect.arrayContaining(["container.googleapis.com", "sqladmin.googleapis.com"]),
    );
    expect(apis.every((a) => a.disable_on_destroy === false)).toBe(true);
  });

  it("attaches to the environment's Shared VPC without subnet grants it does not need", () => {
    expect(onlyResource(json, "google_compute_shared_vpc_service_project").host_project).toBe("acme-gke-dev");
    expect(resourcesOf(json, "google_compute_subnetwork_iam_member")).toEqual([]);
  });

  it("deprivileges the Compute Engine default service account and keeps it so on destroy", () => {
    expect(onlyResource(json, "google_project_default_service_accounts")).toMatchObject({
      project: expect.stringMatching(/^\$\{google_project\..*\.project_id\}$/),
      action: "DEPRIVILEGE",
      restore_policy: "NONE",
    });
  });

  it("refuses team roles that let the team grant itself more", () => {
    const escalating = { ...projectProps, teamRoles: ["roles/logging.viewer", "roles/iam.serviceAccountKeyAdmin"] };
    expect(() => synthConstruct((s) => new ServiceProject(s, "p", escalating))).toThrow(
      /prop "teamRoles\[1\]" "roles\/iam.serviceAccountKeyAdmin" creates keys for any service account of the project, so its holder could grant itself more/,
    );
  });

  it("gives the team group its roles on this project only, never basic roles", () => {
    const iam = resourcesOf(json, "google_project_iam_member");
    expect(iam.map((m) => [m.role, m.member])).toEqual([
      ["roles/logging.viewer", "group:payments-team@example.com"],
      ["roles/monitoring.viewer", "group:payments-team@example.com"],
    ]);
    expect(() =>
      synthConstruct((s) => new ServiceProject(s, "p", { ...projectProps, teamRoles: ["roles/owner"] })),
    ).toThrow(/prop "teamRoles\[0\]" "roles\/owner" is a basic role/);
  });

  it("rejects a project ID outside GCP's rules", () => {
    expect(() =>
      synthConstruct((s) => new ServiceProject(s, "p", { ...projectProps, projectId: "Payments_Dev" })),
    ).toThrow(/prop "projectId" "Payments_Dev" must be 6-30/);
  });
});
