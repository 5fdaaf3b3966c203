#!/usr/bin/env node
// `npm test`: the type check and the test suite at the same time, jest on two workers (its
// default on two cores is one). tsc keeps its incremental state in node_modules/.cache
// (wiped by `npm ci`), so a re-run checks only what changed.
// Arguments go to jest (`npm test -- __tests__/naming.test.ts`). Exit code: the worse of both.
"use strict";
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const tscOutput = [];
const tsc = spawn(
  bin("tsc"),
  ["--noEmit", "-p", ".", "--incremental", "--tsBuildInfoFile", "node_modules/.cache/tsc/kit.tsbuildinfo"],
  { cwd: root },
);
tsc.stdout.on("data", (d) => tscOutput.push(d));
tsc.stderr.on("data", (d) => tscOutput.push(d));
const tscDone = new Promise((resolve) => tsc.on("close", (code) => resolve(code ?? 1)));

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
    process.stderr.write("Type check passed.\n");
  }
  process.exitCode = Math.max(tscCode, jestCode);
});
