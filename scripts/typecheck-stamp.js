"use strict";
// What the type check read last time it passed: every TypeScript, JSON and declaration file
// that tsconfig.json's "include" names and of the generated bindings, with its size and modification
// time, plus tsconfig.json and package-lock.json. scripts/test.js skips tsc when this is
// unchanged since a passing check (as `make` would); `npm ci` empties node_modules/.cache,
// where the stamp lives, so a new install always checks.
const fs = require("fs");
const path = require("path");
const { createHash } = require("crypto");
const { tsconfigInclude } = require("./source-folders");

// Besides tsconfig.json's own "include": the generated bindings the sources import, and what
// decides the installed type packages.
const ALSO = [".gen", "tsconfig.json", "package-lock.json"];
const READ = /\.(ts|json)$/;

function* walk(root, rel) {
  let entries;
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(rel, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "__snapshots__") yield* walk(root, p);
    } else if (READ.test(e.name)) yield p;
  }
}

/** tsconfig.json's "include" (files and folders); unreadable, it names nothing and the stamp changes with it. */
function included(root) {
  try {
    return tsconfigInclude(root);
  } catch {
    return [];
  }
}
const isFolder = (root, rel) => {
  try {
    return fs.statSync(path.join(root, rel)).isDirectory();
  } catch {
    return false;
  }
};

/** A digest of the type check's inputs under `root`. */
function signature(root) {
  const hash = createHash("sha256");
  const files = [...ALSO, ...included(root)].flatMap((f) => (isFolder(root, f) ? [...walk(root, f)] : [f]));
  for (const f of files) {
    try {
      const s = fs.statSync(path.join(root, f));
      hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
    } catch {
      hash.update(`${f}\0missing\n`);
    }
  }
  return hash.digest("hex");
}

module.exports = { signature };
