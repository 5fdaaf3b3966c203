import * as path from "path";
import { App } from "cdktf";
import { Construct } from "constructs";
import { ContainerCluster } from "../.gen/providers/google/container-cluster";

// The test environment (support/kit-environment.js, support/native-resolver.js) shares one
// copy of cdktf per jest worker. Two copies would split cdktf's token registry, and stack
// traces must stay on where assertions run.
const native = (globalThis as unknown as { __kitNativeRequire: NodeRequire }).__kitNativeRequire;

describe("test harness", () => {
  it("gives test files the same cdktf, constructs and provider modules that the provider packages use", () => {
    expect(App).toBe(native("cdktf").App);
    expect(Construct).toBe(native("constructs").Construct);
    expect(ContainerCluster).toBe(
      native(path.resolve(__dirname, "../.gen/providers/google/container-cluster")).ContainerCluster,
    );
  });

  it("keeps stack traces in the test files' realm, so failures point at their line", () => {
    expect(new Error("probe").stack).toContain("harness.test.ts");
  });
});
