/**
 * What a string in Terraform JSON makes Terraform evaluate. Terraform reads every string
 * value (and object key) of a JSON configuration as a template: `${ expr }` interpolates an
 * expression, `%{ ... }` is a directive, `$${` and `%%{` are literal. The synth guard needs
 * the functions each expression calls and the references it starts from, so it can refuse
 * anything outside its allow-lists. A lexer, not a regex: quoted strings inside an
 * expression are templates again, and may hold braces of their own.
 * Grammar: developer.hashicorp.com/terraform/language/syntax/json (Expression Mapping) and
 * github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md (Template Expressions).
 */
export interface TemplateUse {
  /** Functions called, e.g. "jsonencode"; provider functions as "provider::<name>::<fn>". */
  readonly functions: string[];
  /** Traversals an expression starts from, as their leading names: ["var", "x"], ["google_project", "p", "project_id"]. */
  readonly references: string[][];
  /** What the lexer refuses outright (directives, heredocs, unbalanced brackets). */
  readonly problems: string[];
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const KEYWORDS = new Set(["true", "false", "null"]);
const CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

class Lexer implements TemplateUse {
  readonly functions: string[] = [];
  readonly references: string[][] = [];
  readonly problems: string[] = [];
  constructor(private readonly s: string) {}

  /** A template from i: up to the end, or (quoted) up to its closing quote. Returns the index after it. */
  template(i: number, quoted: boolean): number {
    const s = this.s;
    while (i < s.length) {
      if (s.startsWith("$${", i) || s.startsWith("%%{", i)) i += 3;
      else if (s.startsWith("${", i)) i = this.expression(i + 2);
      else if (s.startsWith("%{", i)) {
        this.problems.push("template directives (%{ ... }) are not allowed");
        i = this.expression(i + 2);
      } else if (quoted && s[i] === "\\") i += 2;
      else if (quoted && s[i] === '"') return i + 1;
      else i += 1;
    }
    if (quoted) this.problems.push("unterminated string in an expression");
    return i;
  }

  /** An expression from i up to its closing brace. Returns the index after the brace. */
  expression(i: number): number {
    const s = this.s;
    const open: string[] = [];
    let previous = "";
    while (i < s.length) {
      const c = s[i];
      if (/\s/.test(c)) {
        i += 1;
        continue;
      }
      if (c === '"') i = this.template(i + 1, true);
      else if (s.startsWith("<<", i)) {
        this.problems.push("heredocs are not allowed in expressions");
        i += 2;
      } else if (c in CLOSE) {
        open.push(CLOSE[c]);
        i += 1;
      } else if (c === ")" || c === "]" || c === "}") {
        if (open.length === 0 && c === "}") return i + 1;
        if (open.pop() !== c) this.problems.push(`unbalanced "${c}" in an expression`);
        i += 1;
      } else if (/[A-Za-z_]/.test(c)) i = this.name(i, previous === ".");
      else if (/[0-9]/.test(c)) i = this.skip(/[0-9.eE+-]*/y, i + 1);
      else i += 1;
      previous = c === '"' ? '"' : s[i - 1];
    }
    this.problems.push("unterminated ${ ... } expression");
    return i;
  }

  /** A name: a function call, an object key, an attribute, or the start of a reference. */
  private name(i: number, attribute: boolean): number {
    const first = this.word(i);
    let j = this.skip(/\s*/y, i + first.length);
    if (attribute || KEYWORDS.has(first)) return i + first.length;
    if (this.s.startsWith("::", j)) {
      const full = this.s.slice(i).match(/^[A-Za-z0-9_:-]+/)![0];
      this.functions.push(full);
      return i + full.length;
    }
    if (this.s[j] === "(") {
      this.functions.push(first);
      return j;
    }
    if (this.s[j] === "=" && this.s[j + 1] !== "=") return j; // an object key
    const parts = [first];
    j = i + first.length;
    while (this.s[j] === "." && /[A-Za-z_]/.test(this.s[j + 1] ?? "")) {
      const next = this.word(j + 1);
      parts.push(next);
      j += 1 + next.length;
    }
    this.references.push(parts);
    return j;
  }

  private word(i: number): string {
    IDENT.lastIndex = i;
    return IDENT.exec(this.s)![0];
  }

  private skip(re: RegExp, i: number): number {
    re.lastIndex = i;
    const m = re.exec(this.s);
    return i + (m ? m[0].length : 0);
  }
}

/** What Terraform evaluates in one JSON string. */
export function scanTemplate(text: string): TemplateUse {
  const lexer = new Lexer(text);
  lexer.template(0, false);
  return lexer;
}

/** True when Terraform reads the string as a literal (nothing to evaluate). */
export function isLiteral(text: string): boolean {
  const use = scanTemplate(text);
  return (
    use.functions.length === 0 &&
    use.references.length === 0 &&
    use.problems.length === 0 &&
    !/\$\{|%\{/.test(text.replace(/\$\$\{|%%\{/g, ""))
  );
}
