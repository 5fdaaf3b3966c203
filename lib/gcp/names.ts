/** GCP resource names: lowercase letter first, then letters, digits and hyphens, no trailing hyphen. */
export function gcpNamePattern(maxLength: number): RegExp {
  return new RegExp(`^[a-z](?:[a-z0-9-]{0,${maxLength - 2}}[a-z0-9])?$`);
}

/**
 * A resource carries at most 64 labels (https://cloud.google.com/resource-manager/docs/labels-overview#requirements).
 * The kit adds these to every service's resources, next to the platform's and environment's.
 */
export const MAX_LABELS = 64;
export const KIT_LABEL_KEYS = ["environment", "managed-by", "service", "team", "cost-center"] as const;
