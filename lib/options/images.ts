import { z } from "zod";
import { IMAGE_REFERENCE } from "../gcp/artifact-registry";

// One definition of the image options (`images` of config/platform.yaml): the images the kit
// itself puts into the hand-off, overridable with the organization's mirror.

export const imagesSchema = z
  .object({
    sqlAuthProxy: z
      .string()
      .regex(
        IMAGE_REFERENCE,
        "must be an image reference like europe-docker.pkg.dev/<project>/<repo>/cloud-sql-proxy:2.21.0",
      )
      .optional()
      .describe(
        "Cloud SQL Auth Proxy sidecar image; default: Google's pinned image (lib/gcp/sql.ts), which the kit admits in its Binary Authorization policy. A mirror must be under trustedImageRegistries.",
      ),
  })
  .strict()
  .default({})
  .describe("Images the kit references in the hand-off (the Cloud SQL Auth Proxy sidecar).");
export type ImagesConfig = z.infer<typeof imagesSchema>;
