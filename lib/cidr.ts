/** IPv4 CIDR parsing and overlap checks shared by config validation and constructs. */

export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit integer. */
  readonly start: number;
  /** Last address as an unsigned 32-bit integer. */
  readonly end: number;
  readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses "a.b.c.d/n"; returns a reason string when the text is not a valid, aligned IPv4 CIDR. */
export function parseCidr(text: string): Cidr | string {
  const m = CIDR_RE.exec(text);
  if (!m) return `"${text}" is not an IPv4 CIDR like 10.0.0.0/20`;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255)) return `"${text}" has an octet above 255`;
  if (prefix > 32) return `"${text}" has a prefix length above 32`;
  const start = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (start % size !== 0) {
    const aligned = Math.floor(start / size) * size;
    return `"${text}" has host bits set; the network address is ${formatIp(aligned)}/${prefix}`;
  }
  return { text, start, end: start + size - 1, prefix };
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** RFC 1918 private space; GKE ranges outside it work but are usually a typo. */
export function isPrivate(c: Cidr): boolean {
  const inside = (net: string) => {
    const p = parseCidr(net) as Cidr;
    return c.start >= p.start && c.end <= p.end;
  };
  return inside("10.0.0.0/8") || inside("172.16.0.0/12") || inside("192.168.0.0/16") || inside("100.64.0.0/10");
}

export interface NamedCidr {
  readonly name: string;
  readonly cidr: Cidr;
}

/** Every pair of ranges that overlap, by name. */
export function findOverlaps(ranges: readonly NamedCidr[]): Array<[NamedCidr, NamedCidr]> {
  const out: Array<[NamedCidr, NamedCidr]> = [];
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      if (overlaps(ranges[i].cidr, ranges[j].cidr)) out.push([ranges[i], ranges[j]]);
    }
  }
  return out;
}

/** How many addresses the ranges cover together, overlaps counted once. */
export function coveredAddresses(ranges: readonly Cidr[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -1;
  for (const r of sorted) {
    if (r.end <= reach) continue;
    total += r.end - Math.max(r.start, reach + 1) + 1;
    reach = r.end;
  }
  return total;
}
