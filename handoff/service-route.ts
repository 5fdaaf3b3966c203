import type { IService } from "kubernetes-models/v1/Service";
import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { IBackendConfig } from "@kubernetes-models/gke/cloud.google.com/v1/BackendConfig";
import type { IGCPBackendPolicy } from "@kubernetes-models/gke/networking.gke.io/v1/GCPBackendPolicy";
import type { IHealthCheckPolicy } from "@kubernetes-models/gke/networking.gke.io/v1/HealthCheckPolicy";
import type { IHTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import type { IGateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { IManagedCertificate } from "@kubernetes-models/gke/networking.gke.io/v1/ManagedCertificate";
import type { IFrontendConfig } from "@kubernetes-models/gke/networking.gke.io/v1beta1/FrontendConfig";
import type { IGCPGatewayPolicy } from "@kubernetes-models/gke/networking.gke.io/v1/GCPGatewayPolicy";
import type { IServiceExport } from "@kubernetes-models/gke/net.gke.io/v1/ServiceExport";
import {
  BACKEND_CONFIG_ANNOTATION,
  BACKEND_CONFIG_API_VERSION,
  CERTMAP_ANNOTATION,
  GATEWAY_ACCESS_LABEL,
  GATEWAY_API_VERSION,
  GATEWAY_CLASS,
  GATEWAY_NAMESPACE,
  MCS_API_VERSION,
  MULTI_CLUSTER_GATEWAY_CLASS,
  SERVICE_IMPORT,
  GKE_POLICY_API_VERSION,
  INGRESS_CLASS_ANNOTATION,
  NEG_ANNOTATION,
} from "../lib/gcp/gateway";
import {
  FRONTEND_CONFIG_ANNOTATION,
  FRONTEND_CONFIG_API_VERSION,
  HTTP_LISTENER,
  HTTPS_LISTENER,
  MANAGED_CERTIFICATES_ANNOTATION,
  REDIRECT_RESPONSE_CODE,
} from "../lib/gcp/tls";
import { K8sObject } from "../lib/k8s/kustomize";

// Objects are typed with the schema packages' interfaces, so a misspelt field fails the type
// check (their validators, like the API server, accept unknown fields).

/** How the route reaches the pods in one environment: multicluster only where the environment has several clusters. */
export type RouteType = "ingress" | "gateway" | "multicluster";

export interface ServiceRouteProps {
  readonly service: string;
  readonly namespace: string;
  readonly type: RouteType;
  /** Host names; none: every host the load balancer receives, over HTTP only (no certificate can name them). */
  readonly hostnames: readonly string[];
  readonly healthCheckPath: string;
  /** Cloud Armor policy in the cluster's project. */
  readonly armorPolicy?: string;
  /** SSL policy (TLS 1.2+, MODERN) in the cluster's project, for route type ingress. */
  readonly sslPolicy: string;
  /** The environment's shared Gateway (route type gateway) or its multi-cluster Gateway (route type multicluster). */
  readonly gateway: { readonly name: string; readonly namespace: string };
}

/** The Service's port and the pods' port behind it. */
export const SERVICE_PORT = { port: 80, targetPort: 8080 } as const;

const asObject = (o: { metadata?: object }): K8sObject => o as unknown as K8sObject;

/**
 * The Service and how traffic reaches it, over HTTPS with a Google-managed certificate for its
 * host names and HTTP redirected to HTTPS. ingress: an Ingress of its own, NEG backends, a
 * BackendConfig (health check, Cloud Armor), a ManagedCertificate and a FrontendConfig (redirect,
 * SSL policy). gateway: HTTPRoutes on the environment's shared Gateway (HTTPS, and the redirect
 * on HTTP), a HealthCheckPolicy and a GCPBackendPolicy with the Armor policy.
 */
export function serviceRoute(p: ServiceRouteProps): K8sObject[] {
  const ingress = p.type === "ingress";
  const service: IService = {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: p.service,
      namespace: p.namespace,
      ...(ingress
        ? {
            annotations: {
              [NEG_ANNOTATION]: '{"ingress": true}',
              [BACKEND_CONFIG_ANNOTATION]: JSON.stringify({ default: p.service }),
            },
          }
        : {}),
    },
    spec: { type: "ClusterIP", selector: { app: p.service }, ports: [{ name: "http", ...SERVICE_PORT }] },
  };
  return [asObject(service), ...(ingress ? ingressRoute(p) : gatewayRoute(p, p.type === "multicluster"))];
}

function ingressRoute(p: ServiceRouteProps): K8sObject[] {
  const metadata = { name: p.service, namespace: p.namespace };
  const https = p.hostnames.length > 0;
  const backendConfig: IBackendConfig = {
    apiVersion: BACKEND_CONFIG_API_VERSION,
    kind: "BackendConfig",
    metadata,
    spec: {
      healthCheck: { type: "HTTP", requestPath: p.healthCheckPath, port: SERVICE_PORT.targetPort },
      ...(p.armorPolicy ? { securityPolicy: { name: p.armorPolicy } } : {}),
    },
  };
  const backend = { service: { name: p.service, port: { number: SERVICE_PORT.port } } };
  const route: IIngress = {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      ...metadata,
      annotations: {
        ...INGRESS_CLASS_ANNOTATION,
        ...(https ? { [MANAGED_CERTIFICATES_ANNOTATION]: p.service, [FRONTEND_CONFIG_ANNOTATION]: p.service } : {}),
      },
    },
    spec: https
      ? {
          rules: p.hostnames.map((host) => ({
            host,
            http: { paths: [{ path: "/", pathType: "Prefix", backend }] },
          })),
        }
      : { defaultBackend: backend },
  };
  if (!https) return [backendConfig, route].map(asObject);
  const certificate: IManagedCertificate = {
    apiVersion: GKE_POLICY_API_VERSION,
    kind: "ManagedCertificate",
    metadata,
    spec: { domains: [...p.hostnames] },
  };
  const frontendConfig: IFrontendConfig = {
    apiVersion: FRONTEND_CONFIG_API_VERSION,
    kind: "FrontendConfig",
    metadata,
    spec: { redirectToHttps: { enabled: true, responseCodeName: REDIRECT_RESPONSE_CODE }, sslPolicy: p.sslPolicy },
  };
  return [backendConfig, route, certificate, frontendConfig].map(asObject);
}

