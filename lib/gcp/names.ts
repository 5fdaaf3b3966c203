/** GCP resource names: lowercase letter first, then letters, digits and hyphens, no trailing hyphen. */
export function gcpNamePattern(maxLength: number): RegExp {
  return new RegExp(`^[a-z](?:[a-z0-9-]{0,${maxLength - 2}}[a-z0-9])?$`);
}
