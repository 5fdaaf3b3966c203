// GKE maintenance policy rules shared by the PrivateCluster construct and config validation.
import { Check, at } from "../check";
import { MaintenanceWindowProps, windowHoursPer32Days } from "./gke";

/**
 * What GKE accepts in a maintenance policy.
 * - Window: at least 48 h of maintenance availability in any 32-day rolling window, counting
 *   only contiguous windows of 4 h or more
 *   (https://cloud.google.com/kubernetes-engine/docs/how-to/maintenance-window).
 * - Exclusions: at most 20 (provider v6.50.0, resource_container_cluster.go,
 *   maintenance_policy.maintenance_exclusion MaxItems 20); exclusion names are the key of
 *   the API's map, so they must be unique.
 * - NO_UPGRADES exclusions last at most 30 days, at most 3 of them may be configured, and
 *   48 h of maintenance must stay available between them; NO_MINOR_UPGRADES and
 *   NO_MINOR_OR_NODE_UPGRADES may last until the end of support of the cluster's minor
 *   version, never longer: 14 months of standard support, 24 months on the EXTENDED channel
 *   (https://cloud.google.com/kubernetes-engine/docs/concepts/maintenance-windows-and-exclusions,
 *   https://cloud.google.com/kubernetes-engine/versioning#lifecycle).
 * - END_OF_SUPPORT as the end: provider 7.45.0 (resource_container_cluster.go) has
 *   exclusion_options.end_time_behavior = "UNTIL_END_OF_SUPPORT" with end_time optional; GKE
 *   then ends the exclusion at the end of support of the cluster's minor version, which only the
 *   minor scopes may reach (NO_UPGRADES lasts at most 30 days).
 */
export const MAINTENANCE_LIMITS = {
  minWindowHours: 4,
  minHoursPer32Days: 48,
  maxExclusions: 20,
  noUpgrades: { maxDays: 30, maxCount: 3, minGapHours: 48 },
  minorScopesMaxDays: { standard: 14 * 31, EXTENDED: 24 * 31 },
} as const;

export const EXCLUSION_SCOPES = ["NO_UPGRADES", "NO_MINOR_UPGRADES", "NO_MINOR_OR_NODE_UPGRADES"] as const;
export type ExclusionScope = (typeof EXCLUSION_SCOPES)[number];

export interface MaintenanceExclusionInput {
  readonly name: string;
  readonly startTime: string;
  readonly endTime: string;
  /** @default "NO_UPGRADES" */
  readonly scope?: ExclusionScope;
}

/** The `endTime` that lets a minor-scope exclusion run until the end of support of the cluster's minor version. */
export const END_OF_SUPPORT = "END_OF_SUPPORT";

export const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const HOUR = 3_600_000;

/** What GKE would reject in a recurring maintenance window. */
export function checkMaintenanceWindow(w: MaintenanceWindowProps, check: Check): void {
  const timesOk = RFC3339_UTC.test(w.startTime) && RFC3339_UTC.test(w.endTime);
  check(
    RFC3339_UTC.test(w.startTime),
    "startTime",
    `must be RFC 3339 UTC like 2026-01-03T01:00:00Z, got "${w.startTime}"`,
  );
  check(RFC3339_UTC.test(w.endTime), "endTime", `must be RFC 3339 UTC like 2026-01-03T05:00:00Z, got "${w.endTime}"`);
  const per32 = windowHoursPer32Days(w);
  check(
    per32 !== undefined,
    "recurrence",
    `"${w.recurrence}" is not understood; use FREQ=DAILY or FREQ=WEEKLY;BYDAY=TU,WE,TH`,
  );
  if (!timesOk) return;
  const hours = (Date.parse(w.endTime) - Date.parse(w.startTime)) / HOUR;
  check(hours > 0, "endTime", "must be after startTime");
  check(
    hours <= 0 || hours >= MAINTENANCE_LIMITS.minWindowHours,
    "",
    `is ${hours} h long; GKE counts only windows of at least 4 contiguous hours: lengthen it to 4 h or more`,
  );
  check(
    hours < MAINTENANCE_LIMITS.minWindowHours || per32 === undefined || per32 >= MAINTENANCE_LIMITS.minHoursPer32Days,
    "",
    `gives ${per32} h of maintenance per 32 days; GKE needs at least 48 h: lengthen the window or add days`,
  );
}

