// Backup for GKE facts and rules shared by the BackupPlan construct and config validation.
import { Check } from "../check";

/**
 * Retention limits of google_gke_backup_backup_plan, from provider v6.50.0
 * (google/services/gkebackup/resource_gke_backup_backup_plan.go, retention_policy docs;
 * the provider does not validate them, the API does): backup_delete_lock_days 0-90,
 * backup_retain_days 0-365 and >= backup_delete_lock_days, and with a cron_schedule
 * backup_retain_days <= 360 x the creation interval (in days). The kit needs retain >= 1:
 * 0 keeps backups forever.
 */
export const BACKUP_LIMITS = {
  retainDays: { min: 1, max: 365 },
  deleteLockDays: { min: 0, max: 90 },
  retainPerIntervalDay: 360,
} as const;

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  { name: "day of week", min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
] as const;

/** The values one cron field selects, or why it is not a cron field. */
function cronField(text: string, f: (typeof FIELDS)[number]): Set<number> | string {
  const values = new Set<number>();
  const num = (s: string): number => {
    const named = "names" in f ? (f.names as readonly string[]).indexOf(s.toUpperCase()) : -1;
    if (named >= 0) return named + (f.name === "month" ? 1 : 0);
    return /^\d+$/.test(s) ? Number(s) : NaN;
  };
  for (const part of text.split(",")) {
    const m = /^(\*|[^/-]+(?:-[^/-]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return `${f.name} "${part}" is not a value, range (a-b), list (a,b) or step (*/n)`;
    const [lo, hi] =
      m[1] === "*"
        ? [f.min, f.max]
        : m[1].includes("-")
          ? m[1].split("-").map(num)
          : [num(m[1]), m[2] ? f.max : num(m[1])];
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (!(lo >= f.min && hi <= f.max && lo <= hi) || step < 1)
      return `${f.name} "${part}" is outside ${f.min}-${f.max}`;
    for (let v = lo; v <= hi; v += step) values.add(f.name === "day of week" && v === 7 ? 0 : v);
  }
  return values;
}

/**
 * The shortest time between two runs of a 5-field cron schedule (UTC), in minutes, or why
 * the schedule is invalid. Runs are enumerated over four years so leap days count.
 */
export function cronMinInterval(schedule: string): number | string {
  // A pure function of the text that walks four years of days: each schedule is worked out once.
  let result = intervals.get(schedule);
  if (result === undefined) intervals.set(schedule, (result = minInterval(schedule)));
  return result;
}
const intervals = new Map<string, number | string>();

function minInterval(schedule: string): number | string {
  const parts = schedule.trim().split(/\s+/);
  if (parts.length !== 5)
    return `"${schedule}" must have 5 fields (minute hour day-of-month month day-of-week), like "0 2 * * *"`;
  const sets: Set<number>[] = [];
  for (let i = 0; i < 5; i++) {
    const s = cronField(parts[i], FIELDS[i]);
    if (typeof s === "string") return `"${schedule}": ${s}`;
    sets.push(s);
  }
  const [minutes, hours, doms, months, dows] = sets;
  const times = [...hours].flatMap((h) => [...minutes].map((m) => h * 60 + m)).sort((a, b) => a - b);
  // Standard cron: when both day fields are restricted, a day matching either one runs.
  const domAll = parts[2] === "*";
  const dowAll = parts[4] === "*";
  let best = Infinity;
  for (let i = 1; i < times.length; i++) best = Math.min(best, times[i] - times[i - 1]);
  let lastDay: number | undefined;
  const start = Date.UTC(2026, 0, 1);
  for (let d = 0; d < 4 * 366; d++) {
    const day = new Date(start + d * 86_400_000);
    const domOk = doms.has(day.getUTCDate());
    const dowOk = dows.has(day.getUTCDay());
    const runs =
      months.has(day.getUTCMonth() + 1) && (domAll && dowAll ? true : domAll ? dowOk : dowAll ? domOk : domOk || dowOk);
    if (!runs) continue;
    if (lastDay !== undefined) best = Math.min(best, (d - lastDay) * 1440 + times[0] - times[times.length - 1]);
    lastDay = d;
  }
  return lastDay === undefined ? `"${schedule}" never runs` : best;
}

export interface BackupPlanInput {
  readonly schedule: string;
  readonly retainDays: number;
  readonly deleteLockDays: number;
  readonly namespaces?: readonly string[];
}

const K8S_NAMESPACE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** What the Backup for GKE API would reject in a plan's schedule and retention. */
export function checkBackupPlan(b: BackupPlanInput, check: Check): void {
  const { retainDays: r, deleteLockDays: l } = BACKUP_LIMITS;
  check(
    Number.isInteger(b.retainDays) && b.retainDays >= r.min && b.retainDays <= r.max,
    "retainDays",
    `must be a whole number of days from ${r.min} to ${r.max}, got ${b.retainDays}`,
  );
  check(
    Number.isInteger(b.deleteLockDays) && b.deleteLockDays >= l.min && b.deleteLockDays <= l.max,
    "deleteLockDays",
    `must be a whole number of days from ${l.min} to ${l.max}, got ${b.deleteLockDays}`,
  );
  check(
    b.deleteLockDays <= b.retainDays,
    "deleteLockDays",
    `(${b.deleteLockDays}) must not exceed retainDays (${b.retainDays}): a backup cannot be deleted before its lock ends`,
  );
  const interval = cronMinInterval(b.schedule);
  check(typeof interval === "number", "schedule", typeof interval === "string" ? interval : "");
  if (typeof interval === "number") {
    const maxRetain = Math.floor((BACKUP_LIMITS.retainPerIntervalDay * interval) / 1440);
    check(
      b.retainDays <= maxRetain,
      "retainDays",
      `(${b.retainDays}) is more than 360 x the schedule's shortest interval (${interval} min), i.e. ${maxRetain} days; Backup for GKE rejects it: lower retainDays or run the schedule less often`,
    );
  }
  (b.namespaces ?? []).forEach((ns, i) =>
    check(K8S_NAMESPACE.test(ns), `namespaces[${i}]`, `"${ns}" is not a Kubernetes namespace name`),
  );
  check(
    b.namespaces === undefined || b.namespaces.length > 0,
    "namespaces",
    "must list at least one namespace, or be left out to back up all",
  );
}
