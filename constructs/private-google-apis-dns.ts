import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { DnsManagedZone } from "../.gen/providers/google/dns-managed-zone";
import { DnsRecordSet } from "../.gen/providers/google/dns-record-set";
import { PropChecker } from "./validation";
import { gcpNamePattern } from "../lib/gcp/names";
import {
  DNS_ZONE_NAME_MAX,
  GoogleApisVip,
  PRIVATE_ACCESS_DOMAINS,
  VIP_RECORD_TTL,
  vipRecords,
} from "../lib/gcp/private-google-access";

export interface PrivateGoogleApisDnsProps {
  /** Project that owns the VPC (the host project); the zones live there. */
  readonly projectId: string;
  /** The VPC that sees the zones: `projects/<p>/global/networks/<n>` or its self link. */
  readonly networkId: string;
  /** Zone names are `<prefix>-googleapis`, `<prefix>-gcr-io`, `<prefix>-pkg-dev`. */
  readonly zoneNamePrefix: string;
  /**
   * `private` (private.googleapis.com, most Google APIs) or `restricted`
   * (restricted.googleapis.com, only APIs VPC Service Controls supports: choose it inside a
   * perimeter). @default "private"
   */
  readonly vip?: GoogleApisVip;
  /** Also send gcr.io and pkg.dev (Container and Artifact Registry) to the VIP. @default true */
  readonly registries?: boolean;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Private Cloud DNS zones, visible only to one VPC, that resolve Google API (and registry)
 * names to the Private Google Access VIP. Without them `*.googleapis.com` resolves to public
 * addresses, which private nodes reach but a default-deny NetworkPolicy that allows only
 * the VIP ranges blocks.
 */
export class PrivateGoogleApisDns extends Construct {
  public readonly zones: DnsManagedZone[] = [];
  public readonly records: DnsRecordSet[] = [];
  public readonly vip: GoogleApisVip;

  constructor(scope: Construct, id: string, props: PrivateGoogleApisDnsProps) {
    super(scope, id);
    this.vip = props.vip ?? "private";
    const domains = PRIVATE_ACCESS_DOMAINS.filter((d) => !d.registry || (props.registries ?? true));
    const zoneName = (slug: string) => `${props.zoneNamePrefix}-${slug}`;
    const c = new PropChecker("PrivateGoogleApisDns", this.node.path);
    for (const d of domains) {
      const name = zoneName(d.slug);
      c.require(
        gcpNamePattern(DNS_ZONE_NAME_MAX).test(name),
        "zoneNamePrefix",
        `gives the zone name "${name}": use lowercase letters, digits and hyphens, at most ${DNS_ZONE_NAME_MAX} characters in all`,
      );
    }
    c.done();

    for (const d of domains) {
      const zone = new DnsManagedZone(this, `zone-${d.slug}`, {
        project: props.projectId,
        name: zoneName(d.slug),
        dnsName: d.domain,
        description: `Private Google Access: ${d.domain} resolves to ${this.vip}.googleapis.com inside the VPC`,
        visibility: "private",
        privateVisibilityConfig: { networks: [{ networkUrl: props.networkId }] },
        // A zone that still holds records someone added by hand is not deleted with them.
        forceDestroy: false,
        dependsOn: props.dependsOn,
      });
      this.zones.push(zone);
      for (const r of vipRecords(d.domain, this.vip)) {
        this.records.push(
          new DnsRecordSet(this, `${d.slug}-${r.type.toLowerCase()}`, {
            project: props.projectId,
            managedZone: zone.name,
            name: r.name,
            type: r.type,
            ttl: VIP_RECORD_TTL,
            rrdatas: [...r.rrdatas],
          }),
        );
      }
    }
  }
}
