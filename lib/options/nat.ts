import { z } from "zod";

// One definition of Cloud NAT options (`nat` of an environment file): the zod fragment, its type and its defaults.

/** Defaults of config and of the CloudNat construct. */
export const NAT_DEFAULTS = { staticIpCount: 2, drainingIps: 0, minPortsPerVm: 1024 } as const;

export const natSchema = z
  .object({
    staticIpCount: z
      .number()
      .int()
      .min(0)
      .max(300)
      .default(NAT_DEFAULTS.staticIpCount)
      .describe("Reserved egress IPs partners can allow-list; 0: Google-allocated IPs."),
    drainingIps: z
      .number()
      .int()
      .min(0)
      .max(300)
      .default(NAT_DEFAULTS.drainingIps)
      .describe(
        "Addresses after staticIpCount kept reserved in drain mode while their connections finish; lower staticIpCount in two steps with it.",
      ),
    minPortsPerVm: z
      .number()
      .int()
      .min(64)
      .max(65536)
      .default(NAT_DEFAULTS.minPortsPerVm)
      .describe("NAT ports reserved per node."),
  })
  .strict()
  .refine((n) => n.drainingIps === 0 || n.staticIpCount > 0, {
    message: "needs staticIpCount above 0: only manually allocated addresses can be drained",
    path: ["drainingIps"],
  })
  .default({})
  .describe("Cloud NAT: the only way out to the internet for private nodes.");

/** As written in config (defaults not yet applied). */
export type NatOptions = NonNullable<z.input<typeof natSchema>>;
/** After validation, defaults applied. */
export type NatConfig = NonNullable<z.output<typeof natSchema>>;
