import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { environmentSchema, serviceSchema, waiverSchema } from "../lib/config/schema";
import { newService } from "../scripts/new-service";
import { REPO_ROOT, tempKit } from "./helpers";

// The README's examples are run, so the documentation cannot drift from the code.
const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const blocks = (lang: string) =>
  [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);

describe("README examples", () => {
  it("shows an environment file the schema accepts", () => {
    const env = blocks("yaml").find((b) => b.includes("projectId:"));
    const result = environmentSchema.safeParse(parse(env!));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("shows a waiver the schema accepts", () => {
    const doc = parse(blocks("yaml").find((b) => b.startsWith("waivers:"))!);
    for (const w of doc.waivers) expect(waiverSchema.safeParse(w).success).toBe(true);
  });

  it("shows Cloud SQL and bucket settings the schema accepts", () => {
    const doc = parse(blocks("yaml").find((b) => b.startsWith("sql:"))!);
    for (const key of ["sql", "buckets"] as const) {
      const result = serviceSchema.shape[key].safeParse(doc[key]);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it("shows route settings the schema accepts", () => {
    const doc = parse(blocks("yaml").find((b) => b.startsWith("route:"))!);
    const result = serviceSchema.shape.route.safeParse(doc.route);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(doc.route.type).toBe("gateway");
  });

  it("shows new-service commands that work", () => {
    const commands = blocks("sh")
      .flatMap((b) => b.split("\n"))
      .filter((l) => l.startsWith("npm run new-service -- "));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const args = command.replace(/#.*$/, "").trim().split(/\s+/).slice(4);
      const { code, out } = newService(args, tempKit());
      expect({ command, code, out: code === 0 ? "" : out }).toEqual({ command, code: 0, out: "" });
    }
  });
});
