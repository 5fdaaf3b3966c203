// Compute Engine machine types: which names can exist, and which boot disks they take.

/**
 * Predefined shapes per family: `<family>-<shape>-<vCPUs>`. Sources (2026-11):
 * https://cloud.google.com/compute/docs/general-purpose-machines,
 * https://cloud.google.com/compute/docs/compute-optimized-machines,
 * https://cloud.google.com/compute/docs/memory-optimized-machines,
 * https://cloud.google.com/compute/docs/accelerator-optimized-machines.
 * A family missing here fails validation: add it (with its source) when Google ships one.
 */
export const MACHINE_FAMILIES: Readonly<Record<string, Readonly<Record<string, readonly (number | string)[]>>>> = {
  e2: { standard: [2, 4, 8, 16, 32], highmem: [2, 4, 8, 16], highcpu: [2, 4, 8, 16, 32] },
  n1: {
    standard: [1, 2, 4, 8, 16, 32, 64, 96],
    highmem: [2, 4, 8, 16, 32, 64, 96],
    highcpu: [2, 4, 8, 16, 32, 64, 96],
  },
  n2: {
    standard: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128],
    highmem: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128],
    highcpu: [2, 4, 8, 16, 32, 48, 64, 80, 96],
  },
  n2d: {
    standard: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224],
    highmem: [2, 4, 8, 16, 32, 48, 64, 80, 96],
    highcpu: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224],
  },
  n4: {
    standard: [2, 4, 8, 16, 32, 48, 64, 80],
    highmem: [2, 4, 8, 16, 32, 48, 64, 80],
    highcpu: [2, 4, 8, 16, 32, 48, 64, 80],
  },
  t2d: { standard: [1, 2, 4, 8, 16, 32, 48, 60] },
  t2a: { standard: [1, 2, 4, 8, 16, 32, 48] },
  c2: { standard: [4, 8, 16, 30, 60] },
  c2d: {
    standard: [2, 4, 8, 16, 32, 56, 112],
    highmem: [2, 4, 8, 16, 32, 56, 112],
    highcpu: [2, 4, 8, 16, 32, 56, 112],
  },
  c3: { standard: [4, 8, 22, 44, 88, 176], highmem: [4, 8, 22, 44, 88, 176], highcpu: [4, 8, 22, 44, 88, 176] },
  c3d: {
    standard: [4, 8, 16, 30, 60, 90, 180, 360],
    highmem: [4, 8, 16, 30, 60, 90, 180, 360],
    highcpu: [4, 8, 16, 30, 60, 90, 180, 360],
  },
  c4: {
    standard: [2, 4, 8, 16, 32, 48, 96, 144, 192, 288],
    highmem: [2, 4, 8, 16, 32, 48, 96, 144, 192, 288],
    highcpu: [2, 4, 8, 16, 32, 48, 96, 144, 192, 288],
  },
  c4a: {
    standard: [1, 2, 4, 8, 16, 32, 48, 64, 72],
    highmem: [1, 2, 4, 8, 16, 32, 48, 64, 72],
    highcpu: [1, 2, 4, 8, 16, 32, 48, 64, 72],
  },
  c4d: {
    standard: [2, 4, 8, 16, 32, 48, 64, 96, 192, 384],
    highmem: [2, 4, 8, 16, 32, 48, 64, 96, 192, 384],
    highcpu: [2, 4, 8, 16, 32, 48, 64, 96, 192, 384],
  },
  m1: { ultramem: [40, 80, 160], megamem: [96] },
  m2: { ultramem: [208, 416], megamem: [416], hypermem: [416] },
  m3: { ultramem: [32, 64, 128], megamem: [64, 128] },
  a2: { highgpu: ["1g", "2g", "4g", "8g"], megagpu: ["16g"], ultragpu: ["1g", "2g", "4g", "8g"] },
  a3: { highgpu: ["1g", "2g", "4g", "8g"], megagpu: ["8g"], ultragpu: ["8g"] },
  g2: { standard: [4, 8, 12, 16, 24, 32, 48, 96] },
};

/** Shared-core types, named without a vCPU count. */
export const SHARED_CORE_TYPES = ["e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"] as const;

/**
 * Custom machine types `<family>-custom-<vCPUs>-<MiB>` (N1: `custom-<vCPUs>-<MiB>`). Memory is
 * a multiple of 256 MiB within a per-vCPU range and a total cap; vCPU counts follow a
 * step rule. Source: https://cloud.google.com/compute/docs/instances/creating-instance-with-custom-machine-type
 * ("Custom machine type specifications"). Extended memory (`-ext`) is not offered by the kit.
 */
export const CUSTOM_RULES: Readonly<
  Record<
    string,
    {
      readonly vcpus: (n: number) => boolean;
      readonly vcpuText: string;
      readonly gbPerVcpu: readonly [number, number];
      readonly maxGb: number;
    }
  >
