import { TrustedRegistries, TrustedRegistriesProps } from "../../constructs/trusted-registries";
import { Json, resourcesOf, synthConstruct } from "../helpers";

describe("TrustedRegistries", () => {
  const readers = [
    { id: "dev", member: "serviceAccount:gke-nodes-dev@acme-gke-dev.iam.gserviceaccount.com" },
    { id: "prd", member: "serviceAccount:gke-nodes-prd@acme-gke-prd.iam.gserviceaccount.com" },
  ];
  const synth = (p: Partial<TrustedRegistriesProps> = {}): Json =>
    synthConstruct(
      (s) =>
        new TrustedRegistries(s, "t", {
          registries: ["europe-docker.pkg.dev/acme-artifacts", "europe-west1-docker.pkg.dev/acme-build/releases"],
          readers,
          ...p,
        }),
    ).json;

  it("grants every reader on the repository a path names, and on the project when it names none", () => {
    const json = synth();
    expect(resourcesOf(json, "google_artifact_registry_repository_iam_member")).toEqual(
      readers.map(({ member }) => ({
        project: "acme-build",
        location: "europe-west1",
        repository: "releases",
        role: "roles/artifactregistry.reader",
        member,
      })),
    );
    expect(resourcesOf(json, "google_project_iam_member")).toEqual(
      readers.map(({ member }) => ({ project: "acme-artifacts", role: "roles/artifactregistry.reader", member })),
    );
  });

  it("scans the images of each registry project once, and never disables scanning on destroy", () => {
    const scanning = resourcesOf(synth(), "google_project_service");
    expect(scanning).toEqual(
      ["acme-artifacts", "acme-build"].map((project) => ({
        project,
        service: "containerscanning.googleapis.com",
        disable_on_destroy: false,
      })),
    );
    expect(resourcesOf(synth({ scanning: false }), "google_project_service")).toEqual([]);
  });

  it("refuses a registry it cannot grant on (not Artifact Registry or gcr.io)", () => {
    expect(() => synth({ registries: ["docker.io/acme"] })).toThrow(
      /TrustedRegistries.*registries\[0\].*docker\.io\/acme/s,
    );
  });
});
