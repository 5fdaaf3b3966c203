import { z } from "zod";
import { REDIS_VERSIONS } from "../gcp/redis";
import { KMS_KEY } from "../gcp/gke";

// One definition of Memorystore for Redis options (`redis` of a service file): the zod fragment, its type and its defaults.

/**
 * Defaults of config and of the RedisInstance construct. The tier is the construct's safe
 * default; config's depends on the environment (redisTier in lib/config/effective.ts).
 */
export const REDIS_DEFAULTS = { memorySizeGb: 1, version: "REDIS_7_2", tier: "STANDARD_HA" } as const;

export const redisSchema = z
  .object({
    memorySizeGb: z.number().int().min(1).max(300).default(REDIS_DEFAULTS.memorySizeGb).describe("Memory in GB."),
    tier: z
      .enum(["BASIC", "STANDARD_HA"])
      .optional()
      .describe("Default: STANDARD_HA in production-like environments, else BASIC."),
    version: z.enum(REDIS_VERSIONS).default(REDIS_DEFAULTS.version).describe("Redis version."),
    kmsKeys: z
      .record(
        z.string(),
        z
          .string()
          .regex(KMS_KEY, "must look like projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>"),
      )
      .default({})
      .describe(
        "Cloud KMS key (CMEK) per environment, in its region, for the instance's data at rest, e.g. { prd: projects/.../cryptoKeys/redis }; the project's Memorystore service agent gets encrypter/decrypter on it. Environments not listed: Google-managed encryption.",
      ),
  })
  .strict()
  .optional()
  .describe("A Memorystore for Redis instance (AUTH, TLS, private IP); connection details go to Secret Manager.");

/** As written in config (defaults not yet applied). */
export type RedisOptions = NonNullable<z.input<typeof redisSchema>>;
/** After validation, defaults applied. */
export type RedisConfig = NonNullable<z.output<typeof redisSchema>>;
