import * as fs from "fs";
import * as path from "path";
import { rulesMarkdown } from "../lib/policy/report";

/** Regenerates the generated sections of README.md (the guardrail rule table). */
export function updateReadme(text: string): string {
  const start = "<!-- rules:start -->";
  const end = "<!-- rules:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md needs the markers ${start} and ${end}`);
  return `${text.slice(0, i + start.length)}\n${rulesMarkdown()}\n${text.slice(j)}`;
}

if (require.main === module) {
  const file = path.join(process.env.KIT_ROOT ?? process.cwd(), "README.md");
  const before = fs.readFileSync(file, "utf8");
  const after = updateReadme(before);
  if (after !== before) fs.writeFileSync(file, after);
  console.log(after === before ? "README.md is up to date" : "README.md updated");
}
