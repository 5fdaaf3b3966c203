import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { CertificateManagerCertificate } from "../.gen/providers/google/certificate-manager-certificate";
import { CertificateManagerCertificateMapEntry } from "../.gen/providers/google/certificate-manager-certificate-map-entry";
import { CertificateManagerDnsAuthorization } from "../.gen/providers/google/certificate-manager-dns-authorization";
import { PropChecker } from "./validation";
import { authorizedDomain, isWildcard } from "../lib/gcp/tls";
import { HOSTNAME } from "../lib/gcp/gateway";

export interface GatewayCertificatesProps {
  /** The cluster's project, where the shared Gateway's certificate map is. */
  readonly projectId: string;
  /** Name of the certificate map (in `projectId`) the entries go into. */
  readonly certificateMap: string;
  /** One Google-managed certificate and map entry per host name, each with its resource name. */
  readonly hosts: readonly { readonly hostname: string; readonly name: string }[];
  readonly labels?: Record<string, string>;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Google-managed Certificate Manager certificates for a service's host names on the shared
 * Gateway, one map entry each. A plain host name is authorized by the load balancer itself once
 * its DNS points there; a wildcard needs a DNS authorization of its parent domain, whose CNAME
 * record (`dnsRecords`) the domain's owner adds.
 */
export class GatewayCertificates extends Construct {
  public readonly certificates: CertificateManagerCertificate[] = [];
  public readonly dnsAuthorizations: CertificateManagerDnsAuthorization[] = [];

  constructor(scope: Construct, id: string, props: GatewayCertificatesProps) {
    super(scope, id);
    const check = new PropChecker("GatewayCertificates", this.node.path).gcpName(
      props.certificateMap,
      "certificateMap",
      63,
    );
    props.hosts.forEach((h, i) =>
      check
        .gcpName(h.name, `hosts[${i}].name`, 63)
        .require(HOSTNAME.test(h.hostname), `hosts[${i}].hostname`, `"${h.hostname}" must be a DNS name`),
    );
    check.done();
    for (const host of props.hosts) {
      const auth = isWildcard(host.hostname)
        ? new CertificateManagerDnsAuthorization(this, `dns-${host.name}`, {
            project: props.projectId,
            name: host.name,
            domain: authorizedDomain(host.hostname),
            labels: props.labels,
            dependsOn: props.dependsOn,
          })
        : undefined;
      if (auth) this.dnsAuthorizations.push(auth);
      const certificate = new CertificateManagerCertificate(this, `cert-${host.name}`, {
        project: props.projectId,
        name: host.name,
        description: `Google-managed certificate for ${host.hostname}`,
        managed: { domains: [host.hostname], ...(auth ? { dnsAuthorizations: [auth.id] } : {}) },
        labels: props.labels,
        dependsOn: props.dependsOn,
      });
      this.certificates.push(certificate);
      new CertificateManagerCertificateMapEntry(this, `entry-${host.name}`, {
        project: props.projectId,
        name: host.name,
        map: props.certificateMap,
        hostname: host.hostname,
        certificates: [certificate.id],
        labels: props.labels,
      });
    }
  }
}
