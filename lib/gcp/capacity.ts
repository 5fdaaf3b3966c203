/**
 * Address capacity of a VPC-native GKE cluster, so config validation can tell before an
 * apply that a range cannot hold the node pools at their largest.
 */

/**
 * Each node takes a pod range of twice its maximum pods, rounded up to a power of two: the
 * default of 110 pods per node takes a /24, 256 addresses
 * (cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr, "Pod address ranges").
 * The kit sets no max_pods_per_node, so every node takes the default.
 */
export const POD_ADDRESSES_PER_NODE = 256;
export const DEFAULT_MAX_PODS_PER_NODE = 110;

/**
 * Google Cloud keeps four addresses of every subnet's primary range (network, gateway,
 * second-to-last, broadcast): cloud.google.com/vpc/docs/subnets#unusable-ip-addresses-in-every-subnet.
 */
export const RESERVED_SUBNET_ADDRESSES = 4;

/** Nodes a pods range of this prefix length can serve. */
export const nodesForPodsRange = (prefix: number): number => Math.floor(2 ** (32 - prefix) / POD_ADDRESSES_PER_NODE);

/** Nodes a node subnet of this prefix length can address. */
export const nodesForSubnet = (prefix: number): number => 2 ** (32 - prefix) - RESERVED_SUBNET_ADDRESSES;

/** The largest prefix length whose range holds `nodes`, for the fix in a message. */
export function prefixFor(nodes: number, capacity: (prefix: number) => number): number {
  let prefix = 28;
  while (prefix > 8 && capacity(prefix) < nodes) prefix--;
  return prefix;
}
