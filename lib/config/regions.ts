/**
 * Google Cloud regions and their zone suffixes (public list as of provider 6.x).
 * Validation rejects anything else, so a typo like "europe-west11" fails before plan.
 */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  "africa-south1": ["a", "b", "c"],
  "asia-east1": ["a", "b", "c"],
  "asia-east2": ["a", "b", "c"],
  "asia-northeast1": ["a", "b", "c"],
  "asia-northeast2": ["a", "b", "c"],
  "asia-northeast3": ["a", "b", "c"],
  "asia-south1": ["a", "b", "c"],
  "asia-south2": ["a", "b", "c"],
  "asia-southeast1": ["a", "b", "c"],
  "asia-southeast2": ["a", "b", "c"],
  "australia-southeast1": ["a", "b", "c"],
  "australia-southeast2": ["a", "b", "c"],
  "europe-central2": ["a", "b", "c"],
  "europe-north1": ["a", "b", "c"],
  "europe-north2": ["a", "b", "c"],
  "europe-southwest1": ["a", "b", "c"],
  "europe-west1": ["b", "c", "d"],
  "europe-west2": ["a", "b", "c"],
  "europe-west3": ["a", "b", "c"],
  "europe-west4": ["a", "b", "c"],
  "europe-west6": ["a", "b", "c"],
  "europe-west8": ["a", "b", "c"],
  "europe-west9": ["a", "b", "c"],
  "europe-west10": ["a", "b", "c"],
  "europe-west12": ["a", "b", "c"],
  "me-central1": ["a", "b", "c"],
  "me-central2": ["a", "b", "c"],
  "me-west1": ["a", "b", "c"],
  "northamerica-northeast1": ["a", "b", "c"],
  "northamerica-northeast2": ["a", "b", "c"],
  "northamerica-south1": ["a", "b", "c"],
  "southamerica-east1": ["a", "b", "c"],
  "southamerica-west1": ["a", "b", "c"],
  "us-central1": ["a", "b", "c", "f"],
  "us-east1": ["b", "c", "d"],
  "us-east4": ["a", "b", "c"],
  "us-east5": ["a", "b", "c"],
  "us-south1": ["a", "b", "c"],
  "us-west1": ["a", "b", "c"],
  "us-west2": ["a", "b", "c"],
  "us-west3": ["a", "b", "c"],
  "us-west4": ["a", "b", "c"],
};

/** Own keys only: "constructor" or "toString" are not regions. */
export function isRegion(name: string): boolean {
  return Object.hasOwn(REGIONS, name);
}

export function zonesOf(region: string): string[] {
  return isRegion(region) ? REGIONS[region].map((z) => `${region}-${z}`) : [];
}
