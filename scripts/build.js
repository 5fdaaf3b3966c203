#!/usr/bin/env node
// Transpiles the app's TypeScript to dist/ with swc: no type checking here (tsc --noEmit
// does that in `npm test`), so starting the app costs milliseconds, not seconds.
// Only files newer than their output are transpiled again.
"use strict";
const fs = require("fs");
const path = require("path");
const { transformFileSync } = require("@swc/core");
const { appSources } = require("./source-folders");

const root = path.resolve(__dirname, "..");
const outRoot = path.join(root, "dist");

function* tsFiles(rel) {
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return;
  if (fs.statSync(abs).isFile()) {
    if (rel.endsWith(".ts") && !rel.endsWith(".d.ts")) yield rel;
    return;
  }
  for (const entry of fs.readdirSync(abs).sort()) yield* tsFiles(path.join(rel, entry));
}

const options = {
  jsc: { parser: { syntax: "typescript" }, target: "es2022" },
  module: { type: "commonjs" },
  sourceMaps: "inline",
  swcrc: false,
};

let built = 0;
const wanted = new Set();
for (const rel of appSources(root).flatMap((s) => [...tsFiles(s)])) {
  const src = path.join(root, rel);
  const out = path.join(outRoot, rel.replace(/\.ts$/, ".js"));
  wanted.add(out);
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= fs.statSync(src).mtimeMs) continue;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, transformFileSync(src, options).code);
  built++;
}
// The generated provider bindings are JavaScript already (scripts/bindings/generate.ts): dist/.gen
// links to them, so dist/lib/... resolves `../../.gen/providers/google/<type>` as the sources do.
const genLink = path.join(outRoot, ".gen");
let linked = false;
try {
  linked = fs.lstatSync(genLink).isSymbolicLink();
} catch {
  // not there yet
}
if (!linked) {
  fs.mkdirSync(outRoot, { recursive: true });
  fs.symlinkSync(path.join("..", ".gen"), genLink, "dir");
}

// Output of deleted sources must not linger and be run.
function prune(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (fs.lstatSync(p).isSymbolicLink()) continue;
    if (fs.statSync(p).isDirectory()) prune(p);
    else if (!wanted.has(p)) fs.rmSync(p);
  }
}
prune(outRoot);
if (process.argv.includes("--verbose")) console.log(`build: ${built} file(s) transpiled`);
