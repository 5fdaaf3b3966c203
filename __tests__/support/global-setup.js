"use strict";
// Jest globalSetup: a folder for this test run that every worker inherits (KIT_TEST_RUN_DIR), where
// results worth computing once per run are kept, e.g. the fixture estate synthesized once
// (support/fixture-synth.ts). globalTeardown (global-teardown.js) removes it; a new run never sees
// an older run's folder.
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = () => {
  process.env.KIT_TEST_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kit-test-run-"));
};
