import { z } from "zod";

// One definition of security posture options (`cluster.securityPosture` of an environment file): the zod fragment, its type and its defaults.

export const securityPostureSchema = z
  .object({
    mode: z
      .enum(["DISABLED", "BASIC", "ENTERPRISE"])
      .refine(
        (m) => m !== "ENTERPRISE",
        "ENTERPRISE's only addition, GKE Threat Detection, was removed by GKE on 2025-03-31; use BASIC",
      )
      .optional()
      .describe("Workload configuration auditing; default: BASIC."),
    vulnerabilityMode: z
      .string()
      .refine(
        (m) => m === "VULNERABILITY_DISABLED",
        (m) => ({
          message: `"${m}": GKE removed workload vulnerability scanning (basic 2025-07-31, enterprise 2026-06-16); delete this key, images are scanned by Artifact Analysis (imageScanning)`,
        }),
      )
      .optional()
      .describe("Removed by GKE; kept only to explain its removal to configs written before it."),
  })
  .strict()
  .optional()
  .describe("Security posture dashboard: workload configuration auditing.");

/** As written in config (defaults not yet applied). */
export type SecurityPostureOptions = NonNullable<z.input<typeof securityPostureSchema>>;
/** After validation, defaults applied. */
export type SecurityPostureConfig = NonNullable<z.output<typeof securityPostureSchema>>;
