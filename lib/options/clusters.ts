import { z } from "zod";
import { cidr, dnsLabel } from "../config/primitives";
import { isRegion } from "../config/regions";
import { KMS_KEY } from "../gcp/gke";
import { nodePoolsSchema } from "./node-pool";
import { natSchema } from "./nat";

// One definition of the options of an environment's further regional clusters (`clusters` of
// config/environments/<env>.yaml); lib/config/clusters.ts resolves them with the default cluster's.

const kmsKey = (what: string) =>
  z
    .string()
    .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>")
    .optional()
    .describe(
      `Cloud KMS key in this cluster's region for ${what}; required when the default cluster sets one (keys are regional).`,
    );

/** A cluster's own ranges; besides the environment's other clusters' and private service access range. */
export const clusterNetworkSchema = z
  .object({
    subnetCidr: cidr.describe("Primary range of the cluster's subnet: node IPs."),
    podsCidr: cidr.describe("Secondary range for pod IPs (VPC-native)."),
    servicesCidr: cidr.describe("Secondary range for Kubernetes Service IPs."),
    masterCidr: cidr.describe("/28 for the control plane's private endpoint."),
    proxyOnlyCidr: cidr
      .optional()
      .describe(
        "Proxy-only subnet of the region (at least a /26), needed by regional and internal Gateway classes (gke-l7-rilb, gke-l7-regional-external-managed); the global multi-cluster Gateway needs none.",
      ),
  })
  .strict();

export const regionalClusterSchema = z
  .object({
    name: dnsLabel("cluster name", 12).describe(
      "Short name, unique in the environment: the cluster is gke-<env>-<name>, also its fleet membership.",
    ),
    region: z
      .string()
      .refine(isRegion, (r) => ({ message: `"${r}" is not a Google Cloud region (e.g. europe-west4, us-east1)` }))
      .describe("Google Cloud region of this cluster, its subnet and its Cloud NAT; one cluster per region."),
    network: clusterNetworkSchema.describe("The cluster's ranges; none may overlap any other range of the estate."),
    nodePools: nodePoolsSchema
      .optional()
      .describe("Node pools; default: the default cluster's cluster.nodePools (without zones of another region)."),
    nat: natSchema.optional().describe("Cloud NAT of the cluster's region; default: the environment's nat."),
    secretsEncryptionKey: kmsKey("application-layer encryption of Kubernetes Secrets"),
    bootDiskEncryptionKey: kmsKey("node boot disks"),
    backupEncryptionKey: kmsKey("the cluster's backups"),
  })
  .strict();

export const clustersSchema = z
  .array(regionalClusterSchema)
  .default([])
  .describe(
    "Further regional clusters of the environment, all in its fleet and VPC, sharing the cluster settings above; the top-level region, network, cluster.nodePools and nat describe the default cluster, which also hosts the multi-cluster Gateway (config membership).",
  );

/** As written in config (defaults not yet applied). */
export type RegionalClusterOptions = z.input<typeof regionalClusterSchema>;
/** After validation, defaults applied. */
export type RegionalClusterConfig = z.output<typeof regionalClusterSchema>;
