import { EnvironmentConfig, PlatformConfig, ServiceConfig } from "../lib/config/schema";
import { ScopedWaiver } from "../lib/policy/aspect";

/** Labels every resource of an environment carries. */
export function environmentLabels(platform: PlatformConfig, env: EnvironmentConfig): Record<string, string> {
  return { ...platform.labels, ...env.labels, environment: env.name, "managed-by": "cdktf" };
}

/** The environment's waivers, tagged with the file they came from. */
export function environmentWaivers(env: EnvironmentConfig): ScopedWaiver[] {
  return env.waivers.map((w) => ({ ...w, source: env.file }));
}

/**
 * A service's K8S002 waiver (its team edits in production) applies where that access is granted:
 * its team scope's RBAC role bindings in the platform stack (stacks/fleet-parts.ts, `team-<team>`).
 */
export function teamAccessWaivers(services: readonly ServiceConfig[]): ScopedWaiver[] {
  return services.flatMap((s) =>
    s.waivers
      .filter((w) => w.rule === "K8S002")
      .map((w) => ({ rule: w.rule, reason: w.reason, resource: `*/team-${s.team}/access-*`, source: s.file })),
  );
}

// Per-environment defaults (Redis tier, day-2 options, budgets, ...) are decided in lib/config,
// so config validation checks the very values the stacks use.
export { day2Settings, redisTier, serviceBudget, sqlAvailability } from "../lib/config/effective";
export type { Day2Settings } from "../lib/config/effective";
