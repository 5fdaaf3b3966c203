// VPC range facts shared by the Network construct and config validation.

/** Prefix lengths each range may have, and why: what GKE and private service access accept. */
export const NETWORK_RANGE_LIMITS = {
  subnetCidr: { min: 8, max: 29, hint: "nodes need at least a /29" },
  podsCidr: { min: 8, max: 24, hint: "a /24 holds pods for only a few nodes; use /14-/20" },
  servicesCidr: { min: 8, max: 27, hint: "use /20 or larger for services" },
  // Private service access needs at least a /24; Google recommends /16-/20.
  privateServiceAccessCidr: { min: 8, max: 24, hint: "private service access needs at least a /24 (Google recommends /16-/20)" },
} as const;
export type NetworkRange = keyof typeof NETWORK_RANGE_LIMITS;
