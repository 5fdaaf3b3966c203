import * as fs from "fs";

/**
 * A parser for Terraform's dependency lock file (.terraform.lock.hcl), not a regex: the
 * file is HCL, and a brace or a `provider` inside a comment or a string must not hide or
 * invent an entry. It accepts exactly what `terraform init` writes (developer.hashicorp.com/
 * terraform/language/files/dependency-lock): comments, `provider "<address>" { version = "…"
 * constraints = "…" hashes = ["…", …] }` blocks, nothing else.
 */
export interface LockedProvider {
  readonly address: string;
  readonly version: string;
  readonly constraints?: string;
  readonly hashes: readonly string[];
}

type Token = { kind: "string" | "ident" | "punct"; text: string; line: number };

const PUNCT = new Set(["{", "}", "[", "]", "=", ","]);

function tokenize(text: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new Error(`${file}:${line}: ${what}`);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") line += 1;
    if (/\s/.test(c)) i += 1;
    else if (c === "#" || text.startsWith("//", i))
      i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
    else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) fail("unterminated /* comment");
      line += text.slice(i, end).split("\n").length - 1;
      i = end + 2;
    } else if (c === '"') {
      const m = /^"((?:[^"\\\n$%]|\\["\\nt])*)"/.exec(text.slice(i));
      if (!m) fail("a string with escapes, templates or line breaks is not a lock file's");
      tokens.push({ kind: "string", text: m![1], line });
      i += m![0].length;
    } else if (PUNCT.has(c)) {
      tokens.push({ kind: "punct", text: c, line });
      i += 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i));
      if (!m) fail(`unexpected ${JSON.stringify(c)}`);
      tokens.push({ kind: "ident", text: m![0], line });
      i += m![0].length;
    }
  }
  return tokens;
}

/** Every provider entry of a lock file's text. Throws naming the file and line on anything else. */
export function parseLockFile(text: string, file = ".terraform.lock.hcl"): LockedProvider[] {
  const tokens = tokenize(text, file);
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${file}:${tokens[Math.min(i, tokens.length - 1)]?.line ?? 1}: ${what}`);
  };
  const expect = (kind: Token["kind"], text?: string): string => {
    const t = tokens[i];
    if (!t || t.kind !== kind || (text !== undefined && t.text !== text))
      fail(`expected ${text ?? kind}, got ${t ? JSON.stringify(t.text) : "the end of the file"}`);
    i += 1;
    return t.text;
  };
  const providers: LockedProvider[] = [];
  while (i < tokens.length) {
    expect("ident", "provider");
    const address = expect("string");
    expect("punct", "{");
    const fields: Record<string, string | string[]> = {};
    while (tokens[i]?.text !== "}") {
      const key = expect("ident");
      if (key in fields) fail(`${key} is set twice`);
      expect("punct", "=");
      if (key === "hashes") {
        expect("punct", "[");
        const hashes: string[] = [];
        while (tokens[i]?.text !== "]") {
          hashes.push(expect("string"));
          if (tokens[i]?.text === ",") i += 1;
        }
        expect("punct", "]");
        fields.hashes = hashes;
      } else if (key === "version" || key === "constraints") fields[key] = expect("string");
      else fail(`unknown field ${key} in provider "${address}"`);
    }
    expect("punct", "}");
    if (typeof fields.version !== "string") fail(`provider "${address}" has no version`);
    providers.push({
      address,
      version: fields.version as string,
      constraints: fields.constraints as string | undefined,
      hashes: (fields.hashes as string[] | undefined) ?? [],
    });
  }
  return providers;
}

export const GOOGLE_ADDRESS = "registry.terraform.io/hashicorp/google";

/** The google version a lock file pins; every other provider, and anything unparseable, is a problem. */
export function readLockFile(file: string): { version: string; problems: string[]; hashes: readonly string[] } {
  let providers: LockedProvider[];
  try {
    providers = parseLockFile(fs.readFileSync(file, "utf8"), file);
  } catch (e) {
    return { version: "", hashes: [], problems: [`${(e as Error).message}; restore main's .terraform.lock.hcl`] };
  }
  const problems = providers
    .filter((p) => p.address !== GOOGLE_ADDRESS)
    .map((p) => `${file}: provider ${p.address}: only ${GOOGLE_ADDRESS} may be locked`);
  const google = providers.filter((p) => p.address === GOOGLE_ADDRESS);
  if (google.length !== 1)
    problems.push(`${file}: expected exactly one ${GOOGLE_ADDRESS} entry, found ${google.length}`);
  const bad = google[0]?.hashes.filter((h) => !/^(zh:[0-9a-f]{64}|h1:[A-Za-z0-9+/]{43}=)$/.test(h)) ?? [];
  if (bad.length > 0) problems.push(`${file}: not zh: or h1: checksums: ${bad.join(", ")}`);
  // Without zh: lines (the release's SHA256SUMS) `terraform init -lockfile=readonly` has nothing to
  // verify the download against and refuses to record them: CI could not plan at all.
  if (google.length === 1 && !google[0].hashes.some((h) => h.startsWith("zh:")))
    problems.push(
      `${file}: ${GOOGLE_ADDRESS} ${google[0].version} has no zh: checksums: copy them from the release's SHA256SUMS or a cited lock file (README, "Google provider")`,
    );
  return { version: google[0]?.version ?? "", hashes: google[0]?.hashes ?? [], problems };
}
