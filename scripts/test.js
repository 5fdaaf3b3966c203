#!/usr/bin/env node
// `npm test`: the type check and the test suite at the same time, jest on two workers (its
// default on two cores is one). tsc keeps its incremental state in node_modules/.cache
// (wiped by `npm ci`), so a re-run checks only what changed, and none at all when no input
// changed since the last passing check.
// Arguments go to jest (`npm test -- __tests__/naming.test.ts`). Exit code: the worse of both.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { signature } = require("./typecheck-stamp");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

// tsc is skipped when none of its inputs changed since it last passed (scripts/typecheck-stamp.js).
const stampFile = path.join(root, "node_modules", ".cache", "tsc", "kit.passed");
const inputs = signature(root);
const unchanged = fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === inputs;
const tscOutput = [];
const tscDone = unchanged
  ? Promise.resolve(0)
  : new Promise((resolve) => {
      const tsc = spawn(
        bin("tsc"),
        ["--noEmit", "-p", ".", "--incremental", "--tsBuildInfoFile", "node_modules/.cache/tsc/kit.tsbuildinfo"],
        { cwd: root },
      );
      tsc.stdout.on("data", (d) => tscOutput.push(d));
      tsc.stderr.on("data", (d) => tscOutput.push(d));
      tsc.on("close", (code) => {
        // Recorded only when the inputs did not change while tsc read them.
        if (code === 0 && signature(root) === inputs) {
          fs.mkdirSync(path.dirname(stampFile), { recursive: true });
          fs.writeFileSync(stampFile, inputs);
        }
        resolve(code ?? 1);
      });
    });

const jest = spawn(
  bin("jest"),
  ["--maxWorkers=2", "--json", "--outputFile=.jest-results.json", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
const jestDone = new Promise((resolve) => jest.on("close", (code) => resolve(code ?? 1)));

Promise.all([tscDone, jestDone]).then(([tscCode, jestCode]) => {
  // Printed after jest so type errors are the last thing on screen.
  if (tscCode !== 0) {
    process.stderr.write(Buffer.concat(tscOutput));
    process.stderr.write(`\nType check failed (tsc exit ${tscCode}).\n`);
  } else {
    process.stderr.write(
      unchanged ? "Type check passed (no input changed since it last passed).\n" : "Type check passed.\n",
    );
  }
  process.exitCode = Math.max(tscCode, jestCode);
});
