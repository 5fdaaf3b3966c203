import { App } from "cdktf";
import { KitConfig } from "./config/load";
import { PolicyReport } from "./policy/aspect";
import { PlatformStack } from "../stacks/platform-stack";
import { ServiceStack } from "../stacks/service-stack";
import { ServiceHandoff } from "../stacks/service-handoff";

export interface BuiltApp {
  readonly platformStacks: PlatformStack[];
  readonly serviceStacks: ServiceStack[];
  readonly handoffs: ServiceHandoff[];
}

/**
 * Composes the stacks: a platform stack per environment and a stack per service and
 * environment. Service stacks depend on their platform stack (deploy order) without
 * cross-stack tokens, so each plans against its own state only.
 */
export function buildApp(app: App, config: KitConfig, report: PolicyReport): BuiltApp {
  const platformStacks = config.environments.map((env) => new PlatformStack(app, { platform: config.platform, env, report }));
  const byEnv = new Map(platformStacks.map((s, i) => [config.environments[i].name, { stack: s, env: config.environments[i] }]));
  const serviceStacks: ServiceStack[] = [];
  for (const service of config.services) {
    for (const envName of service.environments) {
      const { stack: platformStack, env } = byEnv.get(envName)!;
      const stack = new ServiceStack(app, { platform: config.platform, env, service, report });
      stack.addDependency(platformStack);
      serviceStacks.push(stack);
    }
  }
  return { platformStacks, serviceStacks, handoffs: serviceStacks.map((s) => s.handoff) };
}
