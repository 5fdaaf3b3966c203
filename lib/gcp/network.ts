// VPC range facts shared by the Network construct and config validation.
import { Check } from "../check";
import { findOverlaps, isPrivate, NamedCidr, parseCidr } from "../cidr";

/** Prefix lengths each range may have, and why: what GKE and private service access accept. */
export const NETWORK_RANGE_LIMITS = {
  subnetCidr: { min: 8, max: 29, hint: "nodes need at least a /29" },
  podsCidr: { min: 8, max: 24, hint: "a /24 holds pods for only a few nodes; use /14-/20" },
  servicesCidr: { min: 8, max: 27, hint: "use /20 or larger for services" },
  // Private service access needs at least a /24; Google recommends /16-/20.
  privateServiceAccessCidr: {
    min: 8,
    max: 24,
    hint: "private service access needs at least a /24 (Google recommends /16-/20)",
  },
  // At least 64 addresses (https://cloud.google.com/load-balancing/docs/proxy-only-subnets, "Plan the size").
  proxyOnlyCidr: {
    min: 8,
    max: 26,
    hint: "a proxy-only subnet needs at least 64 addresses, a /26 (Google suggests /23)",
  },
} as const;
export type NetworkRange = keyof typeof NETWORK_RANGE_LIMITS;

export interface RangeLimit {
  readonly min: number;
  readonly max: number;
  readonly hint: string;
}

/**
 * Each named range must be a valid, aligned IPv4 CIDR within its prefix limits and in
 * private address space, and no two may overlap: GKE and VPC reject overlapping subnet,
 * secondary, control-plane and peering ranges.
 */
export function checkNetworkRanges(
  ranges: Readonly<Record<string, string | undefined>>,
  limits: Readonly<Record<string, RangeLimit>>,
  check: Check,
): void {
  const parsed: NamedCidr[] = [];
  for (const [key, text] of Object.entries(ranges)) {
    if (text === undefined) continue;
    const cidr = parseCidr(text);
    check(typeof cidr !== "string", key, typeof cidr === "string" ? cidr : "");
    if (typeof cidr === "string") continue;
    const { min, max, hint } = limits[key];
    check(cidr.prefix >= min && cidr.prefix <= max, key, `is a /${cidr.prefix}; ${hint} (allowed /${min} to /${max})`);
    check(
      isPrivate(cidr),
      key,
      `${text} is not in private address space (10/8, 172.16/12, 192.168/16, 100.64/10); pick a private range`,
    );
    parsed.push({ name: key, cidr });
  }
  for (const [a, b] of findOverlaps(parsed)) {
    check(
      false,
      b.name,
      `${b.cidr.text} overlaps ${a.name} ${a.cidr.text}; every range of the network needs its own space`,
    );
  }
}

/**
 * The proxy-only subnet regional Envoy-based load balancers (GKE's regional and internal
 * Gateway classes, gke-l7-rilb and gke-l7-regional-external-managed) take their proxies'
 * addresses from: one ACTIVE subnet of this purpose per region and VPC, no flow logs
 * (https://cloud.google.com/load-balancing/docs/proxy-only-subnets; google_compute_subnetwork
 * `purpose`/`role`, resource_compute_subnetwork.go at v7.45.0).
 */
export const PROXY_ONLY_SUBNET = { purpose: "REGIONAL_MANAGED_PROXY", role: "ACTIVE" } as const;

/** A proxy-only subnet holds no VMs: Private Google Access means nothing there and Google refuses its flow logs. */
export const isProxyOnlySubnet = (subnet: { readonly purpose?: unknown }): boolean =>
  subnet.purpose === "REGIONAL_MANAGED_PROXY" || subnet.purpose === "GLOBAL_MANAGED_PROXY";
