import { DeliveryPipeline, DeliveryPipelineProps } from "../../constructs/delivery-pipeline";
import { resourcesOf, synthConstruct } from "../helpers";

describe("DeliveryPipeline construct", () => {
  const base: DeliveryPipelineProps = {
    projectId: "acme-x-dev",
    region: "europe-west1",
    name: "x",
    targets: [
      {
        id: "prd-a",
        env: "prd",
        cluster: "projects/h/locations/europe-west1/clusters/a",
        productionLike: true,
        requireApproval: false,
      },
      {
        id: "prd-b",
        env: "prd",
        cluster: "projects/h/locations/europe-west4/clusters/b",
        productionLike: true,
        requireApproval: false,
      },
      { id: "prd", env: "prd", children: ["prd-a", "prd-b"], productionLike: true, requireApproval: true },
    ],
    stages: [{ env: "prd", targetId: "prd", profile: "prd", strategy: { kind: "standard", verify: true } }],
    executionServiceAccount: "deploy-x@acme-x-dev.iam.gserviceaccount.com",
    releaser: "serviceAccount:release-x@acme-x-dev.iam.gserviceaccount.com",
    approverGroups: ["x@example.com"],
  };

  it("makes an environment with several clusters one multi-target stage, approval asked once", () => {
    const json = synthConstruct((s) => new DeliveryPipeline(s, "d", base)).json;
    const multi = resourcesOf(json, "google_clouddeploy_target").find((t) => t.name === "prd");
    expect(multi?.multi_target).toEqual({ target_ids: ["prd-a", "prd-b"] });
    expect(multi?.require_approval).toBe(true);
    expect(multi?.gke).toBeUndefined();
  });

  it("refuses a stage without its target and canary steps Cloud Deploy rejects", () => {
    expect(() =>
      synthConstruct(
        (s) =>
          new DeliveryPipeline(s, "d", {
            ...base,
            stages: [
              { env: "qa", targetId: "qa", profile: "qa", strategy: { kind: "standard", verify: false } },
              {
                env: "prd",
                targetId: "prd",
                profile: "prd",
                strategy: {
                  kind: "canary",
                  verify: false,
                  percentages: [50, 50, 100],
                  httpRoute: "x",
                  service: "x",
                  deployment: "x",
                },
              },
            ],
          }),
      ),
    ).toThrow(
      /stages\[0\]\.targetId" "qa" is not one of the targets[\s\S]*stages\[1\]\.strategy\.percentages" must be ascending/,
    );
  });
});
