import { z } from "zod";
import { cidr, dnsLabel } from "../config/primitives";

// One definition of a service namespace's options (`podSecurity`, `quota`, `networkAccess` of a service file): the zod fragment, its type and its defaults.

export const podSecuritySchema = z
  .enum(["restricted", "baseline"])
  .optional()
  .describe(
    "Pod Security Standard the namespace enforces; default: restricted in production-like environments, baseline elsewhere. baseline in production needs a waiver of K8S001.",
  );

export const quotaSchema = z
  .object({
    cpu: z.number().positive().max(1000).default(4).describe("CPU cores requested by all pods together."),
    memoryGi: z
      .number()
      .positive()
      .max(4096)
      .default(8)
      .describe("Memory (GiB) requested by all pods together; limits may reach twice this."),
    pods: z.number().int().min(1).max(5000).default(50).describe("Pods at most."),
  })
  .strict()
  .default({})
  .describe("The namespace's ResourceQuota; the LimitRange's defaults and maximums follow from it.");

export const networkAccessSchema = z
  .object({
    ingressFromNamespaces: z
      .array(dnsLabel("Kubernetes namespace", 63))
      .default([])
      .describe(
        "Namespaces whose pods may call this service; a caller that is a service of the estate also gets the egress to this namespace, at the port the hand-off's Service targets. With several clusters and route type multicluster, pods of the other clusters are admitted by pod range at that port (a namespace cannot be told apart across clusters).",
      ),
    egress: z
      .array(
        z
          .object({
            cidr: cidr.describe("Destination range outside the cluster."),
            ports: z.array(z.number().int().min(1).max(65535)).min(1).describe("Destination ports."),
            protocol: z.enum(["TCP", "UDP"]).default("TCP").describe("Protocol of the ports."),
          })
          .strict(),
      )
      .default([])
      .describe("Destinations outside the cluster (partners, databases) and their ports."),
  })
  .strict()
  .default({})
  .describe(
    "Traffic the namespace's default-deny NetworkPolicy lets through beyond the baseline (same namespace, load balancers, DNS, Google APIs, own Redis).",
  );

/** As written in config (defaults not yet applied). */
export type QuotaOptions = NonNullable<z.input<typeof quotaSchema>>;
/** After validation, defaults applied. */
export type QuotaConfig = NonNullable<z.output<typeof quotaSchema>>;
/** As written in config (defaults not yet applied). */
export type NetworkAccessOptions = NonNullable<z.input<typeof networkAccessSchema>>;
/** After validation, defaults applied. */
export type NetworkAccessConfig = NonNullable<z.output<typeof networkAccessSchema>>;
