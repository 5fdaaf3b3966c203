import { z } from "zod";
import { HEALTH_CHECK_PATH, HOSTNAME } from "../gcp/gateway";

// One definition of traffic options: the environment's shared Gateway (`gateway`) and a service's route (`route`): the zod fragment, its type and its defaults.

export const gatewaySchema = z
  .object({
    certificateMap: z
      .string()
      .regex(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be a Certificate Manager certificate map name")
      .optional()
      .describe(
        "Certificate Manager map (in the host project) for the shared Gateway's HTTPS listener; without it the Gateway listens on HTTP only.",
      ),
  })
  .strict()
  .default({})
  .describe("The environment's shared Gateway (GKE Gateway API) that services with route type gateway attach to.");

export const routeSchema = z
  .object({
    type: z
      .enum(["ingress", "gateway", "multicluster"])
      .default("ingress")
      .describe(
        "ingress: an Ingress of its own with a BackendConfig; gateway: an HTTPRoute on the environment's shared Gateway (its default cluster) with a GCPBackendPolicy and HealthCheckPolicy; multicluster: in an environment with several clusters, the Service exported to the fleet (Multi-cluster Services) and an HTTPRoute on the environment's multi-cluster Gateway to its ServiceImport, one global load balancer in front of every cluster; where the environment has one cluster, as gateway.",
      ),
    hostnames: z
      .record(
        z.string(),
        z.array(z.string().regex(HOSTNAME, "must be a lowercase DNS name like pay.example.com")).min(1).max(16),
      )
      .default({})
      .describe(
        "Host names per environment, e.g. { prd: [pay.example.com] }; an environment without any takes every host the Ingress or Gateway receives.",
      ),
    healthCheckPath: z
      .string()
      .regex(HEALTH_CHECK_PATH, "must be a URL path like /healthz")
      .default("/")
      .describe("Path the load balancer's health check requests on the service's pods."),
  })
  .strict()
  .default({})
  .describe("How traffic from the internet reaches the service, through its Cloud Armor policy.");

/** As written in config (defaults not yet applied). */
export type GatewayOptions = NonNullable<z.input<typeof gatewaySchema>>;
/** After validation, defaults applied. */
export type GatewayConfig = NonNullable<z.output<typeof gatewaySchema>>;
/** As written in config (defaults not yet applied). */
export type RouteOptions = NonNullable<z.input<typeof routeSchema>>;
/** After validation, defaults applied. */
export type RouteConfig = NonNullable<z.output<typeof routeSchema>>;
