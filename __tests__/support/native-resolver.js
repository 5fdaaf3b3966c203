"use strict";
// Jest resolver: cdktf, constructs and the @cdktf/provider-* modules (which require cdktf themselves) resolve to a one-line
// shim that returns Node's own (per-worker, cached) copy; see kit-environment.js. yaml and zod too: every config
// load parses YAML and validates it with zod, and a fresh copy per test file ran their code cold (not yet optimized
// by V8) in every file, a quarter of the suite's CPU. Their errors come from Node's realm, so code compares errors
// by name, never with instanceof of a global class (lib/config/load.ts). kubernetes-models and @kubernetes-models/*
// too: their validators are compiled by ajv on first use, and compiling them again in every file that validates
// hand-off objects (lib/k8s/manifest-schemas.ts, which reads their errors' messages only) was ~0.8 s of CPU.
const fs = require("fs");
const path = require("path");

const SHARED =
  /^(cdktf|constructs|yaml|zod|kubernetes-models|@kubernetes-models\/[a-z-]+|@cdktf\/provider-[a-z]+(\/lib\/[a-z0-9-]+)?)(\/.*)?$/;
const shimDir = path.join(__dirname, "..", "..", "node_modules", ".cache", "kit-native-shims");
// The kit's generated google bindings (JavaScript like a package's) are shared the same way.
const GENERATED = path.join(__dirname, "..", "..", ".gen") + path.sep;

module.exports = (request, options) => {
  if (/\.gen\/providers\//.test(request)) request = options.defaultResolver(request, options);
  // Only requests from the kit's own sources and tests; node_modules keep their own requires.
  const shared = SHARED.test(request) || request.startsWith(GENERATED);
  if (
    shared &&
    !options.basedir.includes(`${path.sep}node_modules${path.sep}`) &&
    !options.basedir.startsWith(GENERATED)
  ) {
    const file = path.join(shimDir, `${request.replace(/[^a-zA-Z0-9]/g, "_")}.js`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(shimDir, { recursive: true });
      fs.writeFileSync(
        `${file}.${process.pid}`,
        `module.exports = globalThis.__kitNativeRequire(${JSON.stringify(request)});\n`,
      );
      fs.renameSync(`${file}.${process.pid}`, file);
    }
    return file;
  }
  return options.defaultResolver(request, options);
};
