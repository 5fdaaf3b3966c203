// Shape of the provider rules extracted from terraform-provider-google's Go source by
// scripts/provider-rules/extract.ts and committed as data in lib/gcp/provider-rules/<tag>.json.
// The data holds what the provider's SDK schema checks offline (what `terraform validate`
// would reject); see `cannotSee` in each data file for what it does not hold.

/** A value check taken from a ValidateFunc / ValidateDiagFunc the extraction understood. */
export type ValueCheck =
  | { readonly kind: "enum"; readonly values: readonly string[]; readonly ignoreCase?: boolean; readonly from: string }
  | { readonly kind: "intEnum"; readonly values: readonly number[]; readonly from: string }
  | { readonly kind: "notIn"; readonly values: readonly string[]; readonly ignoreCase?: boolean; readonly from: string }
  | { readonly kind: "range"; readonly min?: number; readonly max?: number; readonly from: string }
  | { readonly kind: "length"; readonly min?: number; readonly max?: number; readonly from: string }
  | { readonly kind: "regex"; readonly pattern: string; readonly from: string }
  | { readonly kind: "any"; readonly of: readonly ValueCheck[]; readonly from: string };

export type ValueType = "string" | "int" | "float" | "bool" | "list" | "set" | "map";

export interface AttributeRule {
  readonly type: ValueType;
  readonly required?: true;
  readonly optional?: true;
  readonly computed?: true;
  /** A change replaces the resource (not checked; recorded for lifecycle reviews). */
  readonly forceNew?: true;
  /** Write-only (kept out of state; Terraform 1.11+). */
  readonly writeOnly?: true;
  readonly deprecated?: string;
  /** Absolute attribute paths ("a.0.b") as the provider writes them. */
  readonly conflictsWith?: readonly string[];
  readonly exactlyOneOf?: readonly string[];
  readonly atLeastOneOf?: readonly string[];
  readonly requiredWith?: readonly string[];
  readonly maxItems?: number;
  readonly minItems?: number;
  /** Element type of a list/set/map of primitives. */
  readonly elem?: ValueType;
  /** Nested block (list/set whose Elem is a schema.Resource). */
  readonly block?: BlockRule;
  readonly checks?: readonly ValueCheck[];
  /** Checks on each element of a primitive list/set/map. */
  readonly elemChecks?: readonly ValueCheck[];
  /** Validators the extraction could not turn into data (named, so nobody assumes they are checked). */
  readonly unchecked?: readonly string[];
  /**
   * The provider sends this value to the API when the attribute is unset but its block is
   * set (an SDK zero value the expand function force-sends), read from the Go source.
   */
  readonly sentWhenUnset?: { readonly value: boolean | number | string; readonly from: string };
}

export interface BlockRule {
  readonly attributes: Readonly<Record<string, AttributeRule>>;
}

export interface ResourceRule extends BlockRule {
  /** Go file the schema came from. */
  readonly source: string;
  /** Keys of the `timeouts` block the resource accepts (none: no timeouts block). */
  readonly timeouts?: readonly string[];
  readonly deprecated?: string;
}

export interface ProviderRules {
  readonly provider: string;
  readonly tag: string;
  readonly commit: string;
  readonly extractedAt: string;
  readonly sdk: string;
  /** What these rules cannot see; a passing check says nothing about these. */
  readonly cannotSee: readonly string[];
  readonly resources: Readonly<Record<string, ResourceRule>>;
  readonly dataSources: Readonly<Record<string, ResourceRule>>;
}

/** The `@cdktf/provider-google/lib/<module>` import that produces `type` (resource or data source). */
export function providerTypeOfModule(module: string): { kind: "resource" | "data"; type: string } | undefined {
  if (module === "provider" || module.startsWith("lazy-index")) return undefined;
  const data = module.startsWith("data-google-");
  return {
    kind: data ? "data" : "resource",
    type: (data ? module.slice("data-".length) : `google-${module}`).replace(/-/g, "_"),
  };
}