/** What GKE would reject in a cluster's maintenance exclusions. */
export function checkMaintenanceExclusions(
  list: readonly MaintenanceExclusionInput[],
  releaseChannel: string,
  check: Check,
): void {
  check(list.length <= MAINTENANCE_LIMITS.maxExclusions, "", `lists ${list.length} exclusions; GKE takes at most 20`);
  const minorMax =
    releaseChannel === "EXTENDED"
      ? MAINTENANCE_LIMITS.minorScopesMaxDays.EXTENDED
      : MAINTENANCE_LIMITS.minorScopesMaxDays.standard;
  const names = new Set<string>();
  list.forEach((e, i) => {
    const c = at(check, `[${i}]`);
    const scope = e.scope ?? "NO_UPGRADES";
    c(!names.has(e.name), "name", `"${e.name}" is used by another exclusion; names must be unique`);
    names.add(e.name);
    if (e.endTime === END_OF_SUPPORT) {
      c(RFC3339_UTC.test(e.startTime), "", "startTime and endTime must be RFC 3339 UTC like 2026-12-20T00:00:00Z");
      c(
        scope !== "NO_UPGRADES",
        "endTime",
        `${END_OF_SUPPORT} needs scope NO_MINOR_UPGRADES or NO_MINOR_OR_NODE_UPGRADES; a NO_UPGRADES exclusion lasts at most 30 days: give an end date`,
      );
      return;
    }
    const timesOk = RFC3339_UTC.test(e.startTime) && RFC3339_UTC.test(e.endTime);
    c(timesOk, "", "startTime and endTime must be RFC 3339 UTC like 2026-12-20T00:00:00Z");
    if (!timesOk) return;
    const days = (Date.parse(e.endTime) - Date.parse(e.startTime)) / (24 * HOUR);
    c(days > 0, "endTime", "must be after startTime");
    const max = scope === "NO_UPGRADES" ? MAINTENANCE_LIMITS.noUpgrades.maxDays : minorMax;
    c(
      days <= max,
      "endTime",
      scope === "NO_UPGRADES"
        ? `makes a ${Math.ceil(days)}-day NO_UPGRADES exclusion; GKE allows at most 30 days: shorten it, or use scope NO_MINOR_UPGRADES (security patches still land) for longer freezes`
        : `makes a ${Math.ceil(days)}-day ${scope} exclusion; GKE ends these at the end of support of the cluster's minor version, at most ${max} days away${releaseChannel === "EXTENDED" ? "" : " (longer on the EXTENDED channel)"}: shorten it`,
    );
  });
  const noUpgrades = list
    .map((e, i) => ({ ...e, i }))
    .filter(
      (e) =>
        (e.scope ?? "NO_UPGRADES") === "NO_UPGRADES" && RFC3339_UTC.test(e.startTime) && RFC3339_UTC.test(e.endTime),
    )
    .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  check(
    noUpgrades.length <= MAINTENANCE_LIMITS.noUpgrades.maxCount,
    "",
    `has ${noUpgrades.length} NO_UPGRADES exclusions; GKE allows at most 3: merge some or use NO_MINOR_UPGRADES`,
  );
  for (let k = 1; k < noUpgrades.length; k++) {
    const prev = noUpgrades[k - 1];
    const gap = (Date.parse(noUpgrades[k].startTime) - Date.parse(prev.endTime)) / HOUR;
    check(
      gap >= MAINTENANCE_LIMITS.noUpgrades.minGapHours,
      `[${noUpgrades[k].i}].startTime`,
      `starts ${gap < 0 ? "before" : `${gap} h after`} "${prev.name}" ends; NO_UPGRADES exclusions must leave at least 48 h for maintenance between them (GKE rejects chained freezes)`,
    );
  }
}
