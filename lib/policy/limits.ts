import { Cidr, coveredAddresses, isPrivate, parseCidr } from "../cidr";

/**
 * Breadth limits of control-plane authorized networks, counted over all ranges together
 * (overlaps once), so two /1 ranges fail like 0.0.0.0/0 does. Internal ranges may be as
 * broad as a /8 (a corporate network behind VPN); internet ranges at most a /16 in total.
 */
export const AUTHORIZED_NETWORK_LIMITS = { publicAddresses: 2 ** 16, allAddresses: 2 ** 24 } as const;

/** Why the authorized networks are too broad, or undefined when they are within the limits. */
export function authorizedBreadthProblem(cidrs: readonly string[]): string | undefined {
  const parsed = cidrs.map(parseCidr).filter((c): c is Cidr => typeof c !== "string");
  const all = coveredAddresses(parsed);
  const pub = coveredAddresses(parsed.filter((c) => !isPrivate(c)));
  const size = (n: number) => `${n.toLocaleString("en-US")} addresses (a /${32 - Math.log2(n)})`;
  if (all > AUTHORIZED_NETWORK_LIMITS.allAddresses) {
    return `together cover ${all.toLocaleString("en-US")} addresses, more than ${size(AUTHORIZED_NETWORK_LIMITS.allAddresses)}: that opens the control plane to most of the internet; list only your VPN, office or CI ranges`;
  }
  if (pub > AUTHORIZED_NETWORK_LIMITS.publicAddresses) {
    return `cover ${pub.toLocaleString("en-US")} internet addresses, more than ${size(AUTHORIZED_NETWORK_LIMITS.publicAddresses)}; list only your VPN, office or CI egress ranges, or use the DNS-based endpoint`;
  }
  return undefined;
}
