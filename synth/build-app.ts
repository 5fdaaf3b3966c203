import { App, TerraformStack } from "cdktf";
import { KitConfig } from "../lib/config/load";
import { PolicyReport } from "../lib/policy/aspect";
import { PlatformStack } from "../stacks/platform-stack";
import { promotionOrder } from "../lib/config/promotion";
import { ServiceStack } from "../stacks/service-stack";
import { ServiceHandoff } from "../handoff/service-handoff";

export interface BuiltApp {
  readonly platformStacks: PlatformStack[];
  readonly serviceStacks: ServiceStack[];
  readonly handoffs: ServiceHandoff[];
}

/** Which stacks one synthesis part writes: part `index` of `count`. */
export interface Part {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Part = { index: 0, count: 1 };

/**
 * Composes the stacks: a platform stack per environment and a stack per service and
 * environment. Service stacks depend on their platform stack (deploy order) without
 * cross-stack tokens, so each plans against its own state only.
 *
 * With `part`, only every count-th service is built (round robin, all its environments),
 * so parts can be synthesized separately; every part builds the platform stacks its
 * services depend on, and part 0 writes them.
 */
export function buildApp(app: App, config: KitConfig, report: PolicyReport, part: Part = WHOLE): BuiltApp {
  const chain = promotionOrder(
    config.platform,
    config.environments.map((e) => e.name),
  );
  const platformStacks = config.environments.map((env) => {
    const upstream = config.environments.find((e) => e.name === chain[chain.indexOf(env.name) - 1]);
    return new PlatformStack(app, {
      platform: config.platform,
      env,
      report,
      services: config.services.filter((s) => s.environments.includes(env.name)),
      upstreamProjectId: upstream?.projectId,
    });
  });
  const byEnv = new Map(
    platformStacks.map((s, i) => [config.environments[i].name, { stack: s, env: config.environments[i] }]),
  );
  const serviceStacks: ServiceStack[] = [];
  config.services.forEach((service, i) => {
    if (i % part.count !== part.index) return;
    for (const envName of service.environments) {
      const { stack: platformStack, env } = byEnv.get(envName)!;
      const stack = new ServiceStack(app, {
        platform: config.platform,
        environments: config.environments,
        env,
        service,
        services: config.services,
        report,
      });
      stack.addDependency(platformStack);
      serviceStacks.push(stack);
    }
  });
  return { platformStacks, serviceStacks, handoffs: serviceStacks.map((s) => s.handoff) };
}

/** The stacks a part writes: the platform stacks belong to part 0. */
export function stacksOfPart(built: BuiltApp, part: Part): TerraformStack[] {
  return [...(part.index === 0 ? built.platformStacks : []), ...built.serviceStacks];
}
