import { z } from "zod";
import { KMS_KEY } from "../gcp/gke";
import { cidr, email } from "../config/primitives";
import { nodePoolsSchema } from "./node-pool";
import { GATEWAY_API_CHANNELS } from "../gcp/gateway";
import { binaryAuthorizationSchema } from "./binary-authorization";
import { maintenanceExclusionsSchema, maintenanceWindowSchema } from "./maintenance";
import { notificationsSchema } from "./notifications";
import { backupSchema } from "./backup";
import { observabilitySchema } from "./monitoring";
import { securityPostureSchema } from "./security-posture";

// One definition of GKE cluster options (`cluster` of an environment file); its parts live in their own modules: the zod fragment, its type and its defaults.

export const clusterSchema = z
  .object({
    releaseChannel: z
      .enum(["RAPID", "REGULAR", "STABLE", "EXTENDED"])
      .default("REGULAR")
      .describe("GKE release channel: how early the cluster gets new versions."),
    privateEndpoint: z
      .boolean()
      .default(true)
      .describe(
        "No public IP on the control plane; operators reach it from inside the VPC or, with dnsEndpoint, through the DNS endpoint.",
      ),
    dnsEndpoint: z
      .boolean()
      .default(false)
      .describe(
        "The DNS-based control-plane endpoint accepts traffic from outside Google Cloud (authorized by IAM); off by default, so the API is reached from inside the VPC only. true needs a waiver of GKE031.",
      ),
    authorizedNetworks: z
      .array(
        z
          .object({
            name: z.string().min(1).describe("Label shown in the console."),
            cidr: cidr.describe("Allowed source range."),
          })
          .strict(),
      )
      .default([])
      .describe("Ranges allowed to the IP endpoint; required while the public IP endpoint is on."),
    bootDiskEncryptionKey: z
      .string()
      .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
      .optional()
      .describe("Cloud KMS key for node boot disks (CMEK); default: Google-managed encryption."),
    dataplaneV2: z.boolean().default(true).describe("Dataplane V2 (eBPF) with built-in network policy; false: Calico."),
    gatewayApi: z
      .enum(GATEWAY_API_CHANNELS)
      .default("CHANNEL_STANDARD")
      .describe(
        "Gateway API CRDs and GKE's GatewayClasses on the cluster; services with route type gateway need CHANNEL_STANDARD (or EXPERIMENTAL).",
      ),
    binaryAuthorization: binaryAuthorizationSchema,
    deletionProtection: z.boolean().default(true).describe("Terraform refuses to delete the cluster while true."),
    rbacSecurityGroup: email.optional().describe("Google Groups for RBAC: your gke-security-groups@<domain> group."),
    secretsEncryptionKey: z
      .string()
      .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
      .optional()
      .describe("Cloud KMS key for application-layer encryption of Kubernetes Secrets."),
    maintenanceWindow: maintenanceWindowSchema,
    maintenanceExclusions: maintenanceExclusionsSchema,
    nodePools: nodePoolsSchema.describe("Node pools of the cluster (the default pool is removed)."),
    notifications: notificationsSchema,
    backup: backupSchema,
    observability: observabilitySchema,
    securityPosture: securityPostureSchema,
  })
  .strict()
  .describe("The private regional GKE cluster.");

/** As written in config (defaults not yet applied). */
export type ClusterOptions = z.input<typeof clusterSchema>;
/** After validation, defaults applied. */
export type ClusterConfig = z.output<typeof clusterSchema>;
