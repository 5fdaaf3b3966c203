import { z } from "zod";
import { RULE_IDS } from "../policy/rules";
import { UNWAIVABLE_RULES } from "../policy/rules-delivery";

// One definition of a guardrail waiver (`waivers[]` of environment and service files): the zod fragment, its type and its defaults.

export const waiverSchema = z
  .object({
    rule: z
      .string()
      .refine(
        (id) => RULE_IDS.includes(id),
        (id) => ({ message: `"${id}" is not a guardrail rule; known rules: ${RULE_IDS.join(", ")}` }),
      )
      .refine((id) => !UNWAIVABLE_RULES.includes(id), {
        message: "cannot be waived: a delivery execution identity never holds more than its own namespace and pipeline",
      })
      .describe("Guardrail rule ID to waive, e.g. RED004 (README, Guardrails)."),
    resource: z
      .string()
      .min(1)
      .optional()
      .describe('Construct path glob, e.g. "*/cluster/*"; omitted: every resource of the stack(s).'),
    reason: z
      .string()
      .trim()
      .min(10, "must say why the rule does not apply (at least 10 characters)")
      .describe("Why the rule does not apply here; shown in the policy report."),
  })
  .strict()
  .describe("An accepted guardrail finding, reviewed like code.");
export type Waiver = z.infer<typeof waiverSchema>;
