import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compareTrees, jsonDifferences, SCAFFOLDS } from "../scripts/compare-synth";
import { newService } from "../scripts/new-service";
import { configProblems, tempKit } from "./helpers";

// npm run compare-synth compares two synthesized trees; the comparison itself is tested here
// (the synthesis half is the real app, run by the script).
describe("compare-synth", () => {
  const tree = (files: Record<string, string>): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cmp-"));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };

  it("finds nothing between identical trees", () => {
    const files = { "stacks/dev/cdk.tf.json": '{"a":1}', "kit/base.yaml": "x: 1\n" };
    expect(compareTrees(tree(files), tree(files))).toEqual([]);
  });

  it("names a changed JSON path, a changed other file, and files only one side has (break cases)", () => {
    const before = tree({ "s/cdk.tf.json": '{"r":{"x":{"tier":"BASIC"}}}', "k.yaml": "a", "gone.json": "{}" });
    const after = tree({ "s/cdk.tf.json": '{"r":{"x":{"tier":"STANDARD_HA"}}}', "k.yaml": "b", "new.json": "{}" });
    expect(compareTrees(before, after)).toEqual([
      "gone.json: only at the ref",
      "new.json: only in this checkout",
      "k.yaml: differs",
      's/cdk.tf.json: differs at\n      $.r.x.tier: "BASIC" -> "STANDARD_HA"',
    ]);
  });

  it("reports a reformatted but equal JSON file rather than calling it identical", () => {
    expect(jsonDifferences({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([
      "$: same content, different formatting or key order",
    ]);
  });

  it("scaffolds with every new-service flag into a valid estate", () => {
    const root = tempKit();
    for (const args of SCAFFOLDS) expect(newService(args, root).code).toBe(0);
    expect(configProblems(root)).toEqual([]);
    const flags = new Set(SCAFFOLDS.flat().filter((a) => a.startsWith("--")));
    const help = newService(["--help"], root).out;
    const offered = [...help.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]).filter((f) => f !== "--help");
    expect(offered.filter((f) => !flags.has(f))).toEqual([]);
  });
});
