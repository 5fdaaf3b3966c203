import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { loadConfig } from "./config/load";
import { PolicyReport, Finding } from "./policy/aspect";
import { buildApp } from "./build-app";

export interface SynthOptions {
  /** Repository root holding config/ and services/. */
  readonly root: string;
  /** Final output directory. @default "cdktf.out" under root */
  readonly outdir?: string;
}

export interface SynthResult {
  readonly outdir: string;
  readonly stacks: string[];
  readonly findings: Finding[];
}

export class PolicyError extends Error {
  constructor(public readonly findings: Finding[]) {
    super(
      `Guardrails found ${findings.length} error${findings.length === 1 ? "" : "s"}:\n` +
        findings.map((f) => `  ${f.stack}: ${f.path} [${f.rule}] ${f.title}. Fix: ${f.fix}`).join("\n") +
        "\nIf a finding is intended, add a waiver with a reason to the environment or service file (see README, Guardrails).",
    );
    this.name = "PolicyError";
  }
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
 * Validates config, builds every stack and synthesizes into a staging directory that
 * replaces `outdir` only when everything succeeded: a failed run leaves the previous
 * output untouched and no half-written stacks.
 */
export function synthesize(options: SynthOptions): SynthResult {
  const config = loadConfig(options.root);
  const outdir = path.resolve(options.root, options.outdir ?? "cdktf.out");
  const staging = `${outdir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const report = new PolicyReport();
  try {
    const app = new App({ outdir: staging });
    const built = withoutStackTraces(() => {
      const stacks = buildApp(app, config, report);
      app.synth();
      return stacks;
    });
    if (report.errors.length > 0) throw new PolicyError(report.errors);

    const findings = report.findings;
    fs.writeFileSync(path.join(staging, "policy-report.json"), JSON.stringify({ findings }, null, 2) + "\n");
    for (const h of built.handoffs) {
      const dir = path.join(staging, "service-kits", h.service);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${h.environment}.yaml`), h.manifest);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    return {
      outdir,
      stacks: [...built.platformStacks, ...built.serviceStacks].map((s) => s.node.id),
      findings,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
