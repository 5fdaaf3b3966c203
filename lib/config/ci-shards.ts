import { z } from "zod";

/**
 * Shards: the affected stacks of an environment split over runners, each shard planned (or
 * deployed) by one matrix job of the same reusable workflow (docs/ci.md, "Shards").
 */

/**
 * "A matrix will generate a maximum of 256 jobs per workflow run. This limit applies to both
 * GitHub-hosted and self-hosted runners." (docs.github.com/en/actions/reference/limits, Job Matrix)
 */
export const GITHUB_MATRIX_MAX_JOBS = 256;

/**
 * Defaults: three environments planning at once use at most 18 runners, within the 20
 * concurrent jobs of GitHub's smallest plan (Free; Pro 40, Team 60; more jobs queue,
 * docs.github.com/en/actions/reference/limits) and far below the 256 jobs of a matrix.
 */
export const SHARD_DEFAULTS = { stacksPerShard: 25, maxShards: 6 } as const;

export const ciShardsSchema = z
  .object({
    stacksPerShard: z
      .number()
      .int()
      .min(1)
      .default(SHARD_DEFAULTS.stacksPerShard)
      .describe("Stacks one runner plans or deploys before another runner (matrix job) is used."),
    maxShards: z
      .number()
      .int()
      .min(1)
      .max(GITHUB_MATRIX_MAX_JOBS)
      .default(SHARD_DEFAULTS.maxShards)
      .describe(
        "Runners one environment uses at most; above stacksPerShard x maxShards stacks the shards grow. Mind the concurrent jobs of your GitHub plan (Free 20, Team 60): more jobs queue.",
      ),
  })
  .strict()
  .default({})
  .describe(
    "How CI splits an environment's affected stacks over runners (docs/ci.md, Shards). A change with few stacks stays one runner per environment.",
  );

export type ShardSettings = z.infer<typeof ciShardsSchema>;
