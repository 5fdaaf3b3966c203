"use strict";
// The kit's TypeScript, named once: tsconfig.json's "include", what `npm test` type-checks.
// The app is all of it but the tests: what scripts/build.js transpiles to dist/ and what the
// size limits (__tests__/size-limits.test.ts) hold to.
const fs = require("fs");
const path = require("path");

const TESTS = "__tests__";

/** tsconfig.json's "include": files and folders relative to `root`. */
function tsconfigInclude(root) {
  const file = path.join(root, "tsconfig.json");
  const { include } = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!Array.isArray(include) || include.some((f) => typeof f !== "string"))
    throw new Error(`${file}: "include" must list the kit's TypeScript files and folders`);
  return include;
}

/** The app's TypeScript files and folders: tsconfig's "include" without the tests. */
function appSources(root) {
  return tsconfigInclude(root).filter((f) => f !== TESTS);
}

module.exports = { tsconfigInclude, appSources };
