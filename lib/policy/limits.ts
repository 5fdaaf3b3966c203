import { Cidr, coveredAddresses, isPrivate, parseCidr } from "../cidr";

/** How many addresses a set of ranges may cover together (overlaps once), internal and internet. */
export interface BreadthLimits {
  readonly allAddresses: number;
  readonly publicAddresses: number;
}

/**
 * Control-plane authorized networks: counted over all ranges together, so two /1 ranges
 * fail like 0.0.0.0/0 does. Internal ranges may be as broad as a /8 (a corporate network
 * behind VPN); internet ranges at most a /16 in total.
 */
export const AUTHORIZED_NETWORK_LIMITS: BreadthLimits = { allAddresses: 2 ** 24, publicAddresses: 2 ** 16 };

/** A service's declared egress destinations: the same bounds; broader needs means a proxy. */
export const EGRESS_LIMITS: BreadthLimits = { allAddresses: 2 ** 24, publicAddresses: 2 ** 16 };

const size = (n: number) => `${n.toLocaleString("en-US")} addresses (a /${32 - Math.log2(n)})`;

/** Why `cidrs` are too broad for `limits`, or undefined; `advice` says what to list instead. Invalid CIDRs are skipped. */
export function breadthProblem(cidrs: readonly string[], limits: BreadthLimits, advice: string): string | undefined {
  const parsed = cidrs.map(parseCidr).filter((c): c is Cidr => typeof c !== "string");
  const all = coveredAddresses(parsed);
  const pub = coveredAddresses(parsed.filter((c) => !isPrivate(c)));
  if (all > limits.allAddresses) {
    return `together cover ${all.toLocaleString("en-US")} addresses, more than ${size(limits.allAddresses)}: that opens it to most of the internet; ${advice}`;
  }
  if (pub > limits.publicAddresses)
    return `cover ${pub.toLocaleString("en-US")} internet addresses, more than ${size(limits.publicAddresses)}; ${advice}`;
  return undefined;
}

export function authorizedBreadthProblem(cidrs: readonly string[]): string | undefined {
  return breadthProblem(
    cidrs,
    AUTHORIZED_NETWORK_LIMITS,
    "list only your VPN, office or CI ranges, or use the DNS-based endpoint",
  );
}
