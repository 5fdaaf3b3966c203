// The repository root, from the sources (jest) or from dist/ (npm run scripts).
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..").replace(/[\\/]dist$/, "");
