import { z } from "zod";
import { cidr } from "../config/primitives";

// One definition of VPC options (`network` of an environment file): the zod fragment, its type and its defaults.

export const networkSchema = z
  .object({
    subnetCidr: cidr.describe("Primary range of the subnet: node IPs."),
    podsCidr: cidr.describe("Secondary range for pod IPs (VPC-native)."),
    servicesCidr: cidr.describe("Secondary range for Kubernetes Service IPs."),
    masterCidr: cidr.describe("/28 for the control plane's private endpoint."),
    privateServiceAccessCidr: cidr.describe("Range reserved for private service access (Memorystore, Cloud SQL)."),
    proxyOnlyCidr: cidr
      .optional()
      .describe(
        "Proxy-only subnet of the default cluster's region (at least a /26), needed by regional and internal Gateway classes (gke-l7-rilb, gke-l7-regional-external-managed); the global Gateways need none.",
      ),
    flowLogs: z
      .union([
        z.literal(false),
        z
          .object({
            sampling: z.number().gt(0).max(1).default(0.5).describe("Share of flows logged, 0 < sampling <= 1."),
          })
          .strict(),
      ])
      .default({ sampling: 0.5 })
      .describe("VPC flow logs on the subnet, or false."),
    privateGoogleApisDns: z
      .union([
        z.literal(false),
        z
          .object({
            vip: z
              .enum(["private", "restricted"])
              .default("private")
              .describe(
                "private.googleapis.com (most Google APIs) or restricted.googleapis.com (only those VPC Service Controls supports; choose it inside a perimeter).",
              ),
            registries: z
              .boolean()
              .default(true)
              .describe("Also resolve gcr.io and pkg.dev (Container and Artifact Registry) to the VIP."),
          })
          .strict(),
      ])
      .default({ vip: "private", registries: true })
      .describe(
        "Private Cloud DNS zones in the host project that resolve *.googleapis.com to the Private Google Access VIP, the only Google API addresses tenant NetworkPolicies allow; false leaves pods resolving public addresses, which those policies block.",
      ),
  })
  .strict()
  .describe("IP ranges of the environment; they must not overlap each other or other environments'.");

/** As written in config (defaults not yet applied). */
export type NetworkOptions = z.input<typeof networkSchema>;
/** After validation, defaults applied. */
export type NetworkConfig = z.output<typeof networkSchema>;
