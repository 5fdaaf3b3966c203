/**
 * Cloud Storage facts shared by the StorageBucket construct and config validation.
 */

/**
 * Multi-regions and predefined dual-regions, with the regions each covers. A bucket is
 * "near" an environment when its location is the environment's region or one of these
 * that contains it. Sources: cloud.google.com/storage/docs/locations (multi-regions US,
 * EU: EU member states only, ASIA; predefined dual-regions ASIA1, EUR4, NAM4) and the region
 * list in lib/config/regions.ts. Add a dual-region here after checking the page.
 */
export const STORAGE_MULTI_LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  US: ["us-central1", "us-east1", "us-east4", "us-east5", "us-south1", "us-west1", "us-west2", "us-west3", "us-west4"],
  EU: [
    "europe-central2",
    "europe-north1",
    "europe-north2",
    "europe-southwest1",
    "europe-west1",
    "europe-west3",
    "europe-west4",
    "europe-west8",
    "europe-west9",
    "europe-west10",
    "europe-west12",
  ],
  ASIA: [
    "asia-east1",
    "asia-east2",
    "asia-northeast1",
    "asia-northeast2",
    "asia-northeast3",
    "asia-southeast1",
    "asia-southeast2",
    "asia-south1",
    "asia-south2",
  ],
  ASIA1: ["asia-northeast1", "asia-northeast2"],
  EUR4: ["europe-north1", "europe-west4"],
  NAM4: ["us-central1", "us-east1"],
};

/**
 * The Cloud KMS location of a key that may encrypt a bucket in `bucketLocation`: the key is
 * in the same location as the bucket, and a multi-region bucket takes the key of the matching
 * KMS multi-region, whose name differs: EU -> europe, US -> us, ASIA -> asia
 * (cloud.google.com/storage/docs/encryption/customer-managed-keys, key location restrictions;
 * cloud.google.com/kms/docs/locations, multi-regional locations). Other names are the same in
 * lower case (regions; dual-regions such as EUR4 -> eur4, NAM4 -> nam4).
 */
export function kmsLocationFor(bucketLocation: string): string {
  const multiRegions: Record<string, string> = { EU: "europe", US: "us", ASIA: "asia" };
  return multiRegions[bucketLocation.toUpperCase()] ?? bucketLocation.toLowerCase();
}

/** Locations valid for a bucket of an environment in `region`. */
export function bucketLocationsFor(region: string): string[] {
  return [
    region.toUpperCase(),
    ...Object.keys(STORAGE_MULTI_LOCATIONS).filter((l) => STORAGE_MULTI_LOCATIONS[l].includes(region)),
  ];
}

/** Why `location` does not suit an environment in `region`, or undefined. */
export function bucketLocationProblem(location: string, region: string): string | undefined {
  const valid = bucketLocationsFor(region);
  if (valid.includes(location.toUpperCase())) return undefined;
  return `"${location}" does not contain the environment's region ${region}; use one of ${valid.join(", ")}`;
}

/**
 * Soft delete retention: 0 turns it off, else 7 to 90 days
 * (cloud.google.com/storage/docs/soft-delete; provider v6.50.0 default 604800 s).
 */
export const SOFT_DELETE_DAYS = { min: 7, max: 90 } as const;

export const STORAGE_CLASSES = ["STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE"] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

/** Object roles a workload may get on its own bucket. */
export const BUCKET_ACCESS_ROLES = {
  readWrite: "roles/storage.objectUser",
  readOnly: "roles/storage.objectViewer",
} as const;
export type BucketAccess = keyof typeof BUCKET_ACCESS_ROLES;

/**
 * Bucket names: 3-63 characters of lowercase letters, digits, "-" and "_" (dots need domain
 * verification), starting and ending with a letter or digit, never containing "goog"
 * (cloud.google.com/storage/docs/buckets#naming).
 */
export const BUCKET_NAME = /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/;

export function bucketNameProblem(name: string): string | undefined {
  if (!BUCKET_NAME.test(name))
    return `"${name}" must be 3-63 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit`;
  if (/goog/.test(name)) return `"${name}" contains "goog", which Cloud Storage refuses in bucket names`;
  return undefined;
}
