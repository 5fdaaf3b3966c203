/** tsconfig.json's "include": files and folders relative to `root`. */
export function tsconfigInclude(root: string): string[];
/** The app's TypeScript files and folders: tsconfig's "include" without the tests. */
export function appSources(root: string): string[];