/**
 * HTTPRoutes on a Gateway with their backend's policies. Multi-cluster: the Service is exported
 * to the fleet and everything names its ServiceImport (lib/gcp/gateway.ts SERVICE_IMPORT).
 */
function gatewayRoute(p: ServiceRouteProps, multiCluster: boolean): K8sObject[] {
  const metadata = { name: p.service, namespace: p.namespace };
  const backend = multiCluster ? SERVICE_IMPORT : { group: "", kind: "Service" };
  const targetRef = { ...backend, name: p.service };
  const https = p.hostnames.length > 0;
  const parent = (sectionName: string) => [{ name: p.gateway.name, namespace: p.gateway.namespace, sectionName }];
  const httpRoute: IHTTPRoute = {
    apiVersion: GATEWAY_API_VERSION,
    kind: "HTTPRoute",
    metadata,
    spec: {
      parentRefs: parent(https ? HTTPS_LISTENER : HTTP_LISTENER),
      ...(https ? { hostnames: [...p.hostnames] } : {}),
      rules: [{ backendRefs: [{ ...(multiCluster ? SERVICE_IMPORT : {}), name: p.service, port: SERVICE_PORT.port }] }],
    },
  };
  const healthCheck: IHealthCheckPolicy = {
    apiVersion: GKE_POLICY_API_VERSION,
    kind: "HealthCheckPolicy",
    metadata,
    spec: {
      default: {
        config: { type: "HTTP", httpHealthCheck: { port: SERVICE_PORT.targetPort, requestPath: p.healthCheckPath } },
      },
      targetRef,
    },
  };
  const exported: IServiceExport = { apiVersion: MCS_API_VERSION, kind: "ServiceExport", metadata };
  const objects: { metadata?: object }[] = [...(multiCluster ? [exported] : []), httpRoute, healthCheck];
  if (https) {
    const redirect: IHTTPRoute = {
      apiVersion: GATEWAY_API_VERSION,
      kind: "HTTPRoute",
      metadata: { name: `${p.service}-https-redirect`, namespace: p.namespace },
      spec: {
        parentRefs: parent(HTTP_LISTENER),
        hostnames: [...p.hostnames],
        rules: [{ filters: [{ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } }] }],
      },
    };
    objects.push(redirect);
  }
  if (p.armorPolicy) {
    const backendPolicy: IGCPBackendPolicy = {
      apiVersion: GKE_POLICY_API_VERSION,
      kind: "GCPBackendPolicy",
      metadata,
      spec: { default: { securityPolicy: p.armorPolicy }, targetRef },
    };
    objects.push(backendPolicy);
  }
  return objects.map(asObject);
}

export interface SharedGatewayProps {
  readonly name: string;
  /** The multi-cluster Gateway of an environment with several clusters, in its config cluster. @default false */
  readonly multiCluster?: boolean;
  /** Certificate Manager map (in the cluster's project) that serves the HTTPS listener's certificates. */
  readonly certificateMap: string;
  /** SSL policy (TLS 1.2+, MODERN) in the cluster's project. */
  readonly sslPolicy: string;
}

/**
 * An environment's shared Gateway (one global external Application Load Balancer) in the
 * platform's namespace: HTTPS with the certificate map and the SSL policy, and HTTP, where
 * services put their redirects to HTTPS. It admits HTTPRoutes only from namespaces the platform labelled.
 */
export function sharedGateway(p: SharedGatewayProps): K8sObject[] {
  const namespace: INamespace = {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: GATEWAY_NAMESPACE, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
  };
  const allowedRoutes = {
    namespaces: { from: "Selector" as const, selector: { matchLabels: { [GATEWAY_ACCESS_LABEL]: "true" } } },
    kinds: [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute" }],
  };
  const gateway: IGateway = {
    apiVersion: GATEWAY_API_VERSION,
    kind: "Gateway",
    metadata: { name: p.name, namespace: GATEWAY_NAMESPACE, annotations: { [CERTMAP_ANNOTATION]: p.certificateMap } },
    spec: {
      gatewayClassName: p.multiCluster ? MULTI_CLUSTER_GATEWAY_CLASS : GATEWAY_CLASS,
      listeners: [
        { name: HTTP_LISTENER, protocol: "HTTP", port: 80, allowedRoutes },
        { name: HTTPS_LISTENER, protocol: "HTTPS", port: 443, allowedRoutes },
      ],
    },
  };
  const tls: IGCPGatewayPolicy = {
    apiVersion: GKE_POLICY_API_VERSION,
    kind: "GCPGatewayPolicy",
    metadata: { name: `${p.name}-tls`, namespace: GATEWAY_NAMESPACE },
    spec: {
      default: { sslPolicy: p.sslPolicy },
      targetRef: { group: "gateway.networking.k8s.io", kind: "Gateway", name: p.name },
    },
  };
  return [namespace, gateway, tls].map(asObject);
}
