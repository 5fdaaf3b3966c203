import { naming } from "../lib/naming";

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

describe("naming", () => {
  it("derives project IDs as <prefix>-<service>-<env> when they fit", () => {
    expect(naming.serviceProjectId("acme", "payments", "prd")).toBe("acme-payments-prd");
  });

  it("shortens long project IDs to GCP's 30 characters with a stable hash", () => {
    const id = naming.serviceProjectId("acmecorp01", "recommendation-feed", "canary1");
    expect(id).toMatch(PROJECT_ID);
    expect(id.length).toBeLessThanOrEqual(30);
    expect(id).toMatch(/^acmecorp01-rec[a-z-]*-[0-9a-f]{4}-canary1$/);
    expect(naming.serviceProjectId("acmecorp01", "recommendation-feed", "canary1")).toBe(id);
    // Names that share the kept part still get different IDs.
    expect(naming.serviceProjectId("acmecorp01", "recommendation-fees", "canary1")).not.toBe(id);
  });

  it("keeps every derived name within its GCP limit for the longest allowed inputs", () => {
    const service = "a".repeat(19) + "b"; // 20, the schema's maximum
    const env = "e".repeat(10); // 10, the schema's maximum
    expect(naming.serviceProjectId("p".repeat(10), service, env)).toMatch(PROJECT_ID);
    expect(naming.workloadServiceAccount(service)).toMatch(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/);
    expect(naming.workloadServiceAccount("api")).toBe("wi-api");
    expect(naming.nodeServiceAccount(env).length).toBeLessThanOrEqual(30);
    expect(naming.redis(service, env).length).toBeLessThanOrEqual(40);
    expect(naming.cluster(env).length).toBeLessThanOrEqual(40);
  });

  it("names stacks and their state objects after environments and services", () => {
    expect(naming.platformStack("prd")).toBe("prd");
    expect(naming.serviceStack("payments", "prd")).toBe("svc-payments-prd");
    expect(naming.statePrefix("svc-payments-prd")).toBe("stacks/svc-payments-prd");
    expect(naming.subnet("prd", "europe-west1")).toBe("vpc-prd-europe-west1");
    expect(naming.networkId("acme-gke-prd", "prd")).toBe("projects/acme-gke-prd/global/networks/vpc-prd");
  });
});
