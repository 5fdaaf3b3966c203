// The end-to-end suite (`npm run e2e`): real terraform and cdktf CLI, kept out of `npm test`.
const base = require("../../package.json").jest;

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/__tests__/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 240000,
};
