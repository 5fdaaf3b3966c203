// GKE facts shared by the PrivateCluster construct and config validation.

export interface MaintenanceWindowProps {
  /** RFC 3339 start of the first window, e.g. "2026-01-03T01:00:00Z". */
  readonly startTime: string;
  /** RFC 3339 end of the first window; the window length repeats. */
  readonly endTime: string;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA,SU". */
  readonly recurrence: string;
}

/** Hours of maintenance availability in the worst 32-day span; GKE rejects windows under 48. */
export function windowHoursPer32Days(w: MaintenanceWindowProps): number | undefined {
  const hours = (Date.parse(w.endTime) - Date.parse(w.startTime)) / 3_600_000;
  if (/^FREQ=DAILY(;|$)/.test(w.recurrence)) return hours * 32;
  const days = /^FREQ=WEEKLY;BYDAY=([A-Z,]+)$/.exec(w.recurrence);
  return days ? hours * days[1].split(",").length * 4 : undefined;
}
export const KMS_KEY = /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]+\/keyRings\/[\w-]{1,63}\/cryptoKeys\/[\w-]{1,63}$/;
