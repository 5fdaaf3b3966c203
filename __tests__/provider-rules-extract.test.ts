import { extract, forceSentFields } from "../scripts/provider-rules/extract";
import type { SourceTree } from "../scripts/provider-rules/source-tree";

// The extraction reads Go the way the provider writes schemas: a type map in google/provider,
// constructors returning schema.Resource literals, nested Elem blocks, helper functions and
// package vars, MergeSchemas, IAM member schemas, and validators wrapped in other validators.
// A small provider in memory keeps this test offline and fast.
const MODULE = "github.com/hashicorp/terraform-provider-google";
const FILES: Record<string, string> = {
  "go.mod": `module ${MODULE}\n\nrequire github.com/hashicorp/terraform-plugin-sdk/v2 v2.37.0\n`,
  "google/provider/provider_mmv1_resources.go": `package provider

import (
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"${MODULE}/google/services/demo"
	"${MODULE}/google/tpgiamresource"
)

var handwrittenResources = map[string]*schema.Resource{
	"google_demo_thing": demo.ResourceDemoThing(),
	"google_demo_thing_iam_member": tpgiamresource.ResourceIamMember(demo.DemoIamSchema, demo.NewUpdater, nil),
}
`,
  "google/services/demo/resource_demo_thing.go": `package demo

import (
	"time"

	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation"
	"${MODULE}/google/tpgresource"
	"${MODULE}/google/verify"
)

var tiers = []string{"BASIC", "PRO"}

// A helper the schema calls, as schemaNodeConfig() is in the container package.
func schemaSize(max int) *schema.Schema {
	return &schema.Schema{
		Type:         schema.TypeInt,
		Optional:     true,
		ValidateFunc: validation.IntBetween(1, max),
	}
}

func ResourceDemoThing() *schema.Resource {
	return &schema.Resource{
		Create: resourceCreate,
		Timeouts: &schema.ResourceTimeout{
			Create: schema.DefaultTimeout(20 * time.Minute),
			Delete: schema.DefaultTimeout(20 * time.Minute),
		},
		Schema: tpgresource.MergeSchemas(baseSchema, map[string]*schema.Schema{
			"name": {
				Type:         schema.TypeString,
				Required:     true,
				ForceNew:     true,
				ValidateFunc: verify.ValidateGCEName,
			},
			"tier": {
				Type:          schema.TypeString,
				Optional:      true,
				ValidateFunc:  validation.StringInSlice(tiers, false),
				ConflictsWith: []string{"legacy"},
			},
			"legacy": {
				Type:     schema.TypeBool,
				Optional: true,
				Deprecated: "use tier",
			},
			"size": schemaSize(64),
			"code": {
				Type:     schema.TypeString,
				Optional: true,
				ValidateFunc: func(v interface{}, k string) (ws []string, errors []error) {
					value := v.(string)
					if !regexp.MustCompile("^[A-Z]+$").MatchString(value) {
						errors = append(errors, fmt.Errorf("%q must be upper case", k))
					}
					return
				},
			},
			"alias": {
				Type:     schema.TypeString,
				Optional: true,
				ValidateFunc: func(v interface{}, k string) (ws []string, errors []error) {
					value := v.(string)
					if value == "" {
						return
					}
					if !regexp.MustCompile("^[a-z]+$").MatchString(value) {
						errors = append(errors, fmt.Errorf("%q must be lower case", k))
					}
					return
				},
			},
			"settings": {
				Type:     schema.TypeList,
				Optional: true,
				MaxItems: 1,
				Elem: &schema.Resource{
					Schema: map[string]*schema.Schema{
						"mode": {
							Type:             schema.TypeString,
							Optional:         true,
							ValidateDiagFunc: validation.ToDiagFunc(verify.ValidateEnum([]string{"ON", "OFF"})),
							ExactlyOneOf:     []string{"settings.0.mode", "settings.0.level"},
						},
						"level": {
							Type:         schema.TypeFloat,
							Optional:     true,
							ValidateFunc: validation.All(validation.FloatAtLeast(0.5), customCheck),
						},
						"tags": {
							Type:     schema.TypeSet,
							Optional: true,
							Elem:     &schema.Schema{Type: schema.TypeString, ValidateFunc: validation.StringLenBetween(1, 8)},
						},
					},
				},
			},
			"self_link": {
				Type:     schema.TypeString,
				Computed: true,
			},
		}),
	}
}

func customCheck(v interface{}, k string) (ws []string, errors []error) {
	return
}

var baseSchema = map[string]*schema.Schema{
	"project": {Type: schema.TypeString, Optional: true, Computed: true, ForceNew: true},
}

var DemoIamSchema = map[string]*schema.Schema{
	"thing": {Type: schema.TypeString, Required: true},
}
`,
  // v7 layout: the type registers itself in its package's init().
  "google/services/demo/resource_demo_widget.go": `package demo

import (
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"${MODULE}/google/registry"
)

func ResourceDemoWidget() *schema.Resource {
	return &schema.Resource{Schema: map[string]*schema.Schema{"size": schemaSize(8)}}
}

func init() {
	registry.Schema{
		Name:   "google_demo_widget",
		Type:   registry.SchemaTypeResource,
		Schema: ResourceDemoWidget(),
	}.Register()
}
`,
  "google/tpgresource/utils.go": `package tpgresource

func MergeSchemas(a, b map[string]*schema.Schema) map[string]*schema.Schema {
	merged := make(map[string]*schema.Schema)
	for k, v := range a {
		merged[k] = v
	}
	return merged
}
`,
  "google/verify/validation.go": `package verify

import "github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation"

func ValidateGCEName(v interface{}, k string) (ws []string, errors []error) {
	re := \`^(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)$\`
	return ValidateRegexp(re)(v, k)
}

func ValidateEnum(values []string) schema.SchemaValidateFunc {
	return validation.StringInSlice(values, false)
}

func ValidateRegexp(re string) schema.SchemaValidateFunc {
	return func(v interface{}, k string) (ws []string, errors []error) {
		return
	}
}
`,
  "google/tpgiamresource/resource_iam_member.go": `package tpgiamresource

import (
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"${MODULE}/google/tpgresource"
)

func validateIAMMember(i interface{}, k string) ([]string, []error) {
	return nil, nil
}

var IamMemberBaseSchema = map[string]*schema.Schema{
	"role":   {Type: schema.TypeString, Required: true, ForceNew: true},
	"member": {Type: schema.TypeString, Required: true, ForceNew: true, ValidateFunc: validateIAMMember},
}

func ResourceIamMember(parentSpecificSchema map[string]*schema.Schema, newUpdaterFunc NewResourceIamUpdaterFunc, resourceIdParser ResourceIdParserFunc, options ...func(*IamSettings)) *schema.Resource {
	settings := NewIamSettings(options...)
	return &schema.Resource{
		DeprecationMessage: settings.DeprecationMessage,
		Schema:             tpgresource.MergeSchemas(IamMemberBaseSchema, parentSpecificSchema),
	}
}
`,
};

