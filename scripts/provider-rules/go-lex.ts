// Go tokens for the provider-rules parser (go-parse.ts): identifiers, literals, operators and
// the semicolons the language spec inserts at line ends.

export type Tok = { t: "id" | "str" | "num" | "char" | "op"; v: string; pos: number };

const KEYWORDS_ENDING_STATEMENT = new Set(["break", "continue", "fallthrough", "return"]);
const OPS = [
  "<<=",
  ">>=",
  "&^=",
  "...",
  "&&",
  "||",
  "<-",
  "++",
  "--",
  "==",
  "!=",
  "<=",
  ">=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "<<",
  ">>",
  "&^",
  "+",
  "-",
  "*",
  "/",
  "%",
  "&",
  "|",
  "^",
  "<",
  ">",
  "=",
  "!",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  ".",
  ":",
  "~",
];

/** Go tokens with automatic semicolons inserted as the language spec says. */
export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const semiAfter = (): boolean => {
    const last = out[out.length - 1];
    if (!last) return false;
    if (last.t === "op") return [")", "]", "}", "++", "--"].includes(last.v);
    return (
      last.t !== "id" ||
      !/^(package|import|func|var|const|type|struct|interface|map|chan|if|else|for|switch|case|default|go|defer|select|range|goto)$/.test(
        last.v,
      ) ||
      KEYWORDS_ENDING_STATEMENT.has(last.v)
    );
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      if (semiAfter()) out.push({ t: "op", v: ";", pos: i });
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (src.startsWith("//", i)) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      const body = src.slice(i, end);
      if (body.includes("\n") && semiAfter()) out.push({ t: "op", v: ";", pos: i });
      i = end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_0-9]+/.exec(src.slice(i, i + 200))!;
      out.push({ t: "id", v: m[0], pos: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1]))) {
      const m = /^(0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9]+)?i?)/.exec(src.slice(i, i + 100))!;
      out.push({ t: "num", v: m[0], pos: i });
      i += m[0].length;
    } else if (c === '"') {
      let j = i + 1;
      while (src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      out.push({ t: "str", v: goString(src.slice(i + 1, j)), pos: i });
      i = j + 1;
    } else if (c === "`") {
      const j = src.indexOf("`", i + 1);
      out.push({ t: "str", v: src.slice(i + 1, j).replace(/\r/g, ""), pos: i });
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (src[j] !== "'") j += src[j] === "\\" ? 2 : 1;
      out.push({ t: "char", v: src.slice(i, j + 1), pos: i });
      i = j + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new Error(`unexpected character ${JSON.stringify(c)} at ${i}`);
      out.push({ t: "op", v: op, pos: i });
      i += op.length;
    }
  }
  if (semiAfter()) out.push({ t: "op", v: ";", pos: src.length });
  return out;
}

/** The value of an interpreted Go string literal's body. */
function goString(body: string): string {
  const simple: Record<string, string> = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
  };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (e.length === 1) return simple[e] ?? e;
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return String.fromCodePoint(parseInt(e.slice(1), 16));
  });
}
