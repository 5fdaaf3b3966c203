import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { KitConfig } from "../lib/config/load";
import { Finding, PolicyReport } from "../lib/policy/aspect";
import { buildApp, Part, stacksOfPart } from "./build-app";
import { serviceKitFiles, platformKitFiles } from "../handoff/service-kit";
import { LayoutFile } from "../lib/k8s/kustomize";
import { layOutStacks } from "../lib/stack-json";

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
  Object.defineProperty(Error, "stackTraceLimit", {
    configurable: true,
    enumerable: true,
    get: () => undefined,
    set: () => undefined,
  });
  try {
    return fn();
  } finally {
    Object.defineProperty(Error, "stackTraceLimit", original);
  }
}

/**
 * Builds one part of the app in its own cdktf App and writes it into `outdir` the way
 * App.synth does (stacks, manifest), plus the service teams' hand-off kits (kustomize base and
 * overlays, service-kits/<service>/) and, in part 0, the platform's (platform-kit/). A fresh App
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
    layOutStacks(
      session,
      written.map((s) => s.node.id),
    );
    app.manifest.writeToFile();
    const inPart = new Set(built.handoffs.map((h) => h.service));
    for (const service of config.services.filter((s) => inPart.has(s.name))) {
      writeFiles(
        path.join(outdir, "service-kits", service.name),
        serviceKitFiles(config.platform, config.environments, service),
      );
    }
    if (part.index === 0) writeFiles(path.join(outdir, "platform-kit"), platformKitFiles(config.environments));
    return written.map((s) => s.node.id);
  });
  return { stacks, findings: report.findings };
}

function writeFiles(dir: string, files: readonly LayoutFile[]): void {
  for (const dirname of new Set(files.map((f) => path.dirname(f.path))))
    fs.mkdirSync(path.join(dir, dirname), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, f.path), f.content);
}

/** Where a part synthesized by a worker thread leaves its result. */
export function resultFile(outdir: string): string {
  return path.join(outdir, "part-result.json");
}
