// Where the provider-rules extractor reads the provider's Go source from.
import { execFileSync } from "child_process";

/** Where the provider's source is read from: a git tag, or memory in tests. */
export interface SourceTree {
  /** The commit the files come from. */
  commit(): string;
  read(path: string): string;
  /** Non-test .go files directly in `dir`. */
  goFiles(dir: string): string[];
  readMany(paths: string[]): Map<string, string>;
  /** Non-test .go files below `dir` with a line matching the extended regex `pattern`. */
  grep(pattern: string, dir: string): string[];
}

/** Reads files of one tag from a git directory. */
export class GitTree implements SourceTree {
  private readonly listing = new Map<string, string[]>();
  constructor(
    readonly gitDir: string,
    readonly tag: string,
  ) {}
  private git(args: string[]): string {
    return execFileSync("git", ["--git-dir", this.gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  }
  commit(): string {
    return this.git(["rev-parse", `${this.tag}^{commit}`]).trim();
  }
  read(path: string): string {
    return this.git(["show", `${this.tag}:${path}`]);
  }
  /** Non-test .go files directly in `dir`. */
  goFiles(dir: string): string[] {
    if (!this.listing.has(dir)) {
      const names = this.git(["ls-tree", "--name-only", `${this.tag}:${dir}`]).split("\n");
      this.listing.set(
        dir,
        names.filter((n) => n.endsWith(".go") && !n.endsWith("_test.go")).map((n) => `${dir}/${n}`),
      );
    }
    return this.listing.get(dir)!;
  }
  grep(pattern: string, dir: string): string[] {
    try {
      const out = this.git(["grep", "-l", "-E", pattern, this.tag, "--", dir]);
      return out
        .split("\n")
        .filter(Boolean)
        .map((l) => l.slice(this.tag.length + 1))
        .filter((p) => p.endsWith(".go") && !p.endsWith("_test.go"));
    } catch {
      return []; // git grep exits 1 when nothing matches
    }
  }
  /** Many files at once (one git process). */
  readMany(paths: string[]): Map<string, string> {
    const out = execFileSync("git", ["--git-dir", this.gitDir, "cat-file", "--batch"], {
      input: paths.map((p) => `${this.tag}:${p}`).join("\n") + "\n",
      maxBuffer: 1 << 30,
    });
    const files = new Map<string, string>();
    let at = 0;
    for (const p of paths) {
      const nl = out.indexOf(10, at);
      const size = Number(out.subarray(at, nl).toString().split(" ")[2]);
      files.set(p, out.subarray(nl + 1, nl + 1 + size).toString("utf8"));
      at = nl + 1 + size + 1;
    }
    return files;
  }
}