const memoryTree: SourceTree = {
  commit: () => "0123456789abcdef0123456789abcdef01234567",
  read: (p) => FILES[p],
  goFiles: (dir) =>
    Object.keys(FILES).filter(
      (f) => f.startsWith(dir + "/") && f.endsWith(".go") && !f.slice(dir.length + 1).includes("/"),
    ),
  readMany: (paths) => new Map(paths.map((p) => [p, FILES[p]])),
  grep: (pattern, dir) =>
    Object.keys(FILES).filter((f) => f.startsWith(dir + "/") && new RegExp(pattern).test(FILES[f])),
};

const run = (resources: string[]) =>
  extract({ tree: memoryTree, tag: "v0.0.1", resources, dataSources: [], date: "2026-11-24" });

describe("provider rules extraction", () => {
  it("turns schema literals, helpers, nested blocks and validators into rules", () => {
    const { rules, problems } = run(["google_demo_thing", "google_demo_thing_iam_member"]);
    expect(problems).toEqual([]);
    expect(rules).toMatchObject({
      tag: "v0.0.1",
      commit: "0123456789abcdef0123456789abcdef01234567",
      extractedAt: "2026-11-24",
      sdk: "terraform-plugin-sdk/v2 v2.37.0",
    });
    expect(rules.resources.google_demo_thing).toEqual({
      source: "google/services/demo/resource_demo_thing.go",
      timeouts: ["create", "delete"],
      attributes: {
        // The regex of an inline validator; the one behind an early return is conditional, so left out.
        alias: { type: "string", optional: true, unchecked: ["inline Go function"] },
        code: {
          type: "string",
          optional: true,
          checks: [{ kind: "regex", pattern: "^[A-Z]+$", from: "inline Go function" }],
          unchecked: ["inline Go function (beyond its regex)"],
        },
        legacy: { type: "bool", optional: true, deprecated: "use tier" },
        name: {
          type: "string",
          required: true,
          forceNew: true,
          checks: [
            { kind: "regex", pattern: "^(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)$", from: "verify.ValidateGCEName" },
          ],
        },
        project: { type: "string", optional: true, computed: true, forceNew: true },
        self_link: { type: "string", computed: true },
        settings: {
          type: "list",
          optional: true,
          maxItems: 1,
          block: {
            attributes: {
              level: {
                type: "float",
                optional: true,
                checks: [{ kind: "range", min: 0.5, from: "validation.FloatAtLeast" }],
                unchecked: ["demo.customCheck"],
              },
              mode: {
                type: "string",
                optional: true,
                exactlyOneOf: ["settings.0.mode", "settings.0.level"],
                checks: [{ kind: "enum", values: ["ON", "OFF"], from: "validation.StringInSlice" }],
              },
              tags: {
                type: "set",
                optional: true,
                elem: "string",
                elemChecks: [{ kind: "length", min: 1, max: 8, from: "validation.StringLenBetween" }],
              },
            },
          },
        },
        size: {
          type: "int",
          optional: true,
          checks: [{ kind: "range", min: 1, max: 64, from: "validation.IntBetween" }],
        },
        tier: {
          type: "string",
          optional: true,
          conflictsWith: ["legacy"],
          checks: [{ kind: "enum", values: ["BASIC", "PRO"], from: "validation.StringInSlice" }],
        },
      },
    });
    expect(Object.keys(rules.resources.google_demo_thing_iam_member.attributes)).toEqual(["member", "role", "thing"]);
    expect(rules.resources.google_demo_thing_iam_member.attributes.member.unchecked).toEqual([
      "tpgiamresource.validateIAMMember",
    ]);
  });

  it("finds types registered the v7 way", () => {
    const { rules, problems } = run(["google_demo_widget"]);
    expect(problems).toEqual([]);
    expect(rules.resources.google_demo_widget).toEqual({
      source: "google/services/demo/resource_demo_widget.go",
      attributes: {
        size: {
          type: "int",
          optional: true,
          checks: [{ kind: "range", min: 1, max: 8, from: "validation.IntBetween" }],
        },
      },
    });
  });

  it("reports a type the provider does not have instead of writing partial rules", () => {
    expect(run(["google_demo_thing", "google_no_such_thing"]).problems).toEqual([
      "google_no_such_thing: not in the provider's SDK resource maps at v0.0.1 (a plugin-framework type, or a typo)",
    ]);
  });

  it("reads which unset fields an expand function force-sends (v6.50's cpu_cfs_quota), and not once it stops", () => {
    const expand = (cfsBody: string): string => `package container

func expandKubeletConfig(v interface{}) *container.NodeKubeletConfig {
	cfg := ls[0].(map[string]interface{})
	kConfig := &container.NodeKubeletConfig{}
	if cpuManagerPolicy, ok := cfg["cpu_manager_policy"]; ok {
		kConfig.CpuManagerPolicy = cpuManagerPolicy.(string)
	}
	if cpuCfsQuota, ok := cfg["cpu_cfs_quota"]; ok {
		${cfsBody}
	}
	return kConfig
}
`;
    const v650 =
      'kConfig.CpuCfsQuota = cpuCfsQuota.(bool)\n\t\tkConfig.ForceSendFields = append(kConfig.ForceSendFields, "CpuCfsQuota")';
    expect([...forceSentFields(expand(v650), "expandKubeletConfig")]).toEqual([["cpu_cfs_quota", false]]);
    expect([...forceSentFields(expand("kConfig.CpuCfsQuota = cpuCfsQuota.(bool)"), "expandKubeletConfig")]).toEqual([]);
    expect([...forceSentFields(expand(v650), "expandOtherConfig")]).toEqual([]);
  });
});
