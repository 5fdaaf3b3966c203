import { NodePool, NodePoolProps } from "../../constructs/node-pool";
import { nodePoolSchema } from "../../lib/options/node-pool";
import { onlyResource, synthConstruct } from "../helpers";

const poolProps: NodePoolProps = {
  projectId: "acme-host-dev",
  clusterId: "projects/acme-host-dev/locations/europe-west1/clusters/gke-dev",
  location: "europe-west1",
  name: "general",
  serviceAccountEmail: "gke-nodes@acme-host-dev.iam.gserviceaccount.com",
};

describe("NodePool", () => {
  const pool = onlyResource(synthConstruct((s) => new NodePool(s, "p", poolProps)).json, "google_container_node_pool");

  it("hardens nodes: COS containerd, secure boot, integrity monitoring, GKE metadata server", () => {
    expect(pool.node_config).toMatchObject({
      image_type: "COS_CONTAINERD",
      service_account: poolProps.serviceAccountEmail,
      shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true },
      workload_metadata_config: { mode: "GKE_METADATA" },
      metadata: { "disable-legacy-endpoints": "true" },
      kubelet_config: { insecure_kubelet_readonly_port_enabled: "FALSE", cpu_cfs_quota: true },
    });
    expect(pool.node_config.boot_disk_kms_key).toBeUndefined();
  });

  it("sets the kubelet's CPU manager policy only when the pool's config names one, beside the hardened kubelet settings", () => {
    expect(pool.node_config.kubelet_config.cpu_manager_policy).toBeUndefined();
    const pinned = onlyResource(
      synthConstruct((s) => new NodePool(s, "p", { ...poolProps, cpuManagerPolicy: "static" })).json,
      "google_container_node_pool",
    );
    expect(pinned.node_config.kubelet_config).toEqual({
      insecure_kubelet_readonly_port_enabled: "FALSE",
      cpu_cfs_quota: true,
      cpu_manager_policy: "static",
    });
  });

  it("takes cpuManagerPolicy from a pool's config and refuses a value the provider does not know", () => {
    const config = { name: "p", machineType: "e2-standard-4" };
    expect(nodePoolSchema.parse({ ...config, cpuManagerPolicy: "static" }).cpuManagerPolicy).toBe("static");
    expect(nodePoolSchema.parse(config).cpuManagerPolicy).toBeUndefined();
    const refused = nodePoolSchema.safeParse({ ...config, cpuManagerPolicy: "exclusive" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ["cpuManagerPolicy"] });
  });

  it("encrypts boot disks with a customer-managed key when given one", () => {
    const key = "projects/acme-security/locations/europe-west1/keyRings/gke/cryptoKeys/boot";
    const cmek = onlyResource(
      synthConstruct((s) => new NodePool(s, "p", { ...poolProps, bootDiskKmsKey: key })).json,
      "google_container_node_pool",
    );
    expect(cmek.node_config.boot_disk_kms_key).toBe(key);
    expect(() => synthConstruct((s) => new NodePool(s, "p", { ...poolProps, bootDiskKmsKey: "my-key" }))).toThrow(
      /prop "bootDiskKmsKey" "my-key" must look like projects\//,
    );
  });

  it("autoscales and repairs and upgrades itself with surge upgrades by default", () => {
    expect(pool.autoscaling).toEqual({ min_node_count: 1, max_node_count: 3 });
    expect(pool.management).toEqual({ auto_repair: true, auto_upgrade: true });
    expect(pool.upgrade_settings).toEqual({ strategy: "SURGE", max_surge: 1, max_unavailable: 0 });
    // autoscaling and node_count conflict in the provider.
    expect(pool.node_count).toBeUndefined();
  });

  it("builds a tainted spot high-memory pool with blue-green upgrades", () => {
    const highmem = onlyResource(
      synthConstruct(
        (s) =>
          new NodePool(s, "p", {
            ...poolProps,
            name: "highmem",
            machineType: "n2-highmem-8",
            minNodes: 0,
            spot: true,
            taints: [{ key: "workload", value: "highmem", effect: "NO_SCHEDULE" }],
            upgrade: { strategy: "BLUE_GREEN" },
          }),
      ).json,
      "google_container_node_pool",
    );
    expect(highmem.node_config).toMatchObject({
      machine_type: "n2-highmem-8",
      spot: true,
      taint: [{ key: "workload", value: "highmem", effect: "NO_SCHEDULE" }],
    });
    expect(highmem.upgrade_settings).toEqual({
      strategy: "BLUE_GREEN",
      blue_green_settings: {
        standard_rollout_policy: { batch_percentage: 0.25, batch_soak_duration: "300s" },
        node_pool_soak_duration: "1800s",
      },
    });
  });

  it("rejects min above max and a stalled surge upgrade", () => {
    expect(() => synthConstruct((s) => new NodePool(s, "p", { ...poolProps, minNodes: 5, maxNodes: 2 }))).toThrow(
      /prop "minNodes" \(5\) must not exceed maxNodes \(2\)/,
    );
    expect(() =>
      synthConstruct(
        (s) => new NodePool(s, "p", { ...poolProps, upgrade: { strategy: "SURGE", maxSurge: 0, maxUnavailable: 0 } }),
      ),
    ).toThrow(/prop "upgrade" needs maxSurge or maxUnavailable above 0/);
  });
});
