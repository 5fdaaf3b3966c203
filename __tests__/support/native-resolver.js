"use strict";
// Jest resolver: cdktf, constructs and the @cdktf/provider-* modules (which require cdktf themselves) resolve to a one-line
// shim that returns Node's own (per-worker, cached) copy; see kit-environment.js.
const fs = require("fs");
const path = require("path");

const SHARED = /^(cdktf|constructs|@cdktf\/provider-[a-z]+(\/lib\/[a-z0-9-]+)?)(\/.*)?$/;
const shimDir = path.join(__dirname, "..", "..", "node_modules", ".cache", "kit-native-shims");

module.exports = (request, options) => {
  // Only requests from the kit's own sources and tests; node_modules keep their own requires.
  if (SHARED.test(request) && !options.basedir.includes(`${path.sep}node_modules${path.sep}`)) {
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
