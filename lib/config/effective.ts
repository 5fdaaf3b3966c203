import { EnvironmentConfig, MONITORING_COMPONENTS, PlatformConfig, ServiceConfig } from "./schema";
import { BudgetCurrency, BudgetThreshold } from "../gcp/billing";

/** The service's Redis tier in `env`: HA where production-like unless the service chose. */
export function redisTier(env: EnvironmentConfig, redis: NonNullable<ServiceConfig["redis"]>): "BASIC" | "STANDARD_HA" {
  return redis.tier ?? (env.productionLike ? "STANDARD_HA" : "BASIC");
}

/** The service's Cloud SQL availability in `env`: regional (HA) where production-like unless the service chose. */
export function sqlAvailability(env: EnvironmentConfig, sql: NonNullable<ServiceConfig["sql"]>): "REGIONAL" | "ZONAL" {
  return sql.availability ?? (env.productionLike ? "REGIONAL" : "ZONAL");
}

type Cluster = EnvironmentConfig["cluster"];
type Filled<T> = { readonly [K in keyof T]-?: NonNullable<T[K]> };

export interface Day2Settings {
  readonly backup: boolean;
  readonly observability: Filled<NonNullable<Cluster["observability"]>>;
  readonly securityPosture: Filled<Pick<NonNullable<Cluster["securityPosture"]>, "mode">>;
  /** Artifact Analysis scanning of the images in these projects' Artifact Registry repositories. */
  readonly imageScanning: { readonly enabled: boolean; readonly registryProjects: readonly string[] };
}

/**
 * Day-2 options with their environment-dependent defaults, decided here only: production-like
 * environments get backups, control-plane and kube-state metrics, Managed Prometheus and
 * image vulnerability scanning; others keep what developers need and skip what costs.
 */
export function day2Settings(env: EnvironmentConfig): Day2Settings {
  const prod = env.productionLike;
  const c = env.cluster;
  return {
    backup: c.backup?.enabled ?? prod,
    observability: {
      loggingComponents:
        c.observability?.loggingComponents ??
        (prod
          ? ["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "SCHEDULER", "CONTROLLER_MANAGER"]
          : ["SYSTEM_COMPONENTS", "WORKLOADS"]),
      monitoringComponents:
        c.observability?.monitoringComponents ?? (prod ? [...MONITORING_COMPONENTS] : ["SYSTEM_COMPONENTS"]),
      managedPrometheus: c.observability?.managedPrometheus ?? prod,
    },
    securityPosture: { mode: c.securityPosture?.mode ?? "BASIC" },
    imageScanning: {
      enabled: env.imageScanning?.enabled ?? prod,
      registryProjects: env.imageScanning?.registryProjects ?? [env.projectId],
    },
  };
}

export interface BudgetSettings {
  readonly amount: number;
  readonly currency: BudgetCurrency;
  readonly thresholds?: readonly BudgetThreshold[];
  readonly pubsubTopic?: string;
  readonly notificationChannels?: readonly string[];
}

/** The service's budget in `env`, or undefined when neither the service nor the environment sets one. */
export function serviceBudget(
  platform: PlatformConfig,
  env: EnvironmentConfig,
  service: ServiceConfig,
): BudgetSettings | undefined {
  if (service.budget === false) return undefined;
  const own = service.budget;
  const base = own ?? env.budget;
  if (!base) return undefined;
  return {
    amount: own?.environmentAmounts?.[env.name] ?? base.amount,
    // The Budget API takes only the billing account's currency, declared once in platform.yaml.
    currency: platform.billingCurrency,
    thresholds: own?.thresholds ?? env.budget?.thresholds,
    pubsubTopic: platform.budgetAlerts?.pubsubTopic,
    notificationChannels: platform.budgetAlerts?.notificationChannels,
  };
}
