// ESLint flat config: JavaScript's and typescript-eslint's recommended rules on every
// hand-written .ts and .js file (STYLE.md, "Tooling"). Formatting is prettier's job
// (`npm run format`), so no stylistic rules here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "cdktf.out/**",
      "cdktf.out.*/**",
      "coverage/**",
      "bootstrap/cdktf.out/**",
      ".gen/**",
      "cdktn/node_modules/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...nodeGlobals() } },
    rules: {
      // An unused value is a bug or a leftover; `_name` marks one kept on purpose (a callback's position).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // The plain Node scripts (build, test runner, jest environment and resolver) are CommonJS.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

function nodeGlobals() {
  const names = [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "URL",
    "structuredClone",
    "TextDecoder",
    "TextEncoder",
    "AbortController",
    "performance",
    "queueMicrotask",
    "global",
    "globalThis",
  ];
  return Object.fromEntries(names.map((n) => [n, "readonly"]));
}
