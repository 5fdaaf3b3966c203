import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { KitConfig } from "./config/load";
import { Finding, PolicyReport } from "./policy/aspect";
import { buildApp, Part, stacksOfPart } from "./build-app";
import { ServiceHandoff } from "../stacks/service-handoff";

export interface PartResult {
  readonly stacks: string[];
  readonly findings: Finding[];
  readonly handoffs: ServiceHandoff[];
}

/**
 * cdktf records a full stack trace for every token it creates, only to decorate errors
 * about unresolvable tokens; with hundreds of stacks that is a third of synthesis time.
 * While `fn` runs, V8 captures no stack traces (an accessor on Error.stackTraceLimit
 * reads as "no limit set"); error messages are unaffected. KIT_DEBUG=1 keeps them.
 */
function withoutStackTraces<T>(fn: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  if (process.env.KIT_DEBUG || !original) return fn();
  Object.defineProperty(Error, "stackTraceLimit", { configurable: true, enumerable: true, get: () => undefined, set: () => undefined });
  try {
    return fn();
  } finally {
    Object.defineProperty(Error, "stackTraceLimit", original);
  }
}

/**
 * Builds and writes one part of the app into `outdir` (stacks and manifest), the way
 * App.synth does, but only for the part's stacks. Returns the manifest owner so parts
 * can be merged into one manifest.
 */
export function synthesizePart(config: KitConfig, part: Part, outdir: string): PartResult & { readonly app: App } {
  fs.mkdirSync(outdir, { recursive: true });
  const report = new PolicyReport();
  const app = new App({ outdir });
  const result = withoutStackTraces(() => {
    const built = buildApp(app, config, report, part);
    const stacks = stacksOfPart(built, part);
    const session = { outdir: app.outdir, skipValidation: false, manifest: app.manifest };
    stacks.forEach((s) => s.prepareStack());
    stacks.forEach((s) => s.synthesizer.synthesize(session));
    app.manifest.writeToFile();
    return { stacks: stacks.map((s) => s.node.id), handoffs: built.handoffs };
  });
  return { ...result, findings: report.findings, app };
}

/** Where a worker part leaves its result for the main thread. */
export function resultFile(outdir: string): string {
  return path.join(outdir, "part-result.json");
}
