import { ProjectApis } from "../../constructs/project-apis";
import { resourcesOf, synthConstruct } from "../helpers";

describe("ProjectApis", () => {
  it("enables each API once and leaves it enabled on destroy (other stacks may still use it)", () => {
    const { json } = synthConstruct(
      (s) =>
        new ProjectApis(s, "apis", {
          projectId: "acme-payments-dev",
          apis: ["sqladmin.googleapis.com", "redis.googleapis.com", "sqladmin.googleapis.com"],
        }),
    );
    const services = resourcesOf(json, "google_project_service");
    expect(services.map((r) => r.service).sort()).toEqual(["redis.googleapis.com", "sqladmin.googleapis.com"]);
    for (const r of services)
      expect(r).toMatchObject({
        project: "acme-payments-dev",
        disable_on_destroy: false,
        disable_dependent_services: false,
      });
  });

  it("hands out the enablement of an API for dependsOn, and nothing for one it did not enable", () => {
    let apis!: ProjectApis;
    synthConstruct((s) => {
      apis = new ProjectApis(s, "apis", { projectId: "p-1", apis: ["redis.googleapis.com"] });
    });
    expect(apis.of("redis.googleapis.com")).toHaveLength(1);
    expect(apis.of("sqladmin.googleapis.com")).toEqual([]);
  });

  it("refuses a name that is not a Google API service, naming the entry (break case)", () => {
    expect(() =>
      synthConstruct((s) => new ProjectApis(s, "apis", { projectId: "p-1", apis: ["redis.googleapis.com", "redis"] })),
    ).toThrow(/apis\[1\].*"redis" must be a service name like sqladmin\.googleapis\.com/);
  });
});
