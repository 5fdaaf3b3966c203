import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BINDINGS_DIR, STAMP, stampOf, BindingsStamp } from "../scripts/bindings/generate";
import { kitTypes } from "../scripts/provider-rules/extract";
import { REPO_ROOT } from "./helpers";

// The kit's google bindings are generated from the provider's Go source (npm run bindings) and
// committed. The full regeneration and the proof against @cdktf/provider-google run in
// `npm run e2e` (__tests__/e2e/bindings.e2e.ts); this checks, fast, that nothing was edited
// by hand or left behind since the last generation.
const stamp: BindingsStamp = JSON.parse(fs.readFileSync(path.join(BINDINGS_DIR, STAMP), "utf8"));
const moduleOf = (type: string): string => type.replace(/^google_/, "").replace(/_/g, "-");

describe("generated google provider bindings", () => {
  it("match the stamp written when they were generated (schema digest and every file's digest)", () => {
    const now = stampOf(BINDINGS_DIR, path.join(REPO_ROOT, stamp.schema));
    expect(now).toEqual(stamp);
  });

  it("hold exactly the types the kit imports, and the provider", () => {
    const { resources, dataSources } = kitTypes(REPO_ROOT);
    const wanted = [
      ...resources.map(moduleOf),
      ...dataSources.map((t) => `data-${t.replace(/_/g, "-")}`),
      "provider",
    ].sort();
    const present = Object.keys(stamp.files)
      .filter((f) => f.endsWith("/index.d.ts") && f.split("/").length === 2)
      .map((f) => f.split("/")[0])
      .sort();
    expect(present).toEqual(wanted);
  });

  it("fail on a hand edit (break case)", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "kit-bindings-"));
    fs.cpSync(BINDINGS_DIR, copy, { recursive: true });
    fs.appendFileSync(path.join(copy, "provider", "index.js"), "\n");
    expect(stampOf(copy, path.join(REPO_ROOT, stamp.schema)).files).not.toEqual(stamp.files);
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
