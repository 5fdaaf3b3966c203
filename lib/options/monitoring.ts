import { z } from "zod";

// One definition of logging and monitoring options (`cluster.observability` of an environment file): the zod fragment, its type and its defaults.

/** Every component GKE can send metrics for; production-like environments collect all of them by default. */
export const MONITORING_COMPONENTS = [
  "SYSTEM_COMPONENTS",
  "APISERVER",
  "SCHEDULER",
  "CONTROLLER_MANAGER",
  "STORAGE",
  "HPA",
  "POD",
  "DAEMONSET",
  "DEPLOYMENT",
  "STATEFULSET",
] as const;

export const observabilitySchema = z
  .object({
    loggingComponents: z
      .array(z.enum(["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"]))
      .optional()
      .describe(
        "Logs sent to Cloud Logging; default: system components and workloads, plus the control plane's (APISERVER, SCHEDULER, CONTROLLER_MANAGER) in production-like environments (GKE030).",
      ),
    monitoringComponents: z
      .array(z.enum(MONITORING_COMPONENTS))
      .optional()
      .describe("Metrics sent to Cloud Monitoring; kube-state ones (POD, DEPLOYMENT, ...) need managedPrometheus."),
    managedPrometheus: z
      .boolean()
      .optional()
      .describe("Google Cloud Managed Service for Prometheus; default: on in production-like environments."),
  })
  .strict()
  .optional()
  .describe("Logging, monitoring and Managed Prometheus; default: lean in dev, full in production-like.");

/** As written in config (defaults not yet applied). */
export type ObservabilityOptions = NonNullable<z.input<typeof observabilitySchema>>;
/** After validation, defaults applied. */
export type ObservabilityConfig = NonNullable<z.output<typeof observabilitySchema>>;