> = {
  e2: {
    vcpus: (n) => n >= 2 && n <= 32 && n % 2 === 0,
    vcpuText: "an even number from 2 to 32",
    gbPerVcpu: [0.5, 8],
    maxGb: 128,
  },
  n1: {
    vcpus: (n) => n === 1 || (n >= 2 && n <= 96 && n % 2 === 0),
    vcpuText: "1 or an even number up to 96",
    gbPerVcpu: [0.9, 6.5],
    maxGb: 624,
  },
  n2: {
    vcpus: (n) => (n >= 2 && n <= 32 && n % 2 === 0) || (n > 32 && n <= 128 && n % 4 === 0),
    vcpuText: "an even number up to 32, then a multiple of 4 up to 128",
    gbPerVcpu: [0.5, 8],
    maxGb: 864,
  },
  n2d: {
    vcpus: (n) => [2, 4, 8].includes(n) || (n >= 16 && n <= 96 && n % 16 === 0),
    vcpuText: "2, 4, 8, or a multiple of 16 up to 96",
    gbPerVcpu: [0.5, 8],
    maxGb: 768,
  },
  n4: {
    vcpus: (n) => (n >= 2 && n <= 16 && n % 2 === 0) || (n > 16 && n <= 80 && n % 4 === 0),
    vcpuText: "an even number up to 16, then a multiple of 4 up to 80",
    gbPerVcpu: [2, 8],
    maxGb: 640,
  },
};

export type BootDiskType = "pd-standard" | "pd-balanced" | "pd-ssd";

/**
 * Families whose VMs cannot boot from Persistent Disk types the kit offers (Hyperdisk only,
 * or no pd-standard). Source: https://cloud.google.com/compute/docs/disks#disk-types
 * ("Machine series support" tables).
 */
export const UNSUPPORTED_BOOT_DISKS: Readonly<Record<string, readonly BootDiskType[]>> = {
  n4: ["pd-standard", "pd-balanced", "pd-ssd"],
  c4: ["pd-standard", "pd-balanced", "pd-ssd"],
  c4a: ["pd-standard", "pd-balanced", "pd-ssd"],
  c4d: ["pd-standard", "pd-balanced", "pd-ssd"],
  c3: ["pd-standard"],
  c3d: ["pd-standard"],
  a3: ["pd-standard"],
};

/** Why `name` cannot be a machine type, or undefined when it can. */
export function machineTypeProblem(name: string): string | undefined {
  if ((SHARED_CORE_TYPES as readonly string[]).includes(name)) return undefined;
  const custom = /^(?:([a-z0-9]+)-)?custom-(\d+)-(\d+)$/.exec(name);
  if (custom) {
    const family = custom[1] ?? "n1";
    const rule = CUSTOM_RULES[family];
    if (!rule)
      return `"${name}": ${family} has no custom machine types; custom types exist for ${Object.keys(CUSTOM_RULES).join(", ")}`;
    const vcpus = Number(custom[2]);
    const mib = Number(custom[3]);
    const gb = mib / 1024;
    if (!rule.vcpus(vcpus)) return `"${name}": a ${family} custom type takes ${rule.vcpuText} vCPUs, not ${vcpus}`;
    if (mib % 256 !== 0) return `"${name}": memory must be a multiple of 256 MiB, not ${mib}`;
    const [lo, hi] = rule.gbPerVcpu;
    if (gb < lo * vcpus || gb > hi * vcpus || gb > rule.maxGb) {
      return `"${name}": ${vcpus} ${family} vCPUs take ${lo * vcpus}-${Math.min(hi * vcpus, rule.maxGb)} GB of memory (${lo}-${hi} GB per vCPU, at most ${rule.maxGb} GB), not ${gb} GB`;
    }
    return undefined;
  }
  const m = /^([a-z0-9]+)-([a-z]+)-(\w+?)(?:-lssd)?$/.exec(name);
  const family = m && MACHINE_FAMILIES[m[1]];
  if (!m || !family) {
    return `"${name}" is not a machine type of a known family (${Object.keys(MACHINE_FAMILIES).join(", ")}); use e.g. e2-standard-4, or add the family to lib/gcp/machine-types.ts`;
  }
  const sizes = family[m[2]];
  if (!sizes) return `"${name}": ${m[1]} has no "${m[2]}" shape; shapes: ${Object.keys(family).join(", ")}`;
  if (!sizes.map(String).includes(m[3]))
    return `"${name}" does not exist; ${m[1]}-${m[2]} comes in ${sizes.join(", ")}`;
  return undefined;
}

/** The family of a machine type name ("n1" for bare custom types). */
export function machineFamily(name: string): string {
  return name.startsWith("custom-") ? "n1" : name.split("-")[0];
}
