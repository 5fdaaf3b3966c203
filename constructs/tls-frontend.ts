import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ComputeSslPolicy } from "../.gen/providers/google/compute-ssl-policy";
import { CertificateManagerCertificateMap } from "../.gen/providers/google/certificate-manager-certificate-map";
import { PropChecker } from "./validation";
import { SSL_POLICY } from "../lib/gcp/tls";

export interface TlsFrontendProps {
  /** The cluster's project: GKE creates the load balancers there and looks both up by name. */
  readonly projectId: string;
  readonly sslPolicyName: string;
  /** Create a Certificate Manager map of this name for the shared Gateway. @default none */
  readonly certificateMapName?: string;
  readonly labels?: Record<string, string>;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * What the environment's load balancers terminate TLS with: an SSL policy (TLS 1.2 or higher,
 * MODERN ciphers) that Ingress FrontendConfigs and the Gateway's GCPGatewayPolicy name, and the
 * certificate map the shared Gateway serves its services' certificates from.
 */
export class TlsFrontend extends Construct {
  public readonly sslPolicy: ComputeSslPolicy;
  public readonly certificateMap?: CertificateManagerCertificateMap;

  constructor(scope: Construct, id: string, props: TlsFrontendProps) {
    super(scope, id);
    const check = new PropChecker("TlsFrontend", this.node.path).gcpName(props.sslPolicyName, "sslPolicyName", 63);
    if (props.certificateMapName) check.gcpName(props.certificateMapName, "certificateMapName", 63);
    check.done();
    this.sslPolicy = new ComputeSslPolicy(this, "ssl-policy", {
      project: props.projectId,
      name: props.sslPolicyName,
      description: "TLS 1.2 or higher, MODERN profile: every route of this environment",
      profile: SSL_POLICY.profile,
      minTlsVersion: SSL_POLICY.minTlsVersion,
      dependsOn: props.dependsOn,
    });
    if (props.certificateMapName) {
      this.certificateMap = new CertificateManagerCertificateMap(this, "certificate-map", {
        project: props.projectId,
        name: props.certificateMapName,
        description: "Certificates of the shared Gateway's HTTPS listener; service stacks add the entries",
        labels: props.labels,
        dependsOn: props.dependsOn,
      });
    }
  }
}
