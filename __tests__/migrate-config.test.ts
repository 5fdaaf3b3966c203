import * as fs from "fs";
import * as path from "path";
import { migrateConfig } from "../scripts/migrate-config";
import { Rename } from "../scripts/config-migrations";
import { configProblems, tempKit, writeFile } from "./helpers";

// A kit release that renamed keys (test-owned: the kit has renamed none yet): the old names
// in an adopter's files move to the new ones, comments kept, and the result validates.
const RENAMED: Rename[] = [
  { kind: "environment", from: "nat.reservedIps", to: "nat.staticIpCount", since: "9.0.0" },
  {
    kind: "environment",
    from: "cluster.nodePools.*.maxNodesPerZone",
    to: "cluster.nodePools.*.maxNodes",
    since: "9.0.0",
  },
];
const UNDO: Rename[] = RENAMED.map((r) => ({ ...r, from: r.to, to: r.from }));
const DEV = "config/environments/dev.yaml";

describe("npm run migrate-config", () => {
  it("moves renamed keys in every file, keeping comments, and the migrated estate validates", () => {
    const root = tempKit();
    const before = fs.readFileSync(path.join(root, DEV), "utf8");
    // The adopter's files use the old names; the kit's schema knows the new ones.
    expect(migrateConfig([], root, UNDO).code).toBe(0);
    const old = fs.readFileSync(path.join(root, DEV), "utf8");
    expect(old).toContain("reservedIps:");
    expect(old).toContain("maxNodesPerZone:");
    expect(migrateConfig(["--check"], root, RENAMED)).toEqual({
      code: 1,
      out: expect.stringContaining(`${DEV}: nat.reservedIps -> nat.staticIpCount`),
    });
    const { code, out } = migrateConfig([], root, RENAMED);
    expect([code, out]).toEqual([
      0,
      expect.stringContaining(`${DEV}: cluster.nodePools.0.maxNodesPerZone -> cluster.nodePools.0.maxNodes`),
    ]);
    expect(fs.readFileSync(path.join(root, DEV), "utf8")).toBe(before);
    expect(configProblems(root)).toEqual([]);
    expect(migrateConfig([], root, RENAMED)).toEqual({
      code: 0,
      out: "migrate-config: every config file is up to date",
    });
  });

  it("writes nothing when a file has both names, and says which to keep", () => {
    const root = tempKit();
    writeFile(
      root,
      DEV,
      `${fs.readFileSync(path.join(root, DEV), "utf8")}\n# both\n`.replace("nat:\n", "nat:\n  reservedIps: 3\n"),
    );
    const before = fs.readFileSync(path.join(root, DEV), "utf8");
    expect(migrateConfig([], root, RENAMED)).toEqual({
      code: 1,
      out: expect.stringContaining(`${DEV}: nat.reservedIps: both nat.reservedIps and nat.staticIpCount are set`),
    });
    expect(fs.readFileSync(path.join(root, DEV), "utf8")).toBe(before);
  });

  it("answers --help and refuses unknown flags", () => {
    const root = tempKit();
    expect(migrateConfig(["--help"], root).out).toMatch(/^Usage: npm run migrate-config/);
    expect(migrateConfig(["--force"], root).code).toBe(2);
  });
});
