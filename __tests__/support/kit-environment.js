"use strict";
// Test environment that loads cdktf, constructs and the provider's resource modules once per
// jest worker (Node's own require) instead of once per test file: they are ~8 MB of
// JavaScript, and compiling them again in every file's sandbox was most of the suite's CPU.
// They are real, unmodified modules; only the loading is shared. See native-resolver.js.
const { TestEnvironment } = require("jest-environment-node");

// cdktf records a full stack trace for every token it creates, only to decorate errors about
// unresolvable tokens; under jest each one is also source-mapped, a third of the suite's CPU.
// `npm run synth` turns them off the same way (synth/synth-part.ts, withoutStackTraces). This
// is Node's realm, where the shared cdktf runs: the test files' own realm (its Error, the
// assertion errors and their code frames) keeps full stack traces. KIT_DEBUG=1 keeps them.
if (!process.env.KIT_DEBUG) {
  Object.defineProperty(Error, "stackTraceLimit", {
    configurable: true,
    enumerable: true,
    get: () => undefined,
    set() {},
  });
}

class KitEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__kitNativeRequire = require;
    // cdktf's jest matchers read `expect` from the global they run in (Node's, here).
    this.global.__kitNativeGlobal = globalThis;
  }
}
module.exports = KitEnvironment;
