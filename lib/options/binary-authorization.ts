import { z } from "zod";
import { ATTESTOR } from "../gcp/binauthz";

// One definition of Binary Authorization options (`cluster.binaryAuthorization` of an environment file): the zod fragment, its type and its defaults.

export const binaryAuthorizationSchema = z
  .union([
    z.boolean(),
    z
      .object({
        dryRun: z.boolean().default(false).describe("Log what the policy would block instead of blocking it."),
        attestors: z
          .array(z.string().regex(ATTESTOR, "must look like projects/<project>/attestors/<name>"))
          .default([])
          .describe("Attestors images outside trustedImageRegistries need; none: such images are denied."),
      })
      .strict(),
  ])
  .default(false)
  .describe(
    "Binary Authorization: the cluster enforces the host project's policy, which the kit manages (trusted registries of config/platform.yaml, attestors, dry run). true = enforced, no attestors.",
  );

/** As written in config (defaults not yet applied). */
export type BinaryAuthorizationOptions = NonNullable<z.input<typeof binaryAuthorizationSchema>>;
/** After validation, defaults applied. */
export type BinaryAuthorizationConfig = NonNullable<z.output<typeof binaryAuthorizationSchema>>;
