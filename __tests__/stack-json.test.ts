import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { layOutStacks, stackJsonLayout } from "../lib/stack-json";

describe("stack JSON layout (lib/stack-json.ts)", () => {
  it("sorts keys, indents two spaces and opens an empty collection over two lines, as cdktf 0.21 writes", () => {
    const value = { b: [], a: { z: 1, y: [true, null, "x"], e: {} } };
    expect(stackJsonLayout(value)).toBe(
      '{\n  "a": {\n    "e": {\n    },\n    "y": [\n      true,\n      null,\n      "x"\n    ],\n    "z": 1\n  },\n  "b": [\n  ]\n}',
    );
  });

  it("rewrites nothing cdktf wrote, and lays out the same JSON written another way (cdktn's `[]`) as cdktf does", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-json-"));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, "s");
      new TerraformOutput(stack, "empty", { value: { list: [], map: {} } });
      app.synth();
      const file = path.join(outdir, app.manifest.stacks.s.synthesizedStackPath);
      const cdktf = fs.readFileSync(file, "utf8");
      const before = fs.statSync(file).mtimeMs;
      layOutStacks(app);
      expect(fs.readFileSync(file, "utf8")).toBe(cdktf);
      expect(fs.statSync(file).mtimeMs).toBe(before);
      // Break case: the one-line empty collections another serializer writes are laid out again.
      const oneLine = JSON.stringify(JSON.parse(cdktf), null, 2);
      expect(oneLine).not.toBe(cdktf);
      fs.writeFileSync(file, oneLine);
      layOutStacks(app);
      expect(fs.readFileSync(file, "utf8")).toBe(cdktf);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
