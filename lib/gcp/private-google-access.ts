import { formatIp, parseCidr } from "../cidr";
import { GOOGLE_APIS_VIPS } from "./gke";

/**
 * DNS for Private Google Access on a VIP. A private zone for a Google domain, visible to
 * the VPC, answers with the VIP's four addresses (GOOGLE_APIS_VIPS, the same ranges the
 * tenants' NetworkPolicy allows), so pods behind a default-deny egress policy reach Google
 * APIs. Sources:
 * - googleapis.com.: an A record `<vip>.googleapis.com.` with the VIP's addresses and a
 *   CNAME `*.googleapis.com.` to it. https://cloud.google.com/vpc/docs/configure-private-google-access#config-domain
 * - gcr.io. and pkg.dev. (Container Registry, Artifact Registry): an A record on the domain
 *   with the VIP's addresses and a CNAME `*.<domain>` to the domain.
 *   https://cloud.google.com/artifact-registry/docs/gke-private-clusters (written there for
 *   the restricted VIP in a VPC Service Controls perimeter; that the private VIP serves both
 *   registries the same way is from the #config-domain page above, recalled and not re-read
 *   for this commit). Nodes pull images through these names too.
 * - Zone names: 1-63 characters, lowercase letter first, letters, digits and hyphens.
 *   https://cloud.google.com/dns/docs/zones#create-private-zone
 */
export type GoogleApisVip = keyof typeof GOOGLE_APIS_VIPS;

/** The Google domains a private zone is made for; `registry` marks Artifact/Container Registry. */
export const PRIVATE_ACCESS_DOMAINS = [
  { domain: "googleapis.com.", slug: "googleapis", registry: false },
  { domain: "gcr.io.", slug: "gcr-io", registry: true },
  { domain: "pkg.dev.", slug: "pkg-dev", registry: true },
] as const;

export const DNS_ZONE_NAME_MAX = 63;
/** Seconds resolvers cache the VIP records; Google's examples use 300. */
export const VIP_RECORD_TTL = 300;

export interface VipRecord {
  readonly name: string;
  readonly type: "A" | "CNAME";
  readonly rrdatas: readonly string[];
}

/** The addresses of a VIP: every address of its /30. */
export function vipAddresses(vip: GoogleApisVip): string[] {
  const range = parseCidr(GOOGLE_APIS_VIPS[vip]);
  if (typeof range === "string") throw new Error(range);
  return Array.from({ length: range.end - range.start + 1 }, (_, i) => formatIp(range.start + i));
}

/** The two records that send every name under `domain` to `vip`. */
export function vipRecords(domain: string, vip: GoogleApisVip): VipRecord[] {
  const host = domain === "googleapis.com." ? `${vip}.googleapis.com.` : domain;
  return [
    { name: host, type: "A", rrdatas: vipAddresses(vip) },
    { name: `*.${domain}`, type: "CNAME", rrdatas: [host] },
  ];
}
