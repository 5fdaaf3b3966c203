import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { FRAMEWORK, layOutStacks, stackJsonLayout, writesKitLayout } from "../lib/stack-json";

describe("stack JSON layout (lib/stack-json.ts)", () => {
  it("sorts keys, indents two spaces and opens an empty collection over two lines, as cdktf 0.21 writes", () => {
    const value = { b: [], a: { z: 1, y: [true, null, "x"], e: {} } };
    expect(stackJsonLayout(value)).toBe(
      '{\n  "a": {\n    "e": {\n    },\n    "y": [\n      true,\n      null,\n      "x"\n    ],\n    "z": 1\n  },\n  "b": [\n  ]\n}',
    );
  });

  it("rewrites nothing cdktf wrote, and lays out the same JSON written another way (cdktn's `[]`) as cdktf does", () => {
    const cdktn = { name: "cdktn", version: "0.24.0" };
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-json-"));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, "s");
      new TerraformOutput(stack, "empty", { value: { list: [], map: {} } });
      app.synth();
      const file = path.join(outdir, app.manifest.stacks.s.synthesizedStackPath);
      const cdktf = fs.readFileSync(file, "utf8");
      // cdktf's layout is the kit's: laid out, its file would be unchanged.
      expect(stackJsonLayout(JSON.parse(cdktf))).toBe(cdktf);
      const before = fs.statSync(file).mtimeMs;
      layOutStacks(app, undefined, cdktn);
      expect(fs.readFileSync(file, "utf8")).toBe(cdktf);
      expect(fs.statSync(file).mtimeMs).toBe(before);
      // Break case: the one-line empty collections another serializer writes are laid out again.
      const oneLine = JSON.stringify(JSON.parse(cdktf), null, 2);
      expect(oneLine).not.toBe(cdktf);
      fs.writeFileSync(file, oneLine);
      layOutStacks(app, undefined, cdktn);
      expect(fs.readFileSync(file, "utf8")).toBe(cdktf);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("reads nothing again after cdktf 0.21.0, whose layout is the kit's, and lays out every other framework's output", () => {
    expect(FRAMEWORK).toEqual({ name: "cdktf", version: require("cdktf/package.json").version }); // eslint-disable-line @typescript-eslint/no-require-imports
    expect(writesKitLayout({ name: "cdktf", version: "0.21.0" })).toBe(true);
    expect(writesKitLayout({ name: "cdktf", version: "0.20.11" })).toBe(false);
    expect(writesKitLayout({ name: "cdktn", version: "0.24.0" })).toBe(false);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-json-"));
    try {
      const app = new App({ outdir });
      new TerraformOutput(new TerraformStack(app, "s"), "empty", { value: [] });
      app.synth();
      const file = path.join(outdir, app.manifest.stacks.s.synthesizedStackPath);
      const oneLine = JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")), null, 2);
      fs.writeFileSync(file, oneLine);
      layOutStacks(app, undefined, { name: "cdktf", version: "0.21.0" });
      expect(fs.readFileSync(file, "utf8")).toBe(oneLine);
      layOutStacks(app, undefined, { name: "cdktf", version: "0.22.0" });
      expect(fs.readFileSync(file, "utf8")).not.toBe(oneLine);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
