import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { KitConfig } from "../lib/config/load";
import { Finding, PolicyReport } from "../lib/policy/aspect";
import { buildApp, Part, stacksOfPart } from "./build-app";

export interface PartResult {
  readonly stacks: string[];
  readonly findings: Finding[];
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
 * Builds one part of the app in its own cdktf App and writes it into `outdir` the way
 * App.synth does (stacks, manifest), plus the service teams' hand-off files. A fresh App
 * per part keeps the live heap, and so garbage collection, small for large apps.
 */
export function synthesizePart(config: KitConfig, part: Part, outdir: string): PartResult {
  fs.mkdirSync(outdir, { recursive: true });
  const report = new PolicyReport();
  const stacks = withoutStackTraces(() => {
    const app = new App({ outdir });
    const built = buildApp(app, config, report, part);
    const written = stacksOfPart(built, part);
    const session = { outdir: app.outdir, skipValidation: false, manifest: app.manifest };
    written.forEach((s) => s.prepareStack());
    written.forEach((s) => s.synthesizer.synthesize(session));
    app.manifest.writeToFile();
    for (const service of new Set(built.handoffs.map((h) => h.service))) fs.mkdirSync(path.join(outdir, "service-kits", service), { recursive: true });
    for (const h of built.handoffs) fs.writeFileSync(path.join(outdir, "service-kits", h.service, `${h.environment}.yaml`), h.manifest);
    return written.map((s) => s.node.id);
  });
  return { stacks, findings: report.findings };
}

/** Where a part synthesized by a worker thread leaves its result. */
export function resultFile(outdir: string): string {
  return path.join(outdir, "part-result.json");
}
