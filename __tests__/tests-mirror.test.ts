import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "./helpers";

// Tests mirror the source: constructs/<name>.ts is tested in __tests__/constructs/<name>.test.ts,
// so a reviewer finds a construct's tests by its name. Constructs still tested only through the
// stacks are listed with where their tests are; the list may shrink, never grow.
const NOT_YET_MIRRORED: Readonly<Record<string, string>> = {
  "config-sync": "config-sync.test.ts (Config Sync on every member of each environment's fleet)",
  fleet: "fleet.test.ts (the platform stack's fleet)",
  "gateway-certificates": "https.test.ts (gateway route in production)",
  "tls-frontend": "https.test.ts (ingress route in production)",
  validation: "every construct's refusals (PropChecker is what they refuse with)",
};

const names = (dir: string, suffix: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();

describe("tests mirror the source", () => {
  const constructs = names(path.join(REPO_ROOT, "constructs"), ".ts");
  const tests = names(path.join(REPO_ROOT, "__tests__", "constructs"), ".test.ts");

  it("has __tests__/constructs/<name>.test.ts for every construct not listed as not yet mirrored", () => {
    const missing = constructs.filter((c) => !tests.includes(c) && !(c in NOT_YET_MIRRORED));
    expect(missing).toEqual([]);
  });

  it("lists only constructs that exist and still have no test file of their own", () => {
    expect(Object.keys(NOT_YET_MIRRORED).filter((c) => !constructs.includes(c) || tests.includes(c))).toEqual([]);
  });

  it("has no construct test without its construct", () => {
    expect(tests.filter((t) => !constructs.includes(t))).toEqual([]);
  });
});
