import { z } from "zod";
import { email } from "../config/primitives";
import { CANARY_PERCENT } from "../gcp/delivery";
import { IMAGE_REGISTRY } from "../gcp/binauthz";

// One definition of the delivery options: a service's `delivery` (services/<service>.yaml) and
// the platform's `delivery` (config/platform.yaml), their types and defaults.

export const DELIVERY_DEFAULTS = {
  enabled: true,
  workflow: "release.yml",
  ref: "refs/heads/main",
  canary: [25, 50],
  verify: false,
} as const;

/** A GitHub repository by name and by the numeric IDs GitHub never reuses. */
const repositorySchema = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "must be <owner>/<repository>")
      .describe("The team's repository, <owner>/<repository>."),
    id: z
      .string()
      .regex(/^\d+$/, "must be GitHub's numeric repository ID (gh api repos/<owner>/<repo> --jq .id)")
      .describe("Numeric repository ID: `gh api repos/<owner>/<repo> --jq .id`."),
    ownerId: z
      .string()
      .regex(/^\d+$/, "must be GitHub's numeric owner ID (gh api repos/<owner>/<repo> --jq .owner.id)")
      .describe("Numeric owner ID: `gh api repos/<owner>/<repo> --jq .owner.id`."),
  })
  .strict();

export const serviceDeliverySchema = z
  .object({
    enabled: z
      .boolean()
      .default(DELIVERY_DEFAULTS.enabled)
      .describe("A Cloud Deploy pipeline for the service through its environments in promotion order."),
    repository: repositorySchema
      .optional()
      .describe(
        "The team's repository whose release workflow may create releases (Workload Identity Federation, bound by numeric IDs); without it the release identity exists but nothing can use it.",
      ),
    workflow: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.ya?ml$/, "must be a workflow file name like release.yml")
      .default(DELIVERY_DEFAULTS.workflow)
      .describe("The workflow file (in .github/workflows/ of the repository) allowed to create releases."),
    ref: z
      .string()
      .regex(/^refs\/(heads|tags)\/[A-Za-z0-9._/-]+$/, "must be a ref like refs/heads/main")
      .default(DELIVERY_DEFAULTS.ref)
      .describe("The ref the release workflow must run from."),
    approvers: z
      .array(email)
      .min(1)
      .optional()
      .describe("Google groups that approve rollouts to production-like targets; default: the team's group."),
    requireApproval: z
      .record(z.string(), z.boolean())
      .default({})
      .describe(
        "Per environment, whether a rollout waits for approval; default: production-like environments do. Turning it off for one needs a waiver of DEL001.",
      ),
    canary: z
      .array(z.number().int().min(CANARY_PERCENT.min).max(CANARY_PERCENT.max))
      .min(1)
      .refine((p) => p.every((v, i) => i === 0 || v > p[i - 1]), "must be ascending, e.g. [25, 50]")
      .default([...DELIVERY_DEFAULTS.canary])
      .describe(
        "Canary steps (percent of traffic) in production-like environments, for route type gateway (Cloud Deploy shifts the HTTPRoute's weights); other routes deploy in one step.",
      ),
    verify: z
      .boolean()
      .default(DELIVERY_DEFAULTS.verify)
      .describe("Run the skaffold verify stage after each deploy (the team adds `verify:` to its skaffold.yaml)."),
  })
  .strict()
  .default({})
  .describe("How the service's images reach its environments: Cloud Deploy (README, Delivery).");

export type ServiceDeliveryConfig = z.output<typeof serviceDeliverySchema>;

export const platformDeliverySchema = z
  .object({
    workloadIdentityPool: z
      .string()
      .regex(
        /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}$/,
        "must be projects/<project number>/locations/global/workloadIdentityPools/<pool> (the bootstrap's output delivery_pool)",
      )
      .optional()
      .describe(
        "The Workload Identity pool whose `teams` provider admits the organization's repositories (the bootstrap creates it; output delivery_pool). Needed once a service names its repository.",
      ),
    registry: z
      .string()
      .regex(IMAGE_REGISTRY, "must be a registry path like europe-docker.pkg.dev/acme-artifacts/releases")
      .optional()
      .describe(
        "Where the teams' release workflows push images; default: <first trustedImageRegistries entry>/<team>. An image outside trustedImageRegistries is attested with the environments' attestors.",
      ),
  })
  .strict()
  .default({})
  .describe("Settings shared by every service's delivery pipeline.");

export type PlatformDeliveryConfig = z.output<typeof platformDeliverySchema>;
