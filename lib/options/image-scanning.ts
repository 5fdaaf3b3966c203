import { z } from "zod";

// One definition of Artifact Analysis options (`imageScanning` of an environment file): the zod fragment, its type and its defaults.

export const imageScanningSchema = z
  .object({
    enabled: z.boolean().optional().describe("Default: on in production-like environments."),
    registryProjects: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "must be a GCP project ID"))
      .min(1)
      .optional()
      .describe(
        "Projects holding the Artifact Registry repositories the cluster pulls from; default: the host project.",
      ),
  })
  .strict()
  .optional()
  .describe(
    "Artifact Analysis scanning of the images in Artifact Registry, what Google offers since GKE's workload scanning was removed.",
  );

/** As written in config (defaults not yet applied). */
export type ImageScanningOptions = NonNullable<z.input<typeof imageScanningSchema>>;
/** After validation, defaults applied. */
export type ImageScanningConfig = NonNullable<z.output<typeof imageScanningSchema>>;
