import { NodePoolPlacement, NodePoolProps } from "../constructs/node-pool";
import { NODE_POOL_DEFAULTS, nodePoolSchema, NodePoolConfig } from "../lib/options/node-pool";
import { ArmorPolicyProps } from "../constructs/armor-policy";
import { ArmorConfig } from "../lib/options/armor";

// One definition per option (lib/options/): each construct takes its product's option type,
// so its props and the config keys cannot drift apart. Checked by the type checker (npm test
// runs tsc): a props key config lacks, or a config key the construct ignores, fails to compile.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** A construct takes its option type: config (as written or validated) passes as its props. */
type Takes<Props, Options> = [Options] extends [Props] ? true : false;

const nodePoolInStep: Equal<Exclude<keyof NodePoolProps, keyof NodePoolPlacement>, keyof NodePoolConfig> = true;
// @ts-expect-error the check can fail: the placement keys are not config keys
const nodePoolBreakCase: Equal<keyof NodePoolProps, keyof NodePoolConfig> = true;

type ArmorPlacement = "projectId" | "name" | "description";
const armorInStep: Equal<Exclude<keyof ArmorPolicyProps, ArmorPlacement>, keyof ArmorConfig> = true;
const armorTakesConfig: Takes<Omit<ArmorPolicyProps, ArmorPlacement>, ArmorConfig> = true;
// @ts-expect-error the check can fail: a config without the placement is not the whole props
const armorBreakCase: Takes<ArmorPolicyProps, ArmorConfig> = true;

describe("option modules", () => {
  it("node pool: props and config keys in step (type-checked above)", () => {
    expect([nodePoolInStep, nodePoolBreakCase]).toEqual([true, true]);
  });

  it("armor: the ArmorPolicy construct takes the armor options (type-checked above)", () => {
    expect([armorInStep, armorTakesConfig, armorBreakCase]).toEqual([true, true, true]);
  });

  it("node pool: validation applies the module's defaults, nothing else", () => {
    const pool = nodePoolSchema.parse({ name: "general", machineType: "e2-standard-4" });
    const { machineType: _, ...defaulted } = NODE_POOL_DEFAULTS;
    expect(pool).toEqual({ name: "general", machineType: "e2-standard-4", labels: {}, taints: [], ...defaulted });
  });
});
