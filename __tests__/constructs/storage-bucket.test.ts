import { StorageBucket, StorageBucketProps } from "../../constructs/storage-bucket";
import { bucketLocationProblem, bucketLocationsFor } from "../../lib/gcp/storage";
import { naming } from "../../lib/naming";
import { onlyResource, resourcesOf, synthConstruct } from "../helpers";

const bucketProps: StorageBucketProps = {
  projectId: "acme-catalog-stg",
  name: naming.bucket("acme-catalog-stg", "images"),
  location: "europe-west1",
  grants: [{ member: "serviceAccount:wi-catalog@acme-catalog-stg.iam.gserviceaccount.com", access: "readOnly" }],
};

describe("StorageBucket", () => {
  const { json } = synthConstruct((s) => new StorageBucket(s, "b", bucketProps));
  const bucket = onlyResource(json, "google_storage_bucket");

  it("is private: uniform access, public access prevention enforced, never force-destroyed", () => {
    expect(bucket).toMatchObject({
      name: "acme-catalog-stg-images",
      uniform_bucket_level_access: true,
      public_access_prevention: "enforced",
      force_destroy: false,
    });
  });

  it("keeps versions and soft-deleted objects, and bounds what old versions cost", () => {
    expect(bucket.versioning).toEqual({ enabled: true });
    expect(bucket.soft_delete_policy).toEqual({ retention_duration_seconds: 7 * 86400 });
    expect(bucket.lifecycle_rule).toEqual([
      { action: { type: "Delete" }, condition: { days_since_noncurrent_time: 30, with_state: "ARCHIVED" } },
    ]);
    expect(bucket.location).toBe("EUROPE-WEST1");
  });

  it("gives the workload object roles on this bucket only, never on the project", () => {
    expect(onlyResource(json, "google_storage_bucket_iam_member")).toMatchObject({
      role: "roles/storage.objectViewer",
      member: "serviceAccount:wi-catalog@acme-catalog-stg.iam.gserviceaccount.com",
    });
    expect(resourcesOf(json, "google_project_iam_member")).toEqual([]);
  });

  it("encrypts with a customer-managed key when given one", () => {
    const key = "projects/acme-security/locations/europe-west1/keyRings/data/cryptoKeys/catalog";
    const { json: cmek } = synthConstruct((s) => new StorageBucket(s, "b", { ...bucketProps, kmsKey: key }));
    expect(onlyResource(cmek, "google_storage_bucket").encryption).toEqual({ default_kms_key_name: key });
    // The project's storage agent may use the key before the bucket is created.
    const grant = onlyResource(cmek, "google_kms_crypto_key_iam_member");
    expect(grant).toMatchObject({
      crypto_key_id: key,
      role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
      member: expect.stringMatching(/^\$\{data\.google_storage_project_service_account\..*\.member\}$/),
    });
    expect(onlyResource(cmek, "google_storage_bucket").depends_on).toEqual([
      expect.stringMatching(/^google_kms_crypto_key_iam_member\./),
    ]);
    expect(resourcesOf(json, "google_kms_crypto_key_iam_member")).toEqual([]);
  });

  it.each<[string, Partial<StorageBucketProps>, RegExp]>([
    ["a name with goog", { name: "acme-googly" }, /contains "goog"/],
    ["a soft delete of 3 days", { softDeleteDays: 3 }, /prop "softDeleteDays" must be 0 \(off\) or 7-90, got 3/],
    [
      "SetStorageClass without a class",
      { lifecycle: [{ action: "SetStorageClass", ageDays: 30 }] },
      /lifecycle\[0\]\.storageClass" is required with SetStorageClass/,
    ],
    ["a rule without a condition", { lifecycle: [{ action: "Delete" }] }, /lifecycle\[0\]" needs a condition/],
  ])("refuses %s", (_, props, message) => {
    expect(() => synthConstruct((s) => new StorageBucket(s, "b", { ...bucketProps, ...props }))).toThrow(message);
  });
});

describe("bucket locations", () => {
  it("accept the region and the multi- and dual-regions that contain it", () => {
    expect(bucketLocationsFor("europe-west1")).toEqual(["EUROPE-WEST1", "EU"]);
    expect(bucketLocationsFor("europe-west4")).toEqual(["EUROPE-WEST4", "EU", "EUR4"]);
    expect(bucketLocationProblem("eu", "europe-west1")).toBeUndefined();
  });

  it("refuse locations that do not contain the region", () => {
    expect(bucketLocationProblem("EU", "europe-west2")).toMatch(
      /does not contain the environment's region europe-west2; use one of EUROPE-WEST2$/,
    );
    expect(bucketLocationProblem("europe-west4", "europe-west1")).toMatch(/use one of EUROPE-WEST1, EU$/);
  });
});
