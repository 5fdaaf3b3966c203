import { Testing } from "cdktf";
// Declares the matcher types (toHaveResourceWithProperties, ...) for the type check.
import "cdktf/lib/testing/adapters/jest";

// cdktf is loaded once per worker (support/kit-environment.js): its matchers register on the
// `expect` of Node's global, so hand it this file's.
const nativeGlobal = (globalThis as { __kitNativeGlobal?: { expect?: unknown } }).__kitNativeGlobal;
if (nativeGlobal) nativeGlobal.expect = expect;
Testing.setupJest();
