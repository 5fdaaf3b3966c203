"use strict";
// Jest globalTeardown: removes the run's folder made by global-setup.js.
const fs = require("fs");

module.exports = () => {
  const dir = process.env.KIT_TEST_RUN_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
