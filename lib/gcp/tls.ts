// HTTPS on both routes: Google-managed certificates, the HTTP-to-HTTPS redirect and the TLS policy.

/**
 * The SSL policy every route's load balancer uses: TLS 1.2 or higher with the MODERN profile
 * (google_compute_ssl_policy, provider v6.50.0 resource_compute_ssl_policy.go: profile
 * COMPATIBLE|MODERN|RESTRICTED|CUSTOM, min_tls_version TLS_1_0|TLS_1_1|TLS_1_2; features of each
 * profile: cloud.google.com/load-balancing/docs/ssl-policies-concepts).
 */
export const SSL_POLICY = { profile: "MODERN", minTlsVersion: "TLS_1_2" } as const;

/**
 * GKE Ingress: a ManagedCertificate named by this annotation, and a FrontendConfig (v1beta1)
 * with redirectToHttps and sslPolicy named by the other
 * (cloud.google.com/kubernetes-engine/docs/how-to/managed-certs;
 * .../how-to/ingress-configuration, "HTTP to HTTPS redirects" and "SSL policies").
 * ManagedCertificate takes no wildcard domains (managed-certs, "Limitations").
 */
export const MANAGED_CERTIFICATES_ANNOTATION = "networking.gke.io/managed-certificates";
export const FRONTEND_CONFIG_ANNOTATION = "networking.gke.io/v1beta1.FrontendConfig";
export const FRONTEND_CONFIG_API_VERSION = "networking.gke.io/v1beta1";
export const REDIRECT_RESPONSE_CODE = "MOVED_PERMANENTLY_DEFAULT";

/**
 * GKE Gateway: the listener names the kit's shared Gateway has; a GCPGatewayPolicy
 * (networking.gke.io/v1) attaches the SSL policy
 * (cloud.google.com/kubernetes-engine/docs/how-to/configure-gateway-resources, "Configure SSL
 * Policies"), and an HTTPRoute on the HTTP listener with a RequestRedirect filter (scheme https,
 * 301) redirects (.../how-to/http-redirect, Gateway API v1.0 HTTPRequestRedirectFilter).
 */
export const HTTP_LISTENER = "http";
export const HTTPS_LISTENER = "https";

/**
 * Certificate Manager, Google-managed certificates: load balancer authorization (no DNS
 * authorization) serves a host whose DNS already points at the global external Application Load
 * Balancer; wildcard names need DNS authorization of their parent domain, whose CNAME record the
 * domain's owner adds (cloud.google.com/certificate-manager/docs/domain-authorization).
 */
export const isWildcard = (host: string): boolean => host.startsWith("*.");
export const authorizedDomain = (host: string): string => host.replace(/^\*\./, "");

/** The API a host project needs for the Gateway's certificate map and its services' certificates. */
export const CERTIFICATE_MANAGER_API = "certificatemanager.googleapis.com";
