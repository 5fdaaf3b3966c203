"use strict";
// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference = exports.ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference = exports.ContainerNodePoolNodeConfigGvnicOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorList = exports.ContainerNodePoolNodeConfigGuestAcceleratorOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference = exports.ContainerNodePoolNodeConfigGcfsConfigOutputReference = exports.ContainerNodePoolNodeConfigFastSocketOutputReference = exports.ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList = exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference = exports.ContainerNodePoolNodeConfigConfidentialNodesOutputReference = exports.ContainerNodePoolNodeConfigBootDiskOutputReference = exports.ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference = exports.ContainerNodePoolNodeConfigEffectiveTaintsList = exports.ContainerNodePoolNodeConfigEffectiveTaintsOutputReference = exports.ContainerNodePoolNetworkConfigOutputReference = exports.ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference = exports.ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference = exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList = exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference = exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList = exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference = exports.ContainerNodePoolManagementOutputReference = exports.ContainerNodePoolMaintenancePolicyList = exports.ContainerNodePoolMaintenancePolicyOutputReference = exports.ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList = exports.ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference = exports.ContainerNodePoolAutoscalingOutputReference = void 0;
exports.ContainerNodePool = exports.ContainerNodePoolUpgradeSettingsOutputReference = exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference = exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference = exports.ContainerNodePoolTimeoutsOutputReference = exports.ContainerNodePoolQueuedProvisioningOutputReference = exports.ContainerNodePoolPlacementPolicyOutputReference = exports.ContainerNodePoolNodeDrainConfigList = exports.ContainerNodePoolNodeDrainConfigOutputReference = exports.ContainerNodePoolNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference = exports.ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigTaintConfigOutputReference = exports.ContainerNodePoolNodeConfigTaintList = exports.ContainerNodePoolNodeConfigTaintOutputReference = exports.ContainerNodePoolNodeConfigSoleTenantConfigOutputReference = exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList = exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference = exports.ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference = exports.ContainerNodePoolNodeConfigSecondaryBootDisksList = exports.ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference = exports.ContainerNodePoolNodeConfigSandboxConfigOutputReference = exports.ContainerNodePoolNodeConfigReservationAffinityOutputReference = exports.ContainerNodePoolNodeConfigNodeImageConfigList = exports.ContainerNodePoolNodeConfigNodeImageConfigOutputReference = exports.ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference = void 0;
exports.containerNodePoolAutoscalingToTerraform = containerNodePoolAutoscalingToTerraform;
exports.containerNodePoolAutoscalingToHclTerraform = containerNodePoolAutoscalingToHclTerraform;
exports.containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToTerraform = containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToTerraform;
exports.containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToHclTerraform = containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToHclTerraform;
exports.containerNodePoolMaintenancePolicyToTerraform = containerNodePoolMaintenancePolicyToTerraform;
exports.containerNodePoolMaintenancePolicyToHclTerraform = containerNodePoolMaintenancePolicyToHclTerraform;
exports.containerNodePoolManagementToTerraform = containerNodePoolManagementToTerraform;
exports.containerNodePoolManagementToHclTerraform = containerNodePoolManagementToHclTerraform;
exports.containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToTerraform = containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToTerraform;
exports.containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToHclTerraform = containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToHclTerraform;
exports.containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToTerraform = containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToTerraform;
exports.containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToHclTerraform = containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToHclTerraform;
exports.containerNodePoolNetworkConfigNetworkPerformanceConfigToTerraform = containerNodePoolNetworkConfigNetworkPerformanceConfigToTerraform;
exports.containerNodePoolNetworkConfigNetworkPerformanceConfigToHclTerraform = containerNodePoolNetworkConfigNetworkPerformanceConfigToHclTerraform;
exports.containerNodePoolNetworkConfigPodCidrOverprovisionConfigToTerraform = containerNodePoolNetworkConfigPodCidrOverprovisionConfigToTerraform;
exports.containerNodePoolNetworkConfigPodCidrOverprovisionConfigToHclTerraform = containerNodePoolNetworkConfigPodCidrOverprovisionConfigToHclTerraform;
exports.containerNodePoolNetworkConfigToTerraform = containerNodePoolNetworkConfigToTerraform;
exports.containerNodePoolNetworkConfigToHclTerraform = containerNodePoolNetworkConfigToHclTerraform;
exports.containerNodePoolNodeConfigEffectiveTaintsToTerraform = containerNodePoolNodeConfigEffectiveTaintsToTerraform;
exports.containerNodePoolNodeConfigEffectiveTaintsToHclTerraform = containerNodePoolNodeConfigEffectiveTaintsToHclTerraform;
exports.containerNodePoolNodeConfigAdvancedMachineFeaturesToTerraform = containerNodePoolNodeConfigAdvancedMachineFeaturesToTerraform;
exports.containerNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform = containerNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform;
exports.containerNodePoolNodeConfigBootDiskToTerraform = containerNodePoolNodeConfigBootDiskToTerraform;
exports.containerNodePoolNodeConfigBootDiskToHclTerraform = containerNodePoolNodeConfigBootDiskToHclTerraform;
exports.containerNodePoolNodeConfigConfidentialNodesToTerraform = containerNodePoolNodeConfigConfidentialNodesToTerraform;
exports.containerNodePoolNodeConfigConfidentialNodesToHclTerraform = containerNodePoolNodeConfigConfidentialNodesToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToHclTerraform = containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsToTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigRegistryHostsToHclTerraform = containerNodePoolNodeConfigContainerdConfigRegistryHostsToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigWritableCgroupsToTerraform = containerNodePoolNodeConfigContainerdConfigWritableCgroupsToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigWritableCgroupsToHclTerraform = containerNodePoolNodeConfigContainerdConfigWritableCgroupsToHclTerraform;
exports.containerNodePoolNodeConfigContainerdConfigToTerraform = containerNodePoolNodeConfigContainerdConfigToTerraform;
exports.containerNodePoolNodeConfigContainerdConfigToHclTerraform = containerNodePoolNodeConfigContainerdConfigToHclTerraform;
exports.containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform = containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform;
exports.containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform = containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform;
exports.containerNodePoolNodeConfigFastSocketToTerraform = containerNodePoolNodeConfigFastSocketToTerraform;
exports.containerNodePoolNodeConfigFastSocketToHclTerraform = containerNodePoolNodeConfigFastSocketToHclTerraform;
exports.containerNodePoolNodeConfigGcfsConfigToTerraform = containerNodePoolNodeConfigGcfsConfigToTerraform;
exports.containerNodePoolNodeConfigGcfsConfigToHclTerraform = containerNodePoolNodeConfigGcfsConfigToHclTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToTerraform = containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToHclTerraform = containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToHclTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToTerraform = containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToHclTerraform = containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToHclTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorToTerraform = containerNodePoolNodeConfigGuestAcceleratorToTerraform;
exports.containerNodePoolNodeConfigGuestAcceleratorToHclTerraform = containerNodePoolNodeConfigGuestAcceleratorToHclTerraform;
exports.containerNodePoolNodeConfigGvnicToTerraform = containerNodePoolNodeConfigGvnicToTerraform;
exports.containerNodePoolNodeConfigGvnicToHclTerraform = containerNodePoolNodeConfigGvnicToHclTerraform;
exports.containerNodePoolNodeConfigHostMaintenancePolicyToTerraform = containerNodePoolNodeConfigHostMaintenancePolicyToTerraform;
exports.containerNodePoolNodeConfigHostMaintenancePolicyToHclTerraform = containerNodePoolNodeConfigHostMaintenancePolicyToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToTerraform = containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToHclTerraform = containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigMemoryManagerToTerraform = containerNodePoolNodeConfigKubeletConfigMemoryManagerToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigMemoryManagerToHclTerraform = containerNodePoolNodeConfigKubeletConfigMemoryManagerToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigTopologyManagerToTerraform = containerNodePoolNodeConfigKubeletConfigTopologyManagerToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigTopologyManagerToHclTerraform = containerNodePoolNodeConfigKubeletConfigTopologyManagerToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigToTerraform = containerNodePoolNodeConfigKubeletConfigToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigToHclTerraform = containerNodePoolNodeConfigKubeletConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToTerraform = containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToTerraform = containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToTerraform = containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform;
exports.containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform = containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform;
exports.containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform = containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform;
exports.containerNodePoolNodeConfigNodeImageConfigToTerraform = containerNodePoolNodeConfigNodeImageConfigToTerraform;
exports.containerNodePoolNodeConfigNodeImageConfigToHclTerraform = containerNodePoolNodeConfigNodeImageConfigToHclTerraform;
exports.containerNodePoolNodeConfigReservationAffinityToTerraform = containerNodePoolNodeConfigReservationAffinityToTerraform;
exports.containerNodePoolNodeConfigReservationAffinityToHclTerraform = containerNodePoolNodeConfigReservationAffinityToHclTerraform;
exports.containerNodePoolNodeConfigSandboxConfigToTerraform = containerNodePoolNodeConfigSandboxConfigToTerraform;
exports.containerNodePoolNodeConfigSandboxConfigToHclTerraform = containerNodePoolNodeConfigSandboxConfigToHclTerraform;
exports.containerNodePoolNodeConfigSecondaryBootDisksToTerraform = containerNodePoolNodeConfigSecondaryBootDisksToTerraform;
exports.containerNodePoolNodeConfigSecondaryBootDisksToHclTerraform = containerNodePoolNodeConfigSecondaryBootDisksToHclTerraform;
exports.containerNodePoolNodeConfigShieldedInstanceConfigToTerraform = containerNodePoolNodeConfigShieldedInstanceConfigToTerraform;
exports.containerNodePoolNodeConfigShieldedInstanceConfigToHclTerraform = containerNodePoolNodeConfigShieldedInstanceConfigToHclTerraform;
exports.containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform = containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform;
exports.containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform = containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform;
exports.containerNodePoolNodeConfigSoleTenantConfigToTerraform = containerNodePoolNodeConfigSoleTenantConfigToTerraform;
exports.containerNodePoolNodeConfigSoleTenantConfigToHclTerraform = containerNodePoolNodeConfigSoleTenantConfigToHclTerraform;
exports.containerNodePoolNodeConfigTaintToTerraform = containerNodePoolNodeConfigTaintToTerraform;
exports.containerNodePoolNodeConfigTaintToHclTerraform = containerNodePoolNodeConfigTaintToHclTerraform;
exports.containerNodePoolNodeConfigTaintConfigToTerraform = containerNodePoolNodeConfigTaintConfigToTerraform;
exports.containerNodePoolNodeConfigTaintConfigToHclTerraform = containerNodePoolNodeConfigTaintConfigToHclTerraform;
exports.containerNodePoolNodeConfigWindowsNodeConfigToTerraform = containerNodePoolNodeConfigWindowsNodeConfigToTerraform;
exports.containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform = containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform;
exports.containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform = containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform;
exports.containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform = containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform;
exports.containerNodePoolNodeConfigToTerraform = containerNodePoolNodeConfigToTerraform;
exports.containerNodePoolNodeConfigToHclTerraform = containerNodePoolNodeConfigToHclTerraform;
exports.containerNodePoolNodeDrainConfigToTerraform = containerNodePoolNodeDrainConfigToTerraform;
exports.containerNodePoolNodeDrainConfigToHclTerraform = containerNodePoolNodeDrainConfigToHclTerraform;
exports.containerNodePoolPlacementPolicyToTerraform = containerNodePoolPlacementPolicyToTerraform;
exports.containerNodePoolPlacementPolicyToHclTerraform = containerNodePoolPlacementPolicyToHclTerraform;
exports.containerNodePoolQueuedProvisioningToTerraform = containerNodePoolQueuedProvisioningToTerraform;
exports.containerNodePoolQueuedProvisioningToHclTerraform = containerNodePoolQueuedProvisioningToHclTerraform;
exports.containerNodePoolTimeoutsToTerraform = containerNodePoolTimeoutsToTerraform;
exports.containerNodePoolTimeoutsToHclTerraform = containerNodePoolTimeoutsToHclTerraform;
exports.containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform = containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform;
exports.containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform = containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform;
exports.containerNodePoolUpgradeSettingsBlueGreenSettingsToTerraform = containerNodePoolUpgradeSettingsBlueGreenSettingsToTerraform;
exports.containerNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform = containerNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform;
exports.containerNodePoolUpgradeSettingsToTerraform = containerNodePoolUpgradeSettingsToTerraform;
exports.containerNodePoolUpgradeSettingsToHclTerraform = containerNodePoolUpgradeSettingsToHclTerraform;
const cdktf = require("cdktf");
function containerNodePoolAutoscalingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        location_policy: cdktf.stringToTerraform(struct.locationPolicy),
        max_node_count: cdktf.numberToTerraform(struct.maxNodeCount),
        min_node_count: cdktf.numberToTerraform(struct.minNodeCount),
        total_max_node_count: cdktf.numberToTerraform(struct.totalMaxNodeCount),
        total_min_node_count: cdktf.numberToTerraform(struct.totalMinNodeCount),
    };
}
function containerNodePoolAutoscalingToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        location_policy: {
            value: cdktf.stringToHclTerraform(struct.locationPolicy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        max_node_count: {
            value: cdktf.numberToHclTerraform(struct.maxNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        min_node_count: {
            value: cdktf.numberToHclTerraform(struct.minNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        total_max_node_count: {
            value: cdktf.numberToHclTerraform(struct.totalMaxNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        total_min_node_count: {
            value: cdktf.numberToHclTerraform(struct.totalMinNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolAutoscalingOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._locationPolicy !== undefined) {
            hasAnyValues = true;
            internalValueResult.locationPolicy = this._locationPolicy;
        }
        if (this._maxNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxNodeCount = this._maxNodeCount;
        }
        if (this._minNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.minNodeCount = this._minNodeCount;
        }
        if (this._totalMaxNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.totalMaxNodeCount = this._totalMaxNodeCount;
        }
        if (this._totalMinNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.totalMinNodeCount = this._totalMinNodeCount;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._locationPolicy = undefined;
            this._maxNodeCount = undefined;
            this._minNodeCount = undefined;
            this._totalMaxNodeCount = undefined;
            this._totalMinNodeCount = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._locationPolicy = value.locationPolicy;
            this._maxNodeCount = value.maxNodeCount;
            this._minNodeCount = value.minNodeCount;
            this._totalMaxNodeCount = value.totalMaxNodeCount;
            this._totalMinNodeCount = value.totalMinNodeCount;
        }
    }
    get locationPolicy() {
        return this.getStringAttribute('location_policy');
    }
    set locationPolicy(value) {
        this._locationPolicy = value;
    }
    resetLocationPolicy() {
        this._locationPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get locationPolicyInput() {
        return this._locationPolicy;
    }
    get maxNodeCount() {
        return this.getNumberAttribute('max_node_count');
    }
    set maxNodeCount(value) {
        this._maxNodeCount = value;
    }
    resetMaxNodeCount() {
        this._maxNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxNodeCountInput() {
        return this._maxNodeCount;
    }
    get minNodeCount() {
        return this.getNumberAttribute('min_node_count');
    }
    set minNodeCount(value) {
        this._minNodeCount = value;
    }
    resetMinNodeCount() {
        this._minNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minNodeCountInput() {
        return this._minNodeCount;
    }
    get totalMaxNodeCount() {
        return this.getNumberAttribute('total_max_node_count');
    }
    set totalMaxNodeCount(value) {
        this._totalMaxNodeCount = value;
    }
    resetTotalMaxNodeCount() {
        this._totalMaxNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get totalMaxNodeCountInput() {
        return this._totalMaxNodeCount;
    }
    get totalMinNodeCount() {
        return this.getNumberAttribute('total_min_node_count');
    }
    set totalMinNodeCount(value) {
        this._totalMinNodeCount = value;
    }
    resetTotalMinNodeCount() {
        this._totalMinNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get totalMinNodeCountInput() {
        return this._totalMinNodeCount;
    }
}
exports.ContainerNodePoolAutoscalingOutputReference = ContainerNodePoolAutoscalingOutputReference;
function containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._enabled = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // end_time - computed: true, optional: false, required: false
    get endTime() {
        return this.getStringAttribute('end_time');
    }
    // start_time - computed: true, optional: false, required: false
    get startTime() {
        return this.getStringAttribute('start_time');
    }
}
exports.ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference = ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference;
class ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList = ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList;
function containerNodePoolMaintenancePolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        exclusion_until_end_of_support: cdktf.listMapper(containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToTerraform, true)(struct.exclusionUntilEndOfSupport),
    };
}
function containerNodePoolMaintenancePolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        exclusion_until_end_of_support: {
            value: cdktf.listMapperHcl(containerNodePoolMaintenancePolicyExclusionUntilEndOfSupportToHclTerraform, true)(struct.exclusionUntilEndOfSupport),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolMaintenancePolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // exclusion_until_end_of_support - computed: false, optional: true, required: false
        this._exclusionUntilEndOfSupport = new ContainerNodePoolMaintenancePolicyExclusionUntilEndOfSupportList(this, "exclusion_until_end_of_support", false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._exclusionUntilEndOfSupport?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.exclusionUntilEndOfSupport = this._exclusionUntilEndOfSupport?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._exclusionUntilEndOfSupport.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._exclusionUntilEndOfSupport.internalValue = value.exclusionUntilEndOfSupport;
        }
    }
    get exclusionUntilEndOfSupport() {
        return this._exclusionUntilEndOfSupport;
    }
    putExclusionUntilEndOfSupport(value) {
        this._exclusionUntilEndOfSupport.internalValue = value;
    }
    resetExclusionUntilEndOfSupport() {
        this._exclusionUntilEndOfSupport.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exclusionUntilEndOfSupportInput() {
        return this._exclusionUntilEndOfSupport.internalValue;
    }
}
exports.ContainerNodePoolMaintenancePolicyOutputReference = ContainerNodePoolMaintenancePolicyOutputReference;
class ContainerNodePoolMaintenancePolicyList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolMaintenancePolicyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolMaintenancePolicyList = ContainerNodePoolMaintenancePolicyList;
function containerNodePoolManagementToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        auto_repair: cdktf.booleanToTerraform(struct.autoRepair),
        auto_upgrade: cdktf.booleanToTerraform(struct.autoUpgrade),
    };
}
function containerNodePoolManagementToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        auto_repair: {
            value: cdktf.booleanToHclTerraform(struct.autoRepair),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        auto_upgrade: {
            value: cdktf.booleanToHclTerraform(struct.autoUpgrade),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolManagementOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._autoRepair !== undefined) {
            hasAnyValues = true;
            internalValueResult.autoRepair = this._autoRepair;
        }
        if (this._autoUpgrade !== undefined) {
            hasAnyValues = true;
            internalValueResult.autoUpgrade = this._autoUpgrade;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._autoRepair = undefined;
            this._autoUpgrade = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._autoRepair = value.autoRepair;
            this._autoUpgrade = value.autoUpgrade;
        }
    }
    get autoRepair() {
        return this.getBooleanAttribute('auto_repair');
    }
    set autoRepair(value) {
        this._autoRepair = value;
    }
    resetAutoRepair() {
        this._autoRepair = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoRepairInput() {
        return this._autoRepair;
    }
    get autoUpgrade() {
        return this.getBooleanAttribute('auto_upgrade');
    }
    set autoUpgrade(value) {
        this._autoUpgrade = value;
    }
    resetAutoUpgrade() {
        this._autoUpgrade = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoUpgradeInput() {
        return this._autoUpgrade;
    }
}
exports.ContainerNodePoolManagementOutputReference = ContainerNodePoolManagementOutputReference;
function containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        network: cdktf.stringToTerraform(struct.network),
        subnetwork: cdktf.stringToTerraform(struct.subnetwork),
    };
}
function containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        network: {
            value: cdktf.stringToHclTerraform(struct.network),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subnetwork: {
            value: cdktf.stringToHclTerraform(struct.subnetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._network !== undefined) {
            hasAnyValues = true;
            internalValueResult.network = this._network;
        }
        if (this._subnetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetwork = this._subnetwork;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._network = undefined;
            this._subnetwork = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._network = value.network;
            this._subnetwork = value.subnetwork;
        }
    }
    get network() {
        return this.getStringAttribute('network');
    }
    set network(value) {
        this._network = value;
    }
    resetNetwork() {
        this._network = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network;
    }
    get subnetwork() {
        return this.getStringAttribute('subnetwork');
    }
    set subnetwork(value) {
        this._subnetwork = value;
    }
    resetSubnetwork() {
        this._subnetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetworkInput() {
        return this._subnetwork;
    }
}
exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference = ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference;
class ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList = ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList;
function containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_pods_per_node: cdktf.numberToTerraform(struct.maxPodsPerNode),
        secondary_pod_range: cdktf.stringToTerraform(struct.secondaryPodRange),
        subnetwork: cdktf.stringToTerraform(struct.subnetwork),
    };
}
function containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_pods_per_node: {
            value: cdktf.numberToHclTerraform(struct.maxPodsPerNode),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        secondary_pod_range: {
            value: cdktf.stringToHclTerraform(struct.secondaryPodRange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subnetwork: {
            value: cdktf.stringToHclTerraform(struct.subnetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maxPodsPerNode !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxPodsPerNode = this._maxPodsPerNode;
        }
        if (this._secondaryPodRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.secondaryPodRange = this._secondaryPodRange;
        }
        if (this._subnetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetwork = this._subnetwork;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._maxPodsPerNode = undefined;
            this._secondaryPodRange = undefined;
            this._subnetwork = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._maxPodsPerNode = value.maxPodsPerNode;
            this._secondaryPodRange = value.secondaryPodRange;
            this._subnetwork = value.subnetwork;
        }
    }
    get maxPodsPerNode() {
        return this.getNumberAttribute('max_pods_per_node');
    }
    set maxPodsPerNode(value) {
        this._maxPodsPerNode = value;
    }
    resetMaxPodsPerNode() {
        this._maxPodsPerNode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxPodsPerNodeInput() {
        return this._maxPodsPerNode;
    }
    get secondaryPodRange() {
        return this.getStringAttribute('secondary_pod_range');
    }
    set secondaryPodRange(value) {
        this._secondaryPodRange = value;
    }
    resetSecondaryPodRange() {
        this._secondaryPodRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secondaryPodRangeInput() {
        return this._secondaryPodRange;
    }
    get subnetwork() {
        return this.getStringAttribute('subnetwork');
    }
    set subnetwork(value) {
        this._subnetwork = value;
    }
    resetSubnetwork() {
        this._subnetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetworkInput() {
        return this._subnetwork;
    }
}
exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference = ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference;
class ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList = ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList;
function containerNodePoolNetworkConfigNetworkPerformanceConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        total_egress_bandwidth_tier: cdktf.stringToTerraform(struct.totalEgressBandwidthTier),
    };
}
function containerNodePoolNetworkConfigNetworkPerformanceConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        total_egress_bandwidth_tier: {
            value: cdktf.stringToHclTerraform(struct.totalEgressBandwidthTier),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._totalEgressBandwidthTier !== undefined) {
            hasAnyValues = true;
            internalValueResult.totalEgressBandwidthTier = this._totalEgressBandwidthTier;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._totalEgressBandwidthTier = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._totalEgressBandwidthTier = value.totalEgressBandwidthTier;
        }
    }
    get totalEgressBandwidthTier() {
        return this.getStringAttribute('total_egress_bandwidth_tier');
    }
    set totalEgressBandwidthTier(value) {
        this._totalEgressBandwidthTier = value;
    }
    // Temporarily expose input value. Use with caution.
    get totalEgressBandwidthTierInput() {
        return this._totalEgressBandwidthTier;
    }
}
exports.ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference = ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference;
function containerNodePoolNetworkConfigPodCidrOverprovisionConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disabled: cdktf.booleanToTerraform(struct.disabled),
    };
}
function containerNodePoolNetworkConfigPodCidrOverprovisionConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disabled: {
            value: cdktf.booleanToHclTerraform(struct.disabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._disabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.disabled = this._disabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._disabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._disabled = value.disabled;
        }
    }
    get disabled() {
        return this.getBooleanAttribute('disabled');
    }
    set disabled(value) {
        this._disabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get disabledInput() {
        return this._disabled;
    }
}
exports.ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference = ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference;
function containerNodePoolNetworkConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        accelerator_network_profile: cdktf.stringToTerraform(struct.acceleratorNetworkProfile),
        create_pod_range: cdktf.booleanToTerraform(struct.createPodRange),
        enable_private_nodes: cdktf.booleanToTerraform(struct.enablePrivateNodes),
        pod_ipv4_cidr_block: cdktf.stringToTerraform(struct.podIpv4CidrBlock),
        pod_range: cdktf.stringToTerraform(struct.podRange),
        subnetwork: cdktf.stringToTerraform(struct.subnetwork),
        additional_node_network_configs: cdktf.listMapper(containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToTerraform, true)(struct.additionalNodeNetworkConfigs),
        additional_pod_network_configs: cdktf.listMapper(containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToTerraform, true)(struct.additionalPodNetworkConfigs),
        network_performance_config: containerNodePoolNetworkConfigNetworkPerformanceConfigToTerraform(struct.networkPerformanceConfig),
        pod_cidr_overprovision_config: containerNodePoolNetworkConfigPodCidrOverprovisionConfigToTerraform(struct.podCidrOverprovisionConfig),
    };
}
function containerNodePoolNetworkConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        accelerator_network_profile: {
            value: cdktf.stringToHclTerraform(struct.acceleratorNetworkProfile),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        create_pod_range: {
            value: cdktf.booleanToHclTerraform(struct.createPodRange),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_private_nodes: {
            value: cdktf.booleanToHclTerraform(struct.enablePrivateNodes),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        pod_ipv4_cidr_block: {
            value: cdktf.stringToHclTerraform(struct.podIpv4CidrBlock),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pod_range: {
            value: cdktf.stringToHclTerraform(struct.podRange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        subnetwork: {
            value: cdktf.stringToHclTerraform(struct.subnetwork),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        additional_node_network_configs: {
            value: cdktf.listMapperHcl(containerNodePoolNetworkConfigAdditionalNodeNetworkConfigsToHclTerraform, true)(struct.additionalNodeNetworkConfigs),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList",
        },
        additional_pod_network_configs: {
            value: cdktf.listMapperHcl(containerNodePoolNetworkConfigAdditionalPodNetworkConfigsToHclTerraform, true)(struct.additionalPodNetworkConfigs),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList",
        },
        network_performance_config: {
            value: containerNodePoolNetworkConfigNetworkPerformanceConfigToHclTerraform(struct.networkPerformanceConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNetworkConfigNetworkPerformanceConfigList",
        },
        pod_cidr_overprovision_config: {
            value: containerNodePoolNetworkConfigPodCidrOverprovisionConfigToHclTerraform(struct.podCidrOverprovisionConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNetworkConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // additional_node_network_configs - computed: false, optional: true, required: false
        this._additionalNodeNetworkConfigs = new ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList(this, "additional_node_network_configs", false);
        // additional_pod_network_configs - computed: false, optional: true, required: false
        this._additionalPodNetworkConfigs = new ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList(this, "additional_pod_network_configs", false);
        // network_performance_config - computed: false, optional: true, required: false
        this._networkPerformanceConfig = new ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference(this, "network_performance_config");
        // pod_cidr_overprovision_config - computed: false, optional: true, required: false
        this._podCidrOverprovisionConfig = new ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference(this, "pod_cidr_overprovision_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._acceleratorNetworkProfile !== undefined) {
            hasAnyValues = true;
            internalValueResult.acceleratorNetworkProfile = this._acceleratorNetworkProfile;
        }
        if (this._createPodRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.createPodRange = this._createPodRange;
        }
        if (this._enablePrivateNodes !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePrivateNodes = this._enablePrivateNodes;
        }
        if (this._podIpv4CidrBlock !== undefined) {
            hasAnyValues = true;
            internalValueResult.podIpv4CidrBlock = this._podIpv4CidrBlock;
        }
        if (this._podRange !== undefined) {
            hasAnyValues = true;
            internalValueResult.podRange = this._podRange;
        }
        if (this._subnetwork !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetwork = this._subnetwork;
        }
        if (this._additionalNodeNetworkConfigs?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.additionalNodeNetworkConfigs = this._additionalNodeNetworkConfigs?.internalValue;
        }
        if (this._additionalPodNetworkConfigs?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.additionalPodNetworkConfigs = this._additionalPodNetworkConfigs?.internalValue;
        }
        if (this._networkPerformanceConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkPerformanceConfig = this._networkPerformanceConfig?.internalValue;
        }
        if (this._podCidrOverprovisionConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.podCidrOverprovisionConfig = this._podCidrOverprovisionConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._acceleratorNetworkProfile = undefined;
            this._createPodRange = undefined;
            this._enablePrivateNodes = undefined;
            this._podIpv4CidrBlock = undefined;
            this._podRange = undefined;
            this._subnetwork = undefined;
            this._additionalNodeNetworkConfigs.internalValue = undefined;
            this._additionalPodNetworkConfigs.internalValue = undefined;
            this._networkPerformanceConfig.internalValue = undefined;
            this._podCidrOverprovisionConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._acceleratorNetworkProfile = value.acceleratorNetworkProfile;
            this._createPodRange = value.createPodRange;
            this._enablePrivateNodes = value.enablePrivateNodes;
            this._podIpv4CidrBlock = value.podIpv4CidrBlock;
            this._podRange = value.podRange;
            this._subnetwork = value.subnetwork;
            this._additionalNodeNetworkConfigs.internalValue = value.additionalNodeNetworkConfigs;
            this._additionalPodNetworkConfigs.internalValue = value.additionalPodNetworkConfigs;
            this._networkPerformanceConfig.internalValue = value.networkPerformanceConfig;
            this._podCidrOverprovisionConfig.internalValue = value.podCidrOverprovisionConfig;
        }
    }
    get acceleratorNetworkProfile() {
        return this.getStringAttribute('accelerator_network_profile');
    }
    set acceleratorNetworkProfile(value) {
        this._acceleratorNetworkProfile = value;
    }
    resetAcceleratorNetworkProfile() {
        this._acceleratorNetworkProfile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get acceleratorNetworkProfileInput() {
        return this._acceleratorNetworkProfile;
    }
    get createPodRange() {
        return this.getBooleanAttribute('create_pod_range');
    }
    set createPodRange(value) {
        this._createPodRange = value;
    }
    resetCreatePodRange() {
        this._createPodRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createPodRangeInput() {
        return this._createPodRange;
    }
    get enablePrivateNodes() {
        return this.getBooleanAttribute('enable_private_nodes');
    }
    set enablePrivateNodes(value) {
        this._enablePrivateNodes = value;
    }
    resetEnablePrivateNodes() {
        this._enablePrivateNodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enablePrivateNodesInput() {
        return this._enablePrivateNodes;
    }
    get podIpv4CidrBlock() {
        return this.getStringAttribute('pod_ipv4_cidr_block');
    }
    set podIpv4CidrBlock(value) {
        this._podIpv4CidrBlock = value;
    }
    resetPodIpv4CidrBlock() {
        this._podIpv4CidrBlock = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get podIpv4CidrBlockInput() {
        return this._podIpv4CidrBlock;
    }
    get podRange() {
        return this.getStringAttribute('pod_range');
    }
    set podRange(value) {
        this._podRange = value;
    }
    resetPodRange() {
        this._podRange = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get podRangeInput() {
        return this._podRange;
    }
    get subnetwork() {
        return this.getStringAttribute('subnetwork');
    }
    set subnetwork(value) {
        this._subnetwork = value;
    }
    resetSubnetwork() {
        this._subnetwork = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subnetworkInput() {
        return this._subnetwork;
    }
    get additionalNodeNetworkConfigs() {
        return this._additionalNodeNetworkConfigs;
    }
    putAdditionalNodeNetworkConfigs(value) {
        this._additionalNodeNetworkConfigs.internalValue = value;
    }
    resetAdditionalNodeNetworkConfigs() {
        this._additionalNodeNetworkConfigs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get additionalNodeNetworkConfigsInput() {
        return this._additionalNodeNetworkConfigs.internalValue;
    }
    get additionalPodNetworkConfigs() {
        return this._additionalPodNetworkConfigs;
    }
    putAdditionalPodNetworkConfigs(value) {
        this._additionalPodNetworkConfigs.internalValue = value;
    }
    resetAdditionalPodNetworkConfigs() {
        this._additionalPodNetworkConfigs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get additionalPodNetworkConfigsInput() {
        return this._additionalPodNetworkConfigs.internalValue;
    }
    get networkPerformanceConfig() {
        return this._networkPerformanceConfig;
    }
    putNetworkPerformanceConfig(value) {
        this._networkPerformanceConfig.internalValue = value;
    }
    resetNetworkPerformanceConfig() {
        this._networkPerformanceConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkPerformanceConfigInput() {
        return this._networkPerformanceConfig.internalValue;
    }
    get podCidrOverprovisionConfig() {
        return this._podCidrOverprovisionConfig;
    }
    putPodCidrOverprovisionConfig(value) {
        this._podCidrOverprovisionConfig.internalValue = value;
    }
    resetPodCidrOverprovisionConfig() {
        this._podCidrOverprovisionConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get podCidrOverprovisionConfigInput() {
        return this._podCidrOverprovisionConfig.internalValue;
    }
}
exports.ContainerNodePoolNetworkConfigOutputReference = ContainerNodePoolNetworkConfigOutputReference;
function containerNodePoolNodeConfigEffectiveTaintsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function containerNodePoolNodeConfigEffectiveTaintsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class ContainerNodePoolNodeConfigEffectiveTaintsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // effect - computed: true, optional: false, required: false
    get effect() {
        return this.getStringAttribute('effect');
    }
    // key - computed: true, optional: false, required: false
    get key() {
        return this.getStringAttribute('key');
    }
    // value - computed: true, optional: false, required: false
    get value() {
        return this.getStringAttribute('value');
    }
}
exports.ContainerNodePoolNodeConfigEffectiveTaintsOutputReference = ContainerNodePoolNodeConfigEffectiveTaintsOutputReference;
class ContainerNodePoolNodeConfigEffectiveTaintsList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigEffectiveTaintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigEffectiveTaintsList = ContainerNodePoolNodeConfigEffectiveTaintsList;
function containerNodePoolNodeConfigAdvancedMachineFeaturesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_nested_virtualization: cdktf.booleanToTerraform(struct.enableNestedVirtualization),
        performance_monitoring_unit: cdktf.stringToTerraform(struct.performanceMonitoringUnit),
        threads_per_core: cdktf.numberToTerraform(struct.threadsPerCore),
    };
}
function containerNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_nested_virtualization: {
            value: cdktf.booleanToHclTerraform(struct.enableNestedVirtualization),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        performance_monitoring_unit: {
            value: cdktf.stringToHclTerraform(struct.performanceMonitoringUnit),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        threads_per_core: {
            value: cdktf.numberToHclTerraform(struct.threadsPerCore),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enableNestedVirtualization !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableNestedVirtualization = this._enableNestedVirtualization;
        }
        if (this._performanceMonitoringUnit !== undefined) {
            hasAnyValues = true;
            internalValueResult.performanceMonitoringUnit = this._performanceMonitoringUnit;
        }
        if (this._threadsPerCore !== undefined) {
            hasAnyValues = true;
            internalValueResult.threadsPerCore = this._threadsPerCore;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enableNestedVirtualization = undefined;
            this._performanceMonitoringUnit = undefined;
            this._threadsPerCore = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enableNestedVirtualization = value.enableNestedVirtualization;
            this._performanceMonitoringUnit = value.performanceMonitoringUnit;
            this._threadsPerCore = value.threadsPerCore;
        }
    }
    get enableNestedVirtualization() {
        return this.getBooleanAttribute('enable_nested_virtualization');
    }
    set enableNestedVirtualization(value) {
        this._enableNestedVirtualization = value;
    }
    resetEnableNestedVirtualization() {
        this._enableNestedVirtualization = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableNestedVirtualizationInput() {
        return this._enableNestedVirtualization;
    }
    get performanceMonitoringUnit() {
        return this.getStringAttribute('performance_monitoring_unit');
    }
    set performanceMonitoringUnit(value) {
        this._performanceMonitoringUnit = value;
    }
    resetPerformanceMonitoringUnit() {
        this._performanceMonitoringUnit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get performanceMonitoringUnitInput() {
        return this._performanceMonitoringUnit;
    }
    get threadsPerCore() {
        return this.getNumberAttribute('threads_per_core');
    }
    set threadsPerCore(value) {
        this._threadsPerCore = value;
    }
    // Temporarily expose input value. Use with caution.
    get threadsPerCoreInput() {
        return this._threadsPerCore;
    }
}
exports.ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference = ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference;
function containerNodePoolNodeConfigBootDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disk_type: cdktf.stringToTerraform(struct.diskType),
        provisioned_iops: cdktf.numberToTerraform(struct.provisionedIops),
        provisioned_throughput: cdktf.numberToTerraform(struct.provisionedThroughput),
        size_gb: cdktf.numberToTerraform(struct.sizeGb),
    };
}
function containerNodePoolNodeConfigBootDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disk_type: {
            value: cdktf.stringToHclTerraform(struct.diskType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        provisioned_iops: {
            value: cdktf.numberToHclTerraform(struct.provisionedIops),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        provisioned_throughput: {
            value: cdktf.numberToHclTerraform(struct.provisionedThroughput),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        size_gb: {
            value: cdktf.numberToHclTerraform(struct.sizeGb),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigBootDiskOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._diskType !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskType = this._diskType;
        }
        if (this._provisionedIops !== undefined) {
            hasAnyValues = true;
            internalValueResult.provisionedIops = this._provisionedIops;
        }
        if (this._provisionedThroughput !== undefined) {
            hasAnyValues = true;
            internalValueResult.provisionedThroughput = this._provisionedThroughput;
        }
        if (this._sizeGb !== undefined) {
            hasAnyValues = true;
            internalValueResult.sizeGb = this._sizeGb;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._diskType = undefined;
            this._provisionedIops = undefined;
            this._provisionedThroughput = undefined;
            this._sizeGb = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._diskType = value.diskType;
            this._provisionedIops = value.provisionedIops;
            this._provisionedThroughput = value.provisionedThroughput;
            this._sizeGb = value.sizeGb;
        }
    }
    get diskType() {
        return this.getStringAttribute('disk_type');
    }
    set diskType(value) {
        this._diskType = value;
    }
    resetDiskType() {
        this._diskType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskTypeInput() {
        return this._diskType;
    }
    get provisionedIops() {
        return this.getNumberAttribute('provisioned_iops');
    }
    set provisionedIops(value) {
        this._provisionedIops = value;
    }
    resetProvisionedIops() {
        this._provisionedIops = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get provisionedIopsInput() {
        return this._provisionedIops;
    }
    get provisionedThroughput() {
        return this.getNumberAttribute('provisioned_throughput');
    }
    set provisionedThroughput(value) {
        this._provisionedThroughput = value;
    }
    resetProvisionedThroughput() {
        this._provisionedThroughput = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get provisionedThroughputInput() {
        return this._provisionedThroughput;
    }
    get sizeGb() {
        return this.getNumberAttribute('size_gb');
    }
    set sizeGb(value) {
        this._sizeGb = value;
    }
    resetSizeGb() {
        this._sizeGb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeGbInput() {
        return this._sizeGb;
    }
}
exports.ContainerNodePoolNodeConfigBootDiskOutputReference = ContainerNodePoolNodeConfigBootDiskOutputReference;
function containerNodePoolNodeConfigConfidentialNodesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        confidential_instance_type: cdktf.stringToTerraform(struct.confidentialInstanceType),
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolNodeConfigConfidentialNodesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        confidential_instance_type: {
            value: cdktf.stringToHclTerraform(struct.confidentialInstanceType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigConfidentialNodesOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._confidentialInstanceType !== undefined) {
            hasAnyValues = true;
            internalValueResult.confidentialInstanceType = this._confidentialInstanceType;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._confidentialInstanceType = undefined;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._confidentialInstanceType = value.confidentialInstanceType;
            this._enabled = value.enabled;
        }
    }
    get confidentialInstanceType() {
        return this.getStringAttribute('confidential_instance_type');
    }
    set confidentialInstanceType(value) {
        this._confidentialInstanceType = value;
    }
    resetConfidentialInstanceType() {
        this._confidentialInstanceType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get confidentialInstanceTypeInput() {
        return this._confidentialInstanceType;
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolNodeConfigConfidentialNodesOutputReference = ContainerNodePoolNodeConfigConfidentialNodesOutputReference;
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        secret_uri: cdktf.stringToTerraform(struct.secretUri),
    };
}
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        secret_uri: {
            value: cdktf.stringToHclTerraform(struct.secretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._secretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.secretUri = this._secretUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._secretUri = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._secretUri = value.secretUri;
        }
    }
    get secretUri() {
        return this.getStringAttribute('secret_uri');
    }
    set secretUri(value) {
        this._secretUri = value;
    }
    // Temporarily expose input value. Use with caution.
    get secretUriInput() {
        return this._secretUri;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference = ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference;
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        fqdns: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.fqdns),
        gcp_secret_manager_certificate_config: containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToTerraform(struct.gcpSecretManagerCertificateConfig),
    };
}
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        fqdns: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.fqdns),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        gcp_secret_manager_certificate_config: {
            value: containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigToHclTerraform(struct.gcpSecretManagerCertificateConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // gcp_secret_manager_certificate_config - computed: false, optional: false, required: true
        this._gcpSecretManagerCertificateConfig = new ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference(this, "gcp_secret_manager_certificate_config");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._fqdns !== undefined) {
            hasAnyValues = true;
            internalValueResult.fqdns = this._fqdns;
        }
        if (this._gcpSecretManagerCertificateConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerCertificateConfig = this._gcpSecretManagerCertificateConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._fqdns = undefined;
            this._gcpSecretManagerCertificateConfig.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._fqdns = value.fqdns;
            this._gcpSecretManagerCertificateConfig.internalValue = value.gcpSecretManagerCertificateConfig;
        }
    }
    get fqdns() {
        return this.getListAttribute('fqdns');
    }
    set fqdns(value) {
        this._fqdns = value;
    }
    // Temporarily expose input value. Use with caution.
    get fqdnsInput() {
        return this._fqdns;
    }
    get gcpSecretManagerCertificateConfig() {
        return this._gcpSecretManagerCertificateConfig;
    }
    putGcpSecretManagerCertificateConfig(value) {
        this._gcpSecretManagerCertificateConfig.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerCertificateConfigInput() {
        return this._gcpSecretManagerCertificateConfig.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference = ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList = ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList;
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        certificate_authority_domain_config: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToTerraform, true)(struct.certificateAuthorityDomainConfig),
    };
}
function containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        certificate_authority_domain_config: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigToHclTerraform, true)(struct.certificateAuthorityDomainConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // certificate_authority_domain_config - computed: false, optional: true, required: false
        this._certificateAuthorityDomainConfig = new ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList(this, "certificate_authority_domain_config", false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._certificateAuthorityDomainConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.certificateAuthorityDomainConfig = this._certificateAuthorityDomainConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._certificateAuthorityDomainConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._certificateAuthorityDomainConfig.internalValue = value.certificateAuthorityDomainConfig;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get certificateAuthorityDomainConfig() {
        return this._certificateAuthorityDomainConfig;
    }
    putCertificateAuthorityDomainConfig(value) {
        this._certificateAuthorityDomainConfig.internalValue = value;
    }
    resetCertificateAuthorityDomainConfig() {
        this._certificateAuthorityDomainConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certificateAuthorityDomainConfigInput() {
        return this._certificateAuthorityDomainConfig.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference = ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gcp_secret_manager_secret_uri: cdktf.stringToTerraform(struct.gcpSecretManagerSecretUri),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gcp_secret_manager_secret_uri: {
            value: cdktf.stringToHclTerraform(struct.gcpSecretManagerSecretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gcpSecretManagerSecretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerSecretUri = this._gcpSecretManagerSecretUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._gcpSecretManagerSecretUri = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._gcpSecretManagerSecretUri = value.gcpSecretManagerSecretUri;
        }
    }
    get gcpSecretManagerSecretUri() {
        return this.getStringAttribute('gcp_secret_manager_secret_uri');
    }
    set gcpSecretManagerSecretUri(value) {
        this._gcpSecretManagerSecretUri = value;
    }
    resetGcpSecretManagerSecretUri() {
        this._gcpSecretManagerSecretUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerSecretUriInput() {
        return this._gcpSecretManagerSecretUri;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gcp_secret_manager_secret_uri: cdktf.stringToTerraform(struct.gcpSecretManagerSecretUri),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gcp_secret_manager_secret_uri: {
            value: cdktf.stringToHclTerraform(struct.gcpSecretManagerSecretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gcpSecretManagerSecretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerSecretUri = this._gcpSecretManagerSecretUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._gcpSecretManagerSecretUri = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._gcpSecretManagerSecretUri = value.gcpSecretManagerSecretUri;
        }
    }
    get gcpSecretManagerSecretUri() {
        return this.getStringAttribute('gcp_secret_manager_secret_uri');
    }
    set gcpSecretManagerSecretUri(value) {
        this._gcpSecretManagerSecretUri = value;
    }
    resetGcpSecretManagerSecretUri() {
        this._gcpSecretManagerSecretUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerSecretUriInput() {
        return this._gcpSecretManagerSecretUri;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gcp_secret_manager_secret_uri: cdktf.stringToTerraform(struct.gcpSecretManagerSecretUri),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gcp_secret_manager_secret_uri: {
            value: cdktf.stringToHclTerraform(struct.gcpSecretManagerSecretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gcpSecretManagerSecretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerSecretUri = this._gcpSecretManagerSecretUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._gcpSecretManagerSecretUri = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._gcpSecretManagerSecretUri = value.gcpSecretManagerSecretUri;
        }
    }
    get gcpSecretManagerSecretUri() {
        return this.getStringAttribute('gcp_secret_manager_secret_uri');
    }
    set gcpSecretManagerSecretUri(value) {
        this._gcpSecretManagerSecretUri = value;
    }
    resetGcpSecretManagerSecretUri() {
        this._gcpSecretManagerSecretUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerSecretUriInput() {
        return this._gcpSecretManagerSecretUri;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cert: containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToTerraform(struct.cert),
        key: containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToTerraform(struct.key),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cert: {
            value: containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertToHclTerraform(struct.cert),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertList",
        },
        key: {
            value: containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyToHclTerraform(struct.key),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // cert - computed: false, optional: false, required: true
        this._cert = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientCertOutputReference(this, "cert");
        // key - computed: false, optional: true, required: false
        this._key = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientKeyOutputReference(this, "key");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cert?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.cert = this._cert?.internalValue;
        }
        if (this._key?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._cert.internalValue = undefined;
            this._key.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._cert.internalValue = value.cert;
            this._key.internalValue = value.key;
        }
    }
    get cert() {
        return this._cert;
    }
    putCert(value) {
        this._cert.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get certInput() {
        return this._cert.internalValue;
    }
    get key() {
        return this._key;
    }
    putKey(value) {
        this._key.internalValue = value;
    }
    resetKey() {
        this._key.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        key: cdktf.stringToTerraform(struct.key),
        value: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.value),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        value: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.value),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._value !== undefined) {
            hasAnyValues = true;
            internalValueResult.value = this._value;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._key = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._key = value.key;
            this._value = value.value;
        }
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get value() {
        return this.getListAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        capabilities: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.capabilities),
        dial_timeout: cdktf.stringToTerraform(struct.dialTimeout),
        host: cdktf.stringToTerraform(struct.host),
        override_path: cdktf.booleanToTerraform(struct.overridePath),
        ca: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToTerraform, true)(struct.ca),
        client: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToTerraform, true)(struct.client),
        header: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToTerraform, true)(struct.header),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        capabilities: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.capabilities),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        dial_timeout: {
            value: cdktf.stringToHclTerraform(struct.dialTimeout),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        host: {
            value: cdktf.stringToHclTerraform(struct.host),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        override_path: {
            value: cdktf.booleanToHclTerraform(struct.overridePath),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ca: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaToHclTerraform, true)(struct.ca),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList",
        },
        client: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientToHclTerraform, true)(struct.client),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList",
        },
        header: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderToHclTerraform, true)(struct.header),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // ca - computed: false, optional: true, required: false
        this._ca = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsCaList(this, "ca", false);
        // client - computed: false, optional: true, required: false
        this._client = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsClientList(this, "client", false);
        // header - computed: false, optional: true, required: false
        this._header = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsHeaderList(this, "header", false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._capabilities !== undefined) {
            hasAnyValues = true;
            internalValueResult.capabilities = this._capabilities;
        }
        if (this._dialTimeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.dialTimeout = this._dialTimeout;
        }
        if (this._host !== undefined) {
            hasAnyValues = true;
            internalValueResult.host = this._host;
        }
        if (this._overridePath !== undefined) {
            hasAnyValues = true;
            internalValueResult.overridePath = this._overridePath;
        }
        if (this._ca?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ca = this._ca?.internalValue;
        }
        if (this._client?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.client = this._client?.internalValue;
        }
        if (this._header?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.header = this._header?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._capabilities = undefined;
            this._dialTimeout = undefined;
            this._host = undefined;
            this._overridePath = undefined;
            this._ca.internalValue = undefined;
            this._client.internalValue = undefined;
            this._header.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._capabilities = value.capabilities;
            this._dialTimeout = value.dialTimeout;
            this._host = value.host;
            this._overridePath = value.overridePath;
            this._ca.internalValue = value.ca;
            this._client.internalValue = value.client;
            this._header.internalValue = value.header;
        }
    }
    get capabilities() {
        return this.getListAttribute('capabilities');
    }
    set capabilities(value) {
        this._capabilities = value;
    }
    resetCapabilities() {
        this._capabilities = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get capabilitiesInput() {
        return this._capabilities;
    }
    get dialTimeout() {
        return this.getStringAttribute('dial_timeout');
    }
    set dialTimeout(value) {
        this._dialTimeout = value;
    }
    resetDialTimeout() {
        this._dialTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dialTimeoutInput() {
        return this._dialTimeout;
    }
    get host() {
        return this.getStringAttribute('host');
    }
    set host(value) {
        this._host = value;
    }
    // Temporarily expose input value. Use with caution.
    get hostInput() {
        return this._host;
    }
    get overridePath() {
        return this.getBooleanAttribute('override_path');
    }
    set overridePath(value) {
        this._overridePath = value;
    }
    resetOverridePath() {
        this._overridePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get overridePathInput() {
        return this._overridePath;
    }
    get ca() {
        return this._ca;
    }
    putCa(value) {
        this._ca.internalValue = value;
    }
    resetCa() {
        this._ca.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caInput() {
        return this._ca.internalValue;
    }
    get client() {
        return this._client;
    }
    putClient(value) {
        this._client.internalValue = value;
    }
    resetClient() {
        this._client.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientInput() {
        return this._client.internalValue;
    }
    get header() {
        return this._header;
    }
    putHeader(value) {
        this._header.internalValue = value;
    }
    resetHeader() {
        this._header.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get headerInput() {
        return this._header.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList;
function containerNodePoolNodeConfigContainerdConfigRegistryHostsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        server: cdktf.stringToTerraform(struct.server),
        hosts: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToTerraform, true)(struct.hosts),
    };
}
function containerNodePoolNodeConfigContainerdConfigRegistryHostsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        server: {
            value: cdktf.stringToHclTerraform(struct.server),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        hosts: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigRegistryHostsHostsToHclTerraform, true)(struct.hosts),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // hosts - computed: false, optional: true, required: false
        this._hosts = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsHostsList(this, "hosts", false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._server !== undefined) {
            hasAnyValues = true;
            internalValueResult.server = this._server;
        }
        if (this._hosts?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.hosts = this._hosts?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._server = undefined;
            this._hosts.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._server = value.server;
            this._hosts.internalValue = value.hosts;
        }
    }
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
    }
    get hosts() {
        return this._hosts;
    }
    putHosts(value) {
        this._hosts.internalValue = value;
    }
    resetHosts() {
        this._hosts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostsInput() {
        return this._hosts.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference;
class ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList = ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList;
function containerNodePoolNodeConfigContainerdConfigWritableCgroupsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolNodeConfigContainerdConfigWritableCgroupsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference = ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference;
function containerNodePoolNodeConfigContainerdConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        private_registry_access_config: containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform(struct.privateRegistryAccessConfig),
        registry_hosts: cdktf.listMapper(containerNodePoolNodeConfigContainerdConfigRegistryHostsToTerraform, true)(struct.registryHosts),
        writable_cgroups: containerNodePoolNodeConfigContainerdConfigWritableCgroupsToTerraform(struct.writableCgroups),
    };
}
function containerNodePoolNodeConfigContainerdConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        private_registry_access_config: {
            value: containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToHclTerraform(struct.privateRegistryAccessConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigList",
        },
        registry_hosts: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigContainerdConfigRegistryHostsToHclTerraform, true)(struct.registryHosts),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList",
        },
        writable_cgroups: {
            value: containerNodePoolNodeConfigContainerdConfigWritableCgroupsToHclTerraform(struct.writableCgroups),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigContainerdConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // private_registry_access_config - computed: false, optional: true, required: false
        this._privateRegistryAccessConfig = new ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference(this, "private_registry_access_config");
        // registry_hosts - computed: false, optional: true, required: false
        this._registryHosts = new ContainerNodePoolNodeConfigContainerdConfigRegistryHostsList(this, "registry_hosts", false);
        // writable_cgroups - computed: false, optional: true, required: false
        this._writableCgroups = new ContainerNodePoolNodeConfigContainerdConfigWritableCgroupsOutputReference(this, "writable_cgroups");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._privateRegistryAccessConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateRegistryAccessConfig = this._privateRegistryAccessConfig?.internalValue;
        }
        if (this._registryHosts?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.registryHosts = this._registryHosts?.internalValue;
        }
        if (this._writableCgroups?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.writableCgroups = this._writableCgroups?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._privateRegistryAccessConfig.internalValue = undefined;
            this._registryHosts.internalValue = undefined;
            this._writableCgroups.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._privateRegistryAccessConfig.internalValue = value.privateRegistryAccessConfig;
            this._registryHosts.internalValue = value.registryHosts;
            this._writableCgroups.internalValue = value.writableCgroups;
        }
    }
    get privateRegistryAccessConfig() {
        return this._privateRegistryAccessConfig;
    }
    putPrivateRegistryAccessConfig(value) {
        this._privateRegistryAccessConfig.internalValue = value;
    }
    resetPrivateRegistryAccessConfig() {
        this._privateRegistryAccessConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateRegistryAccessConfigInput() {
        return this._privateRegistryAccessConfig.internalValue;
    }
    get registryHosts() {
        return this._registryHosts;
    }
    putRegistryHosts(value) {
        this._registryHosts.internalValue = value;
    }
    resetRegistryHosts() {
        this._registryHosts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get registryHostsInput() {
        return this._registryHosts.internalValue;
    }
    get writableCgroups() {
        return this._writableCgroups;
    }
    putWritableCgroups(value) {
        this._writableCgroups.internalValue = value;
    }
    resetWritableCgroups() {
        this._writableCgroups.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get writableCgroupsInput() {
        return this._writableCgroups.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigContainerdConfigOutputReference = ContainerNodePoolNodeConfigContainerdConfigOutputReference;
function containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        data_cache_count: cdktf.numberToTerraform(struct.dataCacheCount),
        local_ssd_count: cdktf.numberToTerraform(struct.localSsdCount),
    };
}
function containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        data_cache_count: {
            value: cdktf.numberToHclTerraform(struct.dataCacheCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        local_ssd_count: {
            value: cdktf.numberToHclTerraform(struct.localSsdCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._dataCacheCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataCacheCount = this._dataCacheCount;
        }
        if (this._localSsdCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdCount = this._localSsdCount;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dataCacheCount = undefined;
            this._localSsdCount = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dataCacheCount = value.dataCacheCount;
            this._localSsdCount = value.localSsdCount;
        }
    }
    get dataCacheCount() {
        return this.getNumberAttribute('data_cache_count');
    }
    set dataCacheCount(value) {
        this._dataCacheCount = value;
    }
    resetDataCacheCount() {
        this._dataCacheCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dataCacheCountInput() {
        return this._dataCacheCount;
    }
    get localSsdCount() {
        return this.getNumberAttribute('local_ssd_count');
    }
    set localSsdCount(value) {
        this._localSsdCount = value;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdCountInput() {
        return this._localSsdCount;
    }
}
exports.ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference = ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference;
function containerNodePoolNodeConfigFastSocketToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolNodeConfigFastSocketToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigFastSocketOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolNodeConfigFastSocketOutputReference = ContainerNodePoolNodeConfigFastSocketOutputReference;
function containerNodePoolNodeConfigGcfsConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolNodeConfigGcfsConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigGcfsConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolNodeConfigGcfsConfigOutputReference = ContainerNodePoolNodeConfigGcfsConfigOutputReference;
function containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gpu_driver_version: cdktf.stringToTerraform(struct.gpuDriverVersion),
    };
}
function containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gpu_driver_version: {
            value: cdktf.stringToHclTerraform(struct.gpuDriverVersion),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gpuDriverVersion !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpuDriverVersion = this._gpuDriverVersion;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._gpuDriverVersion = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._gpuDriverVersion = value.gpuDriverVersion;
        }
    }
    get gpuDriverVersion() {
        return this.getStringAttribute('gpu_driver_version');
    }
    set gpuDriverVersion(value) {
        this._gpuDriverVersion = value;
    }
    // Temporarily expose input value. Use with caution.
    get gpuDriverVersionInput() {
        return this._gpuDriverVersion;
    }
}
exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference = ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference;
function containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gpu_sharing_strategy: cdktf.stringToTerraform(struct.gpuSharingStrategy),
        max_shared_clients_per_gpu: cdktf.numberToTerraform(struct.maxSharedClientsPerGpu),
    };
}
function containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gpu_sharing_strategy: {
            value: cdktf.stringToHclTerraform(struct.gpuSharingStrategy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        max_shared_clients_per_gpu: {
            value: cdktf.numberToHclTerraform(struct.maxSharedClientsPerGpu),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gpuSharingStrategy !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpuSharingStrategy = this._gpuSharingStrategy;
        }
        if (this._maxSharedClientsPerGpu !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxSharedClientsPerGpu = this._maxSharedClientsPerGpu;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._gpuSharingStrategy = undefined;
            this._maxSharedClientsPerGpu = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._gpuSharingStrategy = value.gpuSharingStrategy;
            this._maxSharedClientsPerGpu = value.maxSharedClientsPerGpu;
        }
    }
    get gpuSharingStrategy() {
        return this.getStringAttribute('gpu_sharing_strategy');
    }
    set gpuSharingStrategy(value) {
        this._gpuSharingStrategy = value;
    }
    // Temporarily expose input value. Use with caution.
    get gpuSharingStrategyInput() {
        return this._gpuSharingStrategy;
    }
    get maxSharedClientsPerGpu() {
        return this.getNumberAttribute('max_shared_clients_per_gpu');
    }
    set maxSharedClientsPerGpu(value) {
        this._maxSharedClientsPerGpu = value;
    }
    // Temporarily expose input value. Use with caution.
    get maxSharedClientsPerGpuInput() {
        return this._maxSharedClientsPerGpu;
    }
}
exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference = ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference;
function containerNodePoolNodeConfigGuestAcceleratorToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        count: cdktf.numberToTerraform(struct.count),
        gpu_partition_size: cdktf.stringToTerraform(struct.gpuPartitionSize),
        type: cdktf.stringToTerraform(struct.type),
        gpu_driver_installation_config: containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToTerraform(struct.gpuDriverInstallationConfig),
        gpu_sharing_config: containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToTerraform(struct.gpuSharingConfig),
    };
}
function containerNodePoolNodeConfigGuestAcceleratorToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        count: {
            value: cdktf.numberToHclTerraform(struct.count),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        gpu_partition_size: {
            value: cdktf.stringToHclTerraform(struct.gpuPartitionSize),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gpu_driver_installation_config: {
            value: containerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigToHclTerraform(struct.gpuDriverInstallationConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigList",
        },
        gpu_sharing_config: {
            value: containerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigToHclTerraform(struct.gpuSharingConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigGuestAcceleratorOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // gpu_driver_installation_config - computed: false, optional: true, required: false
        this._gpuDriverInstallationConfig = new ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference(this, "gpu_driver_installation_config");
        // gpu_sharing_config - computed: false, optional: true, required: false
        this._gpuSharingConfig = new ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference(this, "gpu_sharing_config");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._count !== undefined) {
            hasAnyValues = true;
            internalValueResult.count = this._count;
        }
        if (this._gpuPartitionSize !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpuPartitionSize = this._gpuPartitionSize;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._gpuDriverInstallationConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpuDriverInstallationConfig = this._gpuDriverInstallationConfig?.internalValue;
        }
        if (this._gpuSharingConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpuSharingConfig = this._gpuSharingConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._count = undefined;
            this._gpuPartitionSize = undefined;
            this._type = undefined;
            this._gpuDriverInstallationConfig.internalValue = undefined;
            this._gpuSharingConfig.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._count = value.count;
            this._gpuPartitionSize = value.gpuPartitionSize;
            this._type = value.type;
            this._gpuDriverInstallationConfig.internalValue = value.gpuDriverInstallationConfig;
            this._gpuSharingConfig.internalValue = value.gpuSharingConfig;
        }
    }
    get count() {
        return this.getNumberAttribute('count');
    }
    set count(value) {
        this._count = value;
    }
    // Temporarily expose input value. Use with caution.
    get countInput() {
        return this._count;
    }
    get gpuPartitionSize() {
        return this.getStringAttribute('gpu_partition_size');
    }
    set gpuPartitionSize(value) {
        this._gpuPartitionSize = value;
    }
    resetGpuPartitionSize() {
        this._gpuPartitionSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gpuPartitionSizeInput() {
        return this._gpuPartitionSize;
    }
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    get gpuDriverInstallationConfig() {
        return this._gpuDriverInstallationConfig;
    }
    putGpuDriverInstallationConfig(value) {
        this._gpuDriverInstallationConfig.internalValue = value;
    }
    resetGpuDriverInstallationConfig() {
        this._gpuDriverInstallationConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gpuDriverInstallationConfigInput() {
        return this._gpuDriverInstallationConfig.internalValue;
    }
    get gpuSharingConfig() {
        return this._gpuSharingConfig;
    }
    putGpuSharingConfig(value) {
        this._gpuSharingConfig.internalValue = value;
    }
    resetGpuSharingConfig() {
        this._gpuSharingConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gpuSharingConfigInput() {
        return this._gpuSharingConfig.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigGuestAcceleratorOutputReference = ContainerNodePoolNodeConfigGuestAcceleratorOutputReference;
class ContainerNodePoolNodeConfigGuestAcceleratorList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigGuestAcceleratorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigGuestAcceleratorList = ContainerNodePoolNodeConfigGuestAcceleratorList;
function containerNodePoolNodeConfigGvnicToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolNodeConfigGvnicToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigGvnicOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolNodeConfigGvnicOutputReference = ContainerNodePoolNodeConfigGvnicOutputReference;
function containerNodePoolNodeConfigHostMaintenancePolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        maintenance_interval: cdktf.stringToTerraform(struct.maintenanceInterval),
    };
}
function containerNodePoolNodeConfigHostMaintenancePolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        maintenance_interval: {
            value: cdktf.stringToHclTerraform(struct.maintenanceInterval),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maintenanceInterval !== undefined) {
            hasAnyValues = true;
            internalValueResult.maintenanceInterval = this._maintenanceInterval;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._maintenanceInterval = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._maintenanceInterval = value.maintenanceInterval;
        }
    }
    get maintenanceInterval() {
        return this.getStringAttribute('maintenance_interval');
    }
    set maintenanceInterval(value) {
        this._maintenanceInterval = value;
    }
    // Temporarily expose input value. Use with caution.
    get maintenanceIntervalInput() {
        return this._maintenanceInterval;
    }
}
exports.ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference = ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference;
function containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_container_restart_period: cdktf.stringToTerraform(struct.maxContainerRestartPeriod),
    };
}
function containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_container_restart_period: {
            value: cdktf.stringToHclTerraform(struct.maxContainerRestartPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maxContainerRestartPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxContainerRestartPeriod = this._maxContainerRestartPeriod;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._maxContainerRestartPeriod = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._maxContainerRestartPeriod = value.maxContainerRestartPeriod;
        }
    }
    get maxContainerRestartPeriod() {
        return this.getStringAttribute('max_container_restart_period');
    }
    set maxContainerRestartPeriod(value) {
        this._maxContainerRestartPeriod = value;
    }
    resetMaxContainerRestartPeriod() {
        this._maxContainerRestartPeriod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxContainerRestartPeriodInput() {
        return this._maxContainerRestartPeriod;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference = ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference;
function containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        imagefs_available: cdktf.stringToTerraform(struct.imagefsAvailable),
        imagefs_inodes_free: cdktf.stringToTerraform(struct.imagefsInodesFree),
        memory_available: cdktf.stringToTerraform(struct.memoryAvailable),
        nodefs_available: cdktf.stringToTerraform(struct.nodefsAvailable),
        nodefs_inodes_free: cdktf.stringToTerraform(struct.nodefsInodesFree),
        pid_available: cdktf.stringToTerraform(struct.pidAvailable),
    };
}
function containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        imagefs_available: {
            value: cdktf.stringToHclTerraform(struct.imagefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        imagefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.imagefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory_available: {
            value: cdktf.stringToHclTerraform(struct.memoryAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_available: {
            value: cdktf.stringToHclTerraform(struct.nodefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.nodefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pid_available: {
            value: cdktf.stringToHclTerraform(struct.pidAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._imagefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsAvailable = this._imagefsAvailable;
        }
        if (this._imagefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsInodesFree = this._imagefsInodesFree;
        }
        if (this._memoryAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.memoryAvailable = this._memoryAvailable;
        }
        if (this._nodefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsAvailable = this._nodefsAvailable;
        }
        if (this._nodefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsInodesFree = this._nodefsInodesFree;
        }
        if (this._pidAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.pidAvailable = this._pidAvailable;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._imagefsAvailable = undefined;
            this._imagefsInodesFree = undefined;
            this._memoryAvailable = undefined;
            this._nodefsAvailable = undefined;
            this._nodefsInodesFree = undefined;
            this._pidAvailable = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._imagefsAvailable = value.imagefsAvailable;
            this._imagefsInodesFree = value.imagefsInodesFree;
            this._memoryAvailable = value.memoryAvailable;
            this._nodefsAvailable = value.nodefsAvailable;
            this._nodefsInodesFree = value.nodefsInodesFree;
            this._pidAvailable = value.pidAvailable;
        }
    }
    get imagefsAvailable() {
        return this.getStringAttribute('imagefs_available');
    }
    set imagefsAvailable(value) {
        this._imagefsAvailable = value;
    }
    resetImagefsAvailable() {
        this._imagefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsAvailableInput() {
        return this._imagefsAvailable;
    }
    get imagefsInodesFree() {
        return this.getStringAttribute('imagefs_inodes_free');
    }
    set imagefsInodesFree(value) {
        this._imagefsInodesFree = value;
    }
    resetImagefsInodesFree() {
        this._imagefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsInodesFreeInput() {
        return this._imagefsInodesFree;
    }
    get memoryAvailable() {
        return this.getStringAttribute('memory_available');
    }
    set memoryAvailable(value) {
        this._memoryAvailable = value;
    }
    resetMemoryAvailable() {
        this._memoryAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryAvailableInput() {
        return this._memoryAvailable;
    }
    get nodefsAvailable() {
        return this.getStringAttribute('nodefs_available');
    }
    set nodefsAvailable(value) {
        this._nodefsAvailable = value;
    }
    resetNodefsAvailable() {
        this._nodefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsAvailableInput() {
        return this._nodefsAvailable;
    }
    get nodefsInodesFree() {
        return this.getStringAttribute('nodefs_inodes_free');
    }
    set nodefsInodesFree(value) {
        this._nodefsInodesFree = value;
    }
    resetNodefsInodesFree() {
        this._nodefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsInodesFreeInput() {
        return this._nodefsInodesFree;
    }
    get pidAvailable() {
        return this.getStringAttribute('pid_available');
    }
    set pidAvailable(value) {
        this._pidAvailable = value;
    }
    resetPidAvailable() {
        this._pidAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pidAvailableInput() {
        return this._pidAvailable;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference = ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference;
function containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        imagefs_available: cdktf.stringToTerraform(struct.imagefsAvailable),
        imagefs_inodes_free: cdktf.stringToTerraform(struct.imagefsInodesFree),
        memory_available: cdktf.stringToTerraform(struct.memoryAvailable),
        nodefs_available: cdktf.stringToTerraform(struct.nodefsAvailable),
        nodefs_inodes_free: cdktf.stringToTerraform(struct.nodefsInodesFree),
        pid_available: cdktf.stringToTerraform(struct.pidAvailable),
    };
}
function containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        imagefs_available: {
            value: cdktf.stringToHclTerraform(struct.imagefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        imagefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.imagefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory_available: {
            value: cdktf.stringToHclTerraform(struct.memoryAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_available: {
            value: cdktf.stringToHclTerraform(struct.nodefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.nodefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pid_available: {
            value: cdktf.stringToHclTerraform(struct.pidAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._imagefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsAvailable = this._imagefsAvailable;
        }
        if (this._imagefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsInodesFree = this._imagefsInodesFree;
        }
        if (this._memoryAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.memoryAvailable = this._memoryAvailable;
        }
        if (this._nodefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsAvailable = this._nodefsAvailable;
        }
        if (this._nodefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsInodesFree = this._nodefsInodesFree;
        }
        if (this._pidAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.pidAvailable = this._pidAvailable;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._imagefsAvailable = undefined;
            this._imagefsInodesFree = undefined;
            this._memoryAvailable = undefined;
            this._nodefsAvailable = undefined;
            this._nodefsInodesFree = undefined;
            this._pidAvailable = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._imagefsAvailable = value.imagefsAvailable;
            this._imagefsInodesFree = value.imagefsInodesFree;
            this._memoryAvailable = value.memoryAvailable;
            this._nodefsAvailable = value.nodefsAvailable;
            this._nodefsInodesFree = value.nodefsInodesFree;
            this._pidAvailable = value.pidAvailable;
        }
    }
    get imagefsAvailable() {
        return this.getStringAttribute('imagefs_available');
    }
    set imagefsAvailable(value) {
        this._imagefsAvailable = value;
    }
    resetImagefsAvailable() {
        this._imagefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsAvailableInput() {
        return this._imagefsAvailable;
    }
    get imagefsInodesFree() {
        return this.getStringAttribute('imagefs_inodes_free');
    }
    set imagefsInodesFree(value) {
        this._imagefsInodesFree = value;
    }
    resetImagefsInodesFree() {
        this._imagefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsInodesFreeInput() {
        return this._imagefsInodesFree;
    }
    get memoryAvailable() {
        return this.getStringAttribute('memory_available');
    }
    set memoryAvailable(value) {
        this._memoryAvailable = value;
    }
    resetMemoryAvailable() {
        this._memoryAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryAvailableInput() {
        return this._memoryAvailable;
    }
    get nodefsAvailable() {
        return this.getStringAttribute('nodefs_available');
    }
    set nodefsAvailable(value) {
        this._nodefsAvailable = value;
    }
    resetNodefsAvailable() {
        this._nodefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsAvailableInput() {
        return this._nodefsAvailable;
    }
    get nodefsInodesFree() {
        return this.getStringAttribute('nodefs_inodes_free');
    }
    set nodefsInodesFree(value) {
        this._nodefsInodesFree = value;
    }
    resetNodefsInodesFree() {
        this._nodefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsInodesFreeInput() {
        return this._nodefsInodesFree;
    }
    get pidAvailable() {
        return this.getStringAttribute('pid_available');
    }
    set pidAvailable(value) {
        this._pidAvailable = value;
    }
    resetPidAvailable() {
        this._pidAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pidAvailableInput() {
        return this._pidAvailable;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference = ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference;
function containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        imagefs_available: cdktf.stringToTerraform(struct.imagefsAvailable),
        imagefs_inodes_free: cdktf.stringToTerraform(struct.imagefsInodesFree),
        memory_available: cdktf.stringToTerraform(struct.memoryAvailable),
        nodefs_available: cdktf.stringToTerraform(struct.nodefsAvailable),
        nodefs_inodes_free: cdktf.stringToTerraform(struct.nodefsInodesFree),
        pid_available: cdktf.stringToTerraform(struct.pidAvailable),
    };
}
function containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        imagefs_available: {
            value: cdktf.stringToHclTerraform(struct.imagefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        imagefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.imagefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory_available: {
            value: cdktf.stringToHclTerraform(struct.memoryAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_available: {
            value: cdktf.stringToHclTerraform(struct.nodefsAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        nodefs_inodes_free: {
            value: cdktf.stringToHclTerraform(struct.nodefsInodesFree),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pid_available: {
            value: cdktf.stringToHclTerraform(struct.pidAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._imagefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsAvailable = this._imagefsAvailable;
        }
        if (this._imagefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.imagefsInodesFree = this._imagefsInodesFree;
        }
        if (this._memoryAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.memoryAvailable = this._memoryAvailable;
        }
        if (this._nodefsAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsAvailable = this._nodefsAvailable;
        }
        if (this._nodefsInodesFree !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodefsInodesFree = this._nodefsInodesFree;
        }
        if (this._pidAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.pidAvailable = this._pidAvailable;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._imagefsAvailable = undefined;
            this._imagefsInodesFree = undefined;
            this._memoryAvailable = undefined;
            this._nodefsAvailable = undefined;
            this._nodefsInodesFree = undefined;
            this._pidAvailable = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._imagefsAvailable = value.imagefsAvailable;
            this._imagefsInodesFree = value.imagefsInodesFree;
            this._memoryAvailable = value.memoryAvailable;
            this._nodefsAvailable = value.nodefsAvailable;
            this._nodefsInodesFree = value.nodefsInodesFree;
            this._pidAvailable = value.pidAvailable;
        }
    }
    get imagefsAvailable() {
        return this.getStringAttribute('imagefs_available');
    }
    set imagefsAvailable(value) {
        this._imagefsAvailable = value;
    }
    resetImagefsAvailable() {
        this._imagefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsAvailableInput() {
        return this._imagefsAvailable;
    }
    get imagefsInodesFree() {
        return this.getStringAttribute('imagefs_inodes_free');
    }
    set imagefsInodesFree(value) {
        this._imagefsInodesFree = value;
    }
    resetImagefsInodesFree() {
        this._imagefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagefsInodesFreeInput() {
        return this._imagefsInodesFree;
    }
    get memoryAvailable() {
        return this.getStringAttribute('memory_available');
    }
    set memoryAvailable(value) {
        this._memoryAvailable = value;
    }
    resetMemoryAvailable() {
        this._memoryAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryAvailableInput() {
        return this._memoryAvailable;
    }
    get nodefsAvailable() {
        return this.getStringAttribute('nodefs_available');
    }
    set nodefsAvailable(value) {
        this._nodefsAvailable = value;
    }
    resetNodefsAvailable() {
        this._nodefsAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsAvailableInput() {
        return this._nodefsAvailable;
    }
    get nodefsInodesFree() {
        return this.getStringAttribute('nodefs_inodes_free');
    }
    set nodefsInodesFree(value) {
        this._nodefsInodesFree = value;
    }
    resetNodefsInodesFree() {
        this._nodefsInodesFree = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodefsInodesFreeInput() {
        return this._nodefsInodesFree;
    }
    get pidAvailable() {
        return this.getStringAttribute('pid_available');
    }
    set pidAvailable(value) {
        this._pidAvailable = value;
    }
    resetPidAvailable() {
        this._pidAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pidAvailableInput() {
        return this._pidAvailable;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference = ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference;
function containerNodePoolNodeConfigKubeletConfigMemoryManagerToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        policy: cdktf.stringToTerraform(struct.policy),
    };
}
function containerNodePoolNodeConfigKubeletConfigMemoryManagerToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        policy: {
            value: cdktf.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._policy !== undefined) {
            hasAnyValues = true;
            internalValueResult.policy = this._policy;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._policy = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._policy = value.policy;
        }
    }
    get policy() {
        return this.getStringAttribute('policy');
    }
    set policy(value) {
        this._policy = value;
    }
    resetPolicy() {
        this._policy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyInput() {
        return this._policy;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference = ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference;
function containerNodePoolNodeConfigKubeletConfigTopologyManagerToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        policy: cdktf.stringToTerraform(struct.policy),
        scope: cdktf.stringToTerraform(struct.scope),
    };
}
function containerNodePoolNodeConfigKubeletConfigTopologyManagerToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        policy: {
            value: cdktf.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        scope: {
            value: cdktf.stringToHclTerraform(struct.scope),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._policy !== undefined) {
            hasAnyValues = true;
            internalValueResult.policy = this._policy;
        }
        if (this._scope !== undefined) {
            hasAnyValues = true;
            internalValueResult.scope = this._scope;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._policy = undefined;
            this._scope = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._policy = value.policy;
            this._scope = value.scope;
        }
    }
    get policy() {
        return this.getStringAttribute('policy');
    }
    set policy(value) {
        this._policy = value;
    }
    resetPolicy() {
        this._policy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyInput() {
        return this._policy;
    }
    get scope() {
        return this.getStringAttribute('scope');
    }
    set scope(value) {
        this._scope = value;
    }
    resetScope() {
        this._scope = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scopeInput() {
        return this._scope;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference = ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference;
function containerNodePoolNodeConfigKubeletConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allowed_unsafe_sysctls: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.allowedUnsafeSysctls),
        container_log_max_files: cdktf.numberToTerraform(struct.containerLogMaxFiles),
        container_log_max_size: cdktf.stringToTerraform(struct.containerLogMaxSize),
        cpu_cfs_quota: cdktf.booleanToTerraform(struct.cpuCfsQuota),
        cpu_cfs_quota_period: cdktf.stringToTerraform(struct.cpuCfsQuotaPeriod),
        cpu_manager_policy: cdktf.stringToTerraform(struct.cpuManagerPolicy),
        eviction_max_pod_grace_period_seconds: cdktf.numberToTerraform(struct.evictionMaxPodGracePeriodSeconds),
        image_gc_high_threshold_percent: cdktf.numberToTerraform(struct.imageGcHighThresholdPercent),
        image_gc_low_threshold_percent: cdktf.numberToTerraform(struct.imageGcLowThresholdPercent),
        image_maximum_gc_age: cdktf.stringToTerraform(struct.imageMaximumGcAge),
        image_minimum_gc_age: cdktf.stringToTerraform(struct.imageMinimumGcAge),
        insecure_kubelet_readonly_port_enabled: cdktf.stringToTerraform(struct.insecureKubeletReadonlyPortEnabled),
        max_parallel_image_pulls: cdktf.numberToTerraform(struct.maxParallelImagePulls),
        pod_pids_limit: cdktf.numberToTerraform(struct.podPidsLimit),
        shutdown_grace_period_critical_pods_seconds: cdktf.numberToTerraform(struct.shutdownGracePeriodCriticalPodsSeconds),
        shutdown_grace_period_seconds: cdktf.numberToTerraform(struct.shutdownGracePeriodSeconds),
        single_process_oom_kill: cdktf.booleanToTerraform(struct.singleProcessOomKill),
        crash_loop_back_off: containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToTerraform(struct.crashLoopBackOff),
        eviction_minimum_reclaim: containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform(struct.evictionMinimumReclaim),
        eviction_soft: containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform(struct.evictionSoft),
        eviction_soft_grace_period: containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform(struct.evictionSoftGracePeriod),
        memory_manager: containerNodePoolNodeConfigKubeletConfigMemoryManagerToTerraform(struct.memoryManager),
        topology_manager: containerNodePoolNodeConfigKubeletConfigTopologyManagerToTerraform(struct.topologyManager),
    };
}
function containerNodePoolNodeConfigKubeletConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allowed_unsafe_sysctls: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.allowedUnsafeSysctls),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        container_log_max_files: {
            value: cdktf.numberToHclTerraform(struct.containerLogMaxFiles),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        container_log_max_size: {
            value: cdktf.stringToHclTerraform(struct.containerLogMaxSize),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cpu_cfs_quota: {
            value: cdktf.booleanToHclTerraform(struct.cpuCfsQuota),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        cpu_cfs_quota_period: {
            value: cdktf.stringToHclTerraform(struct.cpuCfsQuotaPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cpu_manager_policy: {
            value: cdktf.stringToHclTerraform(struct.cpuManagerPolicy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        eviction_max_pod_grace_period_seconds: {
            value: cdktf.numberToHclTerraform(struct.evictionMaxPodGracePeriodSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        image_gc_high_threshold_percent: {
            value: cdktf.numberToHclTerraform(struct.imageGcHighThresholdPercent),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        image_gc_low_threshold_percent: {
            value: cdktf.numberToHclTerraform(struct.imageGcLowThresholdPercent),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        image_maximum_gc_age: {
            value: cdktf.stringToHclTerraform(struct.imageMaximumGcAge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        image_minimum_gc_age: {
            value: cdktf.stringToHclTerraform(struct.imageMinimumGcAge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        insecure_kubelet_readonly_port_enabled: {
            value: cdktf.stringToHclTerraform(struct.insecureKubeletReadonlyPortEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        max_parallel_image_pulls: {
            value: cdktf.numberToHclTerraform(struct.maxParallelImagePulls),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        pod_pids_limit: {
            value: cdktf.numberToHclTerraform(struct.podPidsLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        shutdown_grace_period_critical_pods_seconds: {
            value: cdktf.numberToHclTerraform(struct.shutdownGracePeriodCriticalPodsSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        shutdown_grace_period_seconds: {
            value: cdktf.numberToHclTerraform(struct.shutdownGracePeriodSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        single_process_oom_kill: {
            value: cdktf.booleanToHclTerraform(struct.singleProcessOomKill),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        crash_loop_back_off: {
            value: containerNodePoolNodeConfigKubeletConfigCrashLoopBackOffToHclTerraform(struct.crashLoopBackOff),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffList",
        },
        eviction_minimum_reclaim: {
            value: containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform(struct.evictionMinimumReclaim),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimList",
        },
        eviction_soft: {
            value: containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform(struct.evictionSoft),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigEvictionSoftList",
        },
        eviction_soft_grace_period: {
            value: containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform(struct.evictionSoftGracePeriod),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodList",
        },
        memory_manager: {
            value: containerNodePoolNodeConfigKubeletConfigMemoryManagerToHclTerraform(struct.memoryManager),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigMemoryManagerList",
        },
        topology_manager: {
            value: containerNodePoolNodeConfigKubeletConfigTopologyManagerToHclTerraform(struct.topologyManager),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigTopologyManagerList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigKubeletConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // crash_loop_back_off - computed: false, optional: true, required: false
        this._crashLoopBackOff = new ContainerNodePoolNodeConfigKubeletConfigCrashLoopBackOffOutputReference(this, "crash_loop_back_off");
        // eviction_minimum_reclaim - computed: false, optional: true, required: false
        this._evictionMinimumReclaim = new ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference(this, "eviction_minimum_reclaim");
        // eviction_soft - computed: false, optional: true, required: false
        this._evictionSoft = new ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference(this, "eviction_soft");
        // eviction_soft_grace_period - computed: false, optional: true, required: false
        this._evictionSoftGracePeriod = new ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference(this, "eviction_soft_grace_period");
        // memory_manager - computed: false, optional: true, required: false
        this._memoryManager = new ContainerNodePoolNodeConfigKubeletConfigMemoryManagerOutputReference(this, "memory_manager");
        // topology_manager - computed: false, optional: true, required: false
        this._topologyManager = new ContainerNodePoolNodeConfigKubeletConfigTopologyManagerOutputReference(this, "topology_manager");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._allowedUnsafeSysctls !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowedUnsafeSysctls = this._allowedUnsafeSysctls;
        }
        if (this._containerLogMaxFiles !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerLogMaxFiles = this._containerLogMaxFiles;
        }
        if (this._containerLogMaxSize !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerLogMaxSize = this._containerLogMaxSize;
        }
        if (this._cpuCfsQuota !== undefined) {
            hasAnyValues = true;
            internalValueResult.cpuCfsQuota = this._cpuCfsQuota;
        }
        if (this._cpuCfsQuotaPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.cpuCfsQuotaPeriod = this._cpuCfsQuotaPeriod;
        }
        if (this._cpuManagerPolicy !== undefined) {
            hasAnyValues = true;
            internalValueResult.cpuManagerPolicy = this._cpuManagerPolicy;
        }
        if (this._evictionMaxPodGracePeriodSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.evictionMaxPodGracePeriodSeconds = this._evictionMaxPodGracePeriodSeconds;
        }
        if (this._imageGcHighThresholdPercent !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageGcHighThresholdPercent = this._imageGcHighThresholdPercent;
        }
        if (this._imageGcLowThresholdPercent !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageGcLowThresholdPercent = this._imageGcLowThresholdPercent;
        }
        if (this._imageMaximumGcAge !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageMaximumGcAge = this._imageMaximumGcAge;
        }
        if (this._imageMinimumGcAge !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageMinimumGcAge = this._imageMinimumGcAge;
        }
        if (this._insecureKubeletReadonlyPortEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.insecureKubeletReadonlyPortEnabled = this._insecureKubeletReadonlyPortEnabled;
        }
        if (this._maxParallelImagePulls !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxParallelImagePulls = this._maxParallelImagePulls;
        }
        if (this._podPidsLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.podPidsLimit = this._podPidsLimit;
        }
        if (this._shutdownGracePeriodCriticalPodsSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.shutdownGracePeriodCriticalPodsSeconds = this._shutdownGracePeriodCriticalPodsSeconds;
        }
        if (this._shutdownGracePeriodSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.shutdownGracePeriodSeconds = this._shutdownGracePeriodSeconds;
        }
        if (this._singleProcessOomKill !== undefined) {
            hasAnyValues = true;
            internalValueResult.singleProcessOomKill = this._singleProcessOomKill;
        }
        if (this._crashLoopBackOff?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.crashLoopBackOff = this._crashLoopBackOff?.internalValue;
        }
        if (this._evictionMinimumReclaim?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.evictionMinimumReclaim = this._evictionMinimumReclaim?.internalValue;
        }
        if (this._evictionSoft?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.evictionSoft = this._evictionSoft?.internalValue;
        }
        if (this._evictionSoftGracePeriod?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.evictionSoftGracePeriod = this._evictionSoftGracePeriod?.internalValue;
        }
        if (this._memoryManager?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.memoryManager = this._memoryManager?.internalValue;
        }
        if (this._topologyManager?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.topologyManager = this._topologyManager?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allowedUnsafeSysctls = undefined;
            this._containerLogMaxFiles = undefined;
            this._containerLogMaxSize = undefined;
            this._cpuCfsQuota = undefined;
            this._cpuCfsQuotaPeriod = undefined;
            this._cpuManagerPolicy = undefined;
            this._evictionMaxPodGracePeriodSeconds = undefined;
            this._imageGcHighThresholdPercent = undefined;
            this._imageGcLowThresholdPercent = undefined;
            this._imageMaximumGcAge = undefined;
            this._imageMinimumGcAge = undefined;
            this._insecureKubeletReadonlyPortEnabled = undefined;
            this._maxParallelImagePulls = undefined;
            this._podPidsLimit = undefined;
            this._shutdownGracePeriodCriticalPodsSeconds = undefined;
            this._shutdownGracePeriodSeconds = undefined;
            this._singleProcessOomKill = undefined;
            this._crashLoopBackOff.internalValue = undefined;
            this._evictionMinimumReclaim.internalValue = undefined;
            this._evictionSoft.internalValue = undefined;
            this._evictionSoftGracePeriod.internalValue = undefined;
            this._memoryManager.internalValue = undefined;
            this._topologyManager.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allowedUnsafeSysctls = value.allowedUnsafeSysctls;
            this._containerLogMaxFiles = value.containerLogMaxFiles;
            this._containerLogMaxSize = value.containerLogMaxSize;
            this._cpuCfsQuota = value.cpuCfsQuota;
            this._cpuCfsQuotaPeriod = value.cpuCfsQuotaPeriod;
            this._cpuManagerPolicy = value.cpuManagerPolicy;
            this._evictionMaxPodGracePeriodSeconds = value.evictionMaxPodGracePeriodSeconds;
            this._imageGcHighThresholdPercent = value.imageGcHighThresholdPercent;
            this._imageGcLowThresholdPercent = value.imageGcLowThresholdPercent;
            this._imageMaximumGcAge = value.imageMaximumGcAge;
            this._imageMinimumGcAge = value.imageMinimumGcAge;
            this._insecureKubeletReadonlyPortEnabled = value.insecureKubeletReadonlyPortEnabled;
            this._maxParallelImagePulls = value.maxParallelImagePulls;
            this._podPidsLimit = value.podPidsLimit;
            this._shutdownGracePeriodCriticalPodsSeconds = value.shutdownGracePeriodCriticalPodsSeconds;
            this._shutdownGracePeriodSeconds = value.shutdownGracePeriodSeconds;
            this._singleProcessOomKill = value.singleProcessOomKill;
            this._crashLoopBackOff.internalValue = value.crashLoopBackOff;
            this._evictionMinimumReclaim.internalValue = value.evictionMinimumReclaim;
            this._evictionSoft.internalValue = value.evictionSoft;
            this._evictionSoftGracePeriod.internalValue = value.evictionSoftGracePeriod;
            this._memoryManager.internalValue = value.memoryManager;
            this._topologyManager.internalValue = value.topologyManager;
        }
    }
    get allowedUnsafeSysctls() {
        return this.getListAttribute('allowed_unsafe_sysctls');
    }
    set allowedUnsafeSysctls(value) {
        this._allowedUnsafeSysctls = value;
    }
    resetAllowedUnsafeSysctls() {
        this._allowedUnsafeSysctls = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowedUnsafeSysctlsInput() {
        return this._allowedUnsafeSysctls;
    }
    get containerLogMaxFiles() {
        return this.getNumberAttribute('container_log_max_files');
    }
    set containerLogMaxFiles(value) {
        this._containerLogMaxFiles = value;
    }
    resetContainerLogMaxFiles() {
        this._containerLogMaxFiles = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerLogMaxFilesInput() {
        return this._containerLogMaxFiles;
    }
    get containerLogMaxSize() {
        return this.getStringAttribute('container_log_max_size');
    }
    set containerLogMaxSize(value) {
        this._containerLogMaxSize = value;
    }
    resetContainerLogMaxSize() {
        this._containerLogMaxSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerLogMaxSizeInput() {
        return this._containerLogMaxSize;
    }
    get cpuCfsQuota() {
        return this.getBooleanAttribute('cpu_cfs_quota');
    }
    set cpuCfsQuota(value) {
        this._cpuCfsQuota = value;
    }
    resetCpuCfsQuota() {
        this._cpuCfsQuota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuCfsQuotaInput() {
        return this._cpuCfsQuota;
    }
    get cpuCfsQuotaPeriod() {
        return this.getStringAttribute('cpu_cfs_quota_period');
    }
    set cpuCfsQuotaPeriod(value) {
        this._cpuCfsQuotaPeriod = value;
    }
    resetCpuCfsQuotaPeriod() {
        this._cpuCfsQuotaPeriod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuCfsQuotaPeriodInput() {
        return this._cpuCfsQuotaPeriod;
    }
    get cpuManagerPolicy() {
        return this.getStringAttribute('cpu_manager_policy');
    }
    set cpuManagerPolicy(value) {
        this._cpuManagerPolicy = value;
    }
    resetCpuManagerPolicy() {
        this._cpuManagerPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuManagerPolicyInput() {
        return this._cpuManagerPolicy;
    }
    get evictionMaxPodGracePeriodSeconds() {
        return this.getNumberAttribute('eviction_max_pod_grace_period_seconds');
    }
    set evictionMaxPodGracePeriodSeconds(value) {
        this._evictionMaxPodGracePeriodSeconds = value;
    }
    resetEvictionMaxPodGracePeriodSeconds() {
        this._evictionMaxPodGracePeriodSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get evictionMaxPodGracePeriodSecondsInput() {
        return this._evictionMaxPodGracePeriodSeconds;
    }
    get imageGcHighThresholdPercent() {
        return this.getNumberAttribute('image_gc_high_threshold_percent');
    }
    set imageGcHighThresholdPercent(value) {
        this._imageGcHighThresholdPercent = value;
    }
    resetImageGcHighThresholdPercent() {
        this._imageGcHighThresholdPercent = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageGcHighThresholdPercentInput() {
        return this._imageGcHighThresholdPercent;
    }
    get imageGcLowThresholdPercent() {
        return this.getNumberAttribute('image_gc_low_threshold_percent');
    }
    set imageGcLowThresholdPercent(value) {
        this._imageGcLowThresholdPercent = value;
    }
    resetImageGcLowThresholdPercent() {
        this._imageGcLowThresholdPercent = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageGcLowThresholdPercentInput() {
        return this._imageGcLowThresholdPercent;
    }
    get imageMaximumGcAge() {
        return this.getStringAttribute('image_maximum_gc_age');
    }
    set imageMaximumGcAge(value) {
        this._imageMaximumGcAge = value;
    }
    resetImageMaximumGcAge() {
        this._imageMaximumGcAge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageMaximumGcAgeInput() {
        return this._imageMaximumGcAge;
    }
    get imageMinimumGcAge() {
        return this.getStringAttribute('image_minimum_gc_age');
    }
    set imageMinimumGcAge(value) {
        this._imageMinimumGcAge = value;
    }
    resetImageMinimumGcAge() {
        this._imageMinimumGcAge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageMinimumGcAgeInput() {
        return this._imageMinimumGcAge;
    }
    get insecureKubeletReadonlyPortEnabled() {
        return this.getStringAttribute('insecure_kubelet_readonly_port_enabled');
    }
    set insecureKubeletReadonlyPortEnabled(value) {
        this._insecureKubeletReadonlyPortEnabled = value;
    }
    resetInsecureKubeletReadonlyPortEnabled() {
        this._insecureKubeletReadonlyPortEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureKubeletReadonlyPortEnabledInput() {
        return this._insecureKubeletReadonlyPortEnabled;
    }
    get maxParallelImagePulls() {
        return this.getNumberAttribute('max_parallel_image_pulls');
    }
    set maxParallelImagePulls(value) {
        this._maxParallelImagePulls = value;
    }
    resetMaxParallelImagePulls() {
        this._maxParallelImagePulls = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxParallelImagePullsInput() {
        return this._maxParallelImagePulls;
    }
    get podPidsLimit() {
        return this.getNumberAttribute('pod_pids_limit');
    }
    set podPidsLimit(value) {
        this._podPidsLimit = value;
    }
    resetPodPidsLimit() {
        this._podPidsLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get podPidsLimitInput() {
        return this._podPidsLimit;
    }
    get shutdownGracePeriodCriticalPodsSeconds() {
        return this.getNumberAttribute('shutdown_grace_period_critical_pods_seconds');
    }
    set shutdownGracePeriodCriticalPodsSeconds(value) {
        this._shutdownGracePeriodCriticalPodsSeconds = value;
    }
    resetShutdownGracePeriodCriticalPodsSeconds() {
        this._shutdownGracePeriodCriticalPodsSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shutdownGracePeriodCriticalPodsSecondsInput() {
        return this._shutdownGracePeriodCriticalPodsSeconds;
    }
    get shutdownGracePeriodSeconds() {
        return this.getNumberAttribute('shutdown_grace_period_seconds');
    }
    set shutdownGracePeriodSeconds(value) {
        this._shutdownGracePeriodSeconds = value;
    }
    resetShutdownGracePeriodSeconds() {
        this._shutdownGracePeriodSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shutdownGracePeriodSecondsInput() {
        return this._shutdownGracePeriodSeconds;
    }
    get singleProcessOomKill() {
        return this.getBooleanAttribute('single_process_oom_kill');
    }
    set singleProcessOomKill(value) {
        this._singleProcessOomKill = value;
    }
    resetSingleProcessOomKill() {
        this._singleProcessOomKill = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get singleProcessOomKillInput() {
        return this._singleProcessOomKill;
    }
    get crashLoopBackOff() {
        return this._crashLoopBackOff;
    }
    putCrashLoopBackOff(value) {
        this._crashLoopBackOff.internalValue = value;
    }
    resetCrashLoopBackOff() {
        this._crashLoopBackOff.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crashLoopBackOffInput() {
        return this._crashLoopBackOff.internalValue;
    }
    get evictionMinimumReclaim() {
        return this._evictionMinimumReclaim;
    }
    putEvictionMinimumReclaim(value) {
        this._evictionMinimumReclaim.internalValue = value;
    }
    resetEvictionMinimumReclaim() {
        this._evictionMinimumReclaim.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get evictionMinimumReclaimInput() {
        return this._evictionMinimumReclaim.internalValue;
    }
    get evictionSoft() {
        return this._evictionSoft;
    }
    putEvictionSoft(value) {
        this._evictionSoft.internalValue = value;
    }
    resetEvictionSoft() {
        this._evictionSoft.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get evictionSoftInput() {
        return this._evictionSoft.internalValue;
    }
    get evictionSoftGracePeriod() {
        return this._evictionSoftGracePeriod;
    }
    putEvictionSoftGracePeriod(value) {
        this._evictionSoftGracePeriod.internalValue = value;
    }
    resetEvictionSoftGracePeriod() {
        this._evictionSoftGracePeriod.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get evictionSoftGracePeriodInput() {
        return this._evictionSoftGracePeriod.internalValue;
    }
    get memoryManager() {
        return this._memoryManager;
    }
    putMemoryManager(value) {
        this._memoryManager.internalValue = value;
    }
    resetMemoryManager() {
        this._memoryManager.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryManagerInput() {
        return this._memoryManager.internalValue;
    }
    get topologyManager() {
        return this._topologyManager;
    }
    putTopologyManager(value) {
        this._topologyManager.internalValue = value;
    }
    resetTopologyManager() {
        this._topologyManager.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get topologyManagerInput() {
        return this._topologyManager.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigKubeletConfigOutputReference = ContainerNodePoolNodeConfigKubeletConfigOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_ptp_kvm_time_sync: cdktf.booleanToTerraform(struct.enablePtpKvmTimeSync),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_ptp_kvm_time_sync: {
            value: cdktf.booleanToHclTerraform(struct.enablePtpKvmTimeSync),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enablePtpKvmTimeSync !== undefined) {
            hasAnyValues = true;
            internalValueResult.enablePtpKvmTimeSync = this._enablePtpKvmTimeSync;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enablePtpKvmTimeSync = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enablePtpKvmTimeSync = value.enablePtpKvmTimeSync;
        }
    }
    get enablePtpKvmTimeSync() {
        return this.getBooleanAttribute('enable_ptp_kvm_time_sync');
    }
    set enablePtpKvmTimeSync(value) {
        this._enablePtpKvmTimeSync = value;
    }
    resetEnablePtpKvmTimeSync() {
        this._enablePtpKvmTimeSync = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enablePtpKvmTimeSyncInput() {
        return this._enablePtpKvmTimeSync;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        gcp_secret_manager_secret_uri: cdktf.stringToTerraform(struct.gcpSecretManagerSecretUri),
        gcs_generation: cdktf.numberToTerraform(struct.gcsGeneration),
        gcs_uri: cdktf.stringToTerraform(struct.gcsUri),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        gcp_secret_manager_secret_uri: {
            value: cdktf.stringToHclTerraform(struct.gcpSecretManagerSecretUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gcs_generation: {
            value: cdktf.numberToHclTerraform(struct.gcsGeneration),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        gcs_uri: {
            value: cdktf.stringToHclTerraform(struct.gcsUri),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._gcpSecretManagerSecretUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcpSecretManagerSecretUri = this._gcpSecretManagerSecretUri;
        }
        if (this._gcsGeneration !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcsGeneration = this._gcsGeneration;
        }
        if (this._gcsUri !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcsUri = this._gcsUri;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._gcpSecretManagerSecretUri = undefined;
            this._gcsGeneration = undefined;
            this._gcsUri = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._gcpSecretManagerSecretUri = value.gcpSecretManagerSecretUri;
            this._gcsGeneration = value.gcsGeneration;
            this._gcsUri = value.gcsUri;
        }
    }
    get gcpSecretManagerSecretUri() {
        return this.getStringAttribute('gcp_secret_manager_secret_uri');
    }
    set gcpSecretManagerSecretUri(value) {
        this._gcpSecretManagerSecretUri = value;
    }
    resetGcpSecretManagerSecretUri() {
        this._gcpSecretManagerSecretUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcpSecretManagerSecretUriInput() {
        return this._gcpSecretManagerSecretUri;
    }
    get gcsGeneration() {
        return this.getNumberAttribute('gcs_generation');
    }
    set gcsGeneration(value) {
        this._gcsGeneration = value;
    }
    resetGcsGeneration() {
        this._gcsGeneration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcsGenerationInput() {
        return this._gcsGeneration;
    }
    get gcsUri() {
        return this.getStringAttribute('gcs_uri');
    }
    set gcsUri(value) {
        this._gcsUri = value;
    }
    resetGcsUri() {
        this._gcsUri = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcsUriInput() {
        return this._gcsUri;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        init_script: containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToTerraform(struct.initScript),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        init_script: {
            value: containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptToHclTerraform(struct.initScript),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // init_script - computed: false, optional: true, required: false
        this._initScript = new ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitInitScriptOutputReference(this, "init_script");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._initScript?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.initScript = this._initScript?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._initScript.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._initScript.internalValue = value.initScript;
        }
    }
    get initScript() {
        return this._initScript;
    }
    putInitScript(value) {
        this._initScript.internalValue = value;
    }
    resetInitScript() {
        this._initScript.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initScriptInput() {
        return this._initScript.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        hugepage_size_1g: cdktf.numberToTerraform(struct.hugepageSize1G),
        hugepage_size_2m: cdktf.numberToTerraform(struct.hugepageSize2M),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        hugepage_size_1g: {
            value: cdktf.numberToHclTerraform(struct.hugepageSize1G),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        hugepage_size_2m: {
            value: cdktf.numberToHclTerraform(struct.hugepageSize2M),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._hugepageSize1G !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepageSize1G = this._hugepageSize1G;
        }
        if (this._hugepageSize2M !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepageSize2M = this._hugepageSize2M;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._hugepageSize1G = undefined;
            this._hugepageSize2M = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._hugepageSize1G = value.hugepageSize1G;
            this._hugepageSize2M = value.hugepageSize2M;
        }
    }
    get hugepageSize1G() {
        return this.getNumberAttribute('hugepage_size_1g');
    }
    set hugepageSize1G(value) {
        this._hugepageSize1G = value;
    }
    resetHugepageSize1G() {
        this._hugepageSize1G = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hugepageSize1GInput() {
        return this._hugepageSize1G;
    }
    get hugepageSize2M() {
        return this.getNumberAttribute('hugepage_size_2m');
    }
    set hugepageSize2M(value) {
        this._hugepageSize2M = value;
    }
    resetHugepageSize2M() {
        this._hugepageSize2M = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hugepageSize2MInput() {
        return this._hugepageSize2M;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        policy: cdktf.stringToTerraform(struct.policy),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        policy: {
            value: cdktf.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._policy !== undefined) {
            hasAnyValues = true;
            internalValueResult.policy = this._policy;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._policy = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._policy = value.policy;
        }
    }
    get policy() {
        return this.getStringAttribute('policy');
    }
    set policy(value) {
        this._policy = value;
    }
    resetPolicy() {
        this._policy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyInput() {
        return this._policy;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        swap_size_gib: cdktf.numberToTerraform(struct.swapSizeGib),
        swap_size_percent: cdktf.numberToTerraform(struct.swapSizePercent),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        swap_size_gib: {
            value: cdktf.numberToHclTerraform(struct.swapSizeGib),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        swap_size_percent: {
            value: cdktf.numberToHclTerraform(struct.swapSizePercent),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._swapSizeGib !== undefined) {
            hasAnyValues = true;
            internalValueResult.swapSizeGib = this._swapSizeGib;
        }
        if (this._swapSizePercent !== undefined) {
            hasAnyValues = true;
            internalValueResult.swapSizePercent = this._swapSizePercent;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._swapSizeGib = undefined;
            this._swapSizePercent = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._swapSizeGib = value.swapSizeGib;
            this._swapSizePercent = value.swapSizePercent;
        }
    }
    get swapSizeGib() {
        return this.getNumberAttribute('swap_size_gib');
    }
    set swapSizeGib(value) {
        this._swapSizeGib = value;
    }
    resetSwapSizeGib() {
        this._swapSizeGib = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapSizeGibInput() {
        return this._swapSizeGib;
    }
    get swapSizePercent() {
        return this.getNumberAttribute('swap_size_percent');
    }
    set swapSizePercent(value) {
        this._swapSizePercent = value;
    }
    resetSwapSizePercent() {
        this._swapSizePercent = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapSizePercentInput() {
        return this._swapSizePercent;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disk_count: cdktf.numberToTerraform(struct.diskCount),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disk_count: {
            value: cdktf.numberToHclTerraform(struct.diskCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._diskCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskCount = this._diskCount;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._diskCount = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._diskCount = value.diskCount;
        }
    }
    get diskCount() {
        return this.getNumberAttribute('disk_count');
    }
    set diskCount(value) {
        this._diskCount = value;
    }
    resetDiskCount() {
        this._diskCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskCountInput() {
        return this._diskCount;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disabled: cdktf.booleanToTerraform(struct.disabled),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disabled: {
            value: cdktf.booleanToHclTerraform(struct.disabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._disabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.disabled = this._disabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._disabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._disabled = value.disabled;
        }
    }
    get disabled() {
        return this.getBooleanAttribute('disabled');
    }
    set disabled(value) {
        this._disabled = value;
    }
    resetDisabled() {
        this._disabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disabledInput() {
        return this._disabled;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        swap_size_gib: cdktf.numberToTerraform(struct.swapSizeGib),
        swap_size_percent: cdktf.numberToTerraform(struct.swapSizePercent),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        swap_size_gib: {
            value: cdktf.numberToHclTerraform(struct.swapSizeGib),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        swap_size_percent: {
            value: cdktf.numberToHclTerraform(struct.swapSizePercent),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._swapSizeGib !== undefined) {
            hasAnyValues = true;
            internalValueResult.swapSizeGib = this._swapSizeGib;
        }
        if (this._swapSizePercent !== undefined) {
            hasAnyValues = true;
            internalValueResult.swapSizePercent = this._swapSizePercent;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._swapSizeGib = undefined;
            this._swapSizePercent = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._swapSizeGib = value.swapSizeGib;
            this._swapSizePercent = value.swapSizePercent;
        }
    }
    get swapSizeGib() {
        return this.getNumberAttribute('swap_size_gib');
    }
    set swapSizeGib(value) {
        this._swapSizeGib = value;
    }
    resetSwapSizeGib() {
        this._swapSizeGib = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapSizeGibInput() {
        return this._swapSizeGib;
    }
    get swapSizePercent() {
        return this.getNumberAttribute('swap_size_percent');
    }
    set swapSizePercent(value) {
        this._swapSizePercent = value;
    }
    resetSwapSizePercent() {
        this._swapSizePercent = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapSizePercentInput() {
        return this._swapSizePercent;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        boot_disk_profile: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToTerraform(struct.bootDiskProfile),
        dedicated_local_ssd_profile: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToTerraform(struct.dedicatedLocalSsdProfile),
        encryption_config: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToTerraform(struct.encryptionConfig),
        ephemeral_local_ssd_profile: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToTerraform(struct.ephemeralLocalSsdProfile),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        boot_disk_profile: {
            value: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileToHclTerraform(struct.bootDiskProfile),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileList",
        },
        dedicated_local_ssd_profile: {
            value: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileToHclTerraform(struct.dedicatedLocalSsdProfile),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileList",
        },
        encryption_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigToHclTerraform(struct.encryptionConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigList",
        },
        ephemeral_local_ssd_profile: {
            value: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileToHclTerraform(struct.ephemeralLocalSsdProfile),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // boot_disk_profile - computed: false, optional: true, required: false
        this._bootDiskProfile = new ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigBootDiskProfileOutputReference(this, "boot_disk_profile");
        // dedicated_local_ssd_profile - computed: false, optional: true, required: false
        this._dedicatedLocalSsdProfile = new ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigDedicatedLocalSsdProfileOutputReference(this, "dedicated_local_ssd_profile");
        // encryption_config - computed: false, optional: true, required: false
        this._encryptionConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEncryptionConfigOutputReference(this, "encryption_config");
        // ephemeral_local_ssd_profile - computed: false, optional: true, required: false
        this._ephemeralLocalSsdProfile = new ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigEphemeralLocalSsdProfileOutputReference(this, "ephemeral_local_ssd_profile");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._bootDiskProfile?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootDiskProfile = this._bootDiskProfile?.internalValue;
        }
        if (this._dedicatedLocalSsdProfile?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.dedicatedLocalSsdProfile = this._dedicatedLocalSsdProfile?.internalValue;
        }
        if (this._encryptionConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.encryptionConfig = this._encryptionConfig?.internalValue;
        }
        if (this._ephemeralLocalSsdProfile?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ephemeralLocalSsdProfile = this._ephemeralLocalSsdProfile?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._bootDiskProfile.internalValue = undefined;
            this._dedicatedLocalSsdProfile.internalValue = undefined;
            this._encryptionConfig.internalValue = undefined;
            this._ephemeralLocalSsdProfile.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._bootDiskProfile.internalValue = value.bootDiskProfile;
            this._dedicatedLocalSsdProfile.internalValue = value.dedicatedLocalSsdProfile;
            this._encryptionConfig.internalValue = value.encryptionConfig;
            this._ephemeralLocalSsdProfile.internalValue = value.ephemeralLocalSsdProfile;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    get bootDiskProfile() {
        return this._bootDiskProfile;
    }
    putBootDiskProfile(value) {
        this._bootDiskProfile.internalValue = value;
    }
    resetBootDiskProfile() {
        this._bootDiskProfile.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootDiskProfileInput() {
        return this._bootDiskProfile.internalValue;
    }
    get dedicatedLocalSsdProfile() {
        return this._dedicatedLocalSsdProfile;
    }
    putDedicatedLocalSsdProfile(value) {
        this._dedicatedLocalSsdProfile.internalValue = value;
    }
    resetDedicatedLocalSsdProfile() {
        this._dedicatedLocalSsdProfile.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dedicatedLocalSsdProfileInput() {
        return this._dedicatedLocalSsdProfile.internalValue;
    }
    get encryptionConfig() {
        return this._encryptionConfig;
    }
    putEncryptionConfig(value) {
        this._encryptionConfig.internalValue = value;
    }
    resetEncryptionConfig() {
        this._encryptionConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encryptionConfigInput() {
        return this._encryptionConfig.internalValue;
    }
    get ephemeralLocalSsdProfile() {
        return this._ephemeralLocalSsdProfile;
    }
    putEphemeralLocalSsdProfile(value) {
        this._ephemeralLocalSsdProfile.internalValue = value;
    }
    resetEphemeralLocalSsdProfile() {
        this._ephemeralLocalSsdProfile.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ephemeralLocalSsdProfileInput() {
        return this._ephemeralLocalSsdProfile.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference;
function containerNodePoolNodeConfigLinuxNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cgroup_mode: cdktf.stringToTerraform(struct.cgroupMode),
        sysctls: cdktf.hashMapper(cdktf.stringToTerraform)(struct.sysctls),
        transparent_hugepage_defrag: cdktf.stringToTerraform(struct.transparentHugepageDefrag),
        transparent_hugepage_enabled: cdktf.stringToTerraform(struct.transparentHugepageEnabled),
        accurate_time_config: containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToTerraform(struct.accurateTimeConfig),
        custom_node_init: containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToTerraform(struct.customNodeInit),
        hugepages_config: containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform(struct.hugepagesConfig),
        node_kernel_module_loading: containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToTerraform(struct.nodeKernelModuleLoading),
        swap_config: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToTerraform(struct.swapConfig),
    };
}
function containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cgroup_mode: {
            value: cdktf.stringToHclTerraform(struct.cgroupMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sysctls: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.sysctls),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        transparent_hugepage_defrag: {
            value: cdktf.stringToHclTerraform(struct.transparentHugepageDefrag),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        transparent_hugepage_enabled: {
            value: cdktf.stringToHclTerraform(struct.transparentHugepageEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        accurate_time_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigToHclTerraform(struct.accurateTimeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigList",
        },
        custom_node_init: {
            value: containerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitToHclTerraform(struct.customNodeInit),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitList",
        },
        hugepages_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform(struct.hugepagesConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigList",
        },
        node_kernel_module_loading: {
            value: containerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingToHclTerraform(struct.nodeKernelModuleLoading),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingList",
        },
        swap_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigSwapConfigToHclTerraform(struct.swapConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // accurate_time_config - computed: false, optional: true, required: false
        this._accurateTimeConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigAccurateTimeConfigOutputReference(this, "accurate_time_config");
        // custom_node_init - computed: false, optional: true, required: false
        this._customNodeInit = new ContainerNodePoolNodeConfigLinuxNodeConfigCustomNodeInitOutputReference(this, "custom_node_init");
        // hugepages_config - computed: false, optional: true, required: false
        this._hugepagesConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference(this, "hugepages_config");
        // node_kernel_module_loading - computed: false, optional: true, required: false
        this._nodeKernelModuleLoading = new ContainerNodePoolNodeConfigLinuxNodeConfigNodeKernelModuleLoadingOutputReference(this, "node_kernel_module_loading");
        // swap_config - computed: false, optional: true, required: false
        this._swapConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigSwapConfigOutputReference(this, "swap_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cgroupMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.cgroupMode = this._cgroupMode;
        }
        if (this._sysctls !== undefined) {
            hasAnyValues = true;
            internalValueResult.sysctls = this._sysctls;
        }
        if (this._transparentHugepageDefrag !== undefined) {
            hasAnyValues = true;
            internalValueResult.transparentHugepageDefrag = this._transparentHugepageDefrag;
        }
        if (this._transparentHugepageEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.transparentHugepageEnabled = this._transparentHugepageEnabled;
        }
        if (this._accurateTimeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.accurateTimeConfig = this._accurateTimeConfig?.internalValue;
        }
        if (this._customNodeInit?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.customNodeInit = this._customNodeInit?.internalValue;
        }
        if (this._hugepagesConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepagesConfig = this._hugepagesConfig?.internalValue;
        }
        if (this._nodeKernelModuleLoading?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeKernelModuleLoading = this._nodeKernelModuleLoading?.internalValue;
        }
        if (this._swapConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.swapConfig = this._swapConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._cgroupMode = undefined;
            this._sysctls = undefined;
            this._transparentHugepageDefrag = undefined;
            this._transparentHugepageEnabled = undefined;
            this._accurateTimeConfig.internalValue = undefined;
            this._customNodeInit.internalValue = undefined;
            this._hugepagesConfig.internalValue = undefined;
            this._nodeKernelModuleLoading.internalValue = undefined;
            this._swapConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._cgroupMode = value.cgroupMode;
            this._sysctls = value.sysctls;
            this._transparentHugepageDefrag = value.transparentHugepageDefrag;
            this._transparentHugepageEnabled = value.transparentHugepageEnabled;
            this._accurateTimeConfig.internalValue = value.accurateTimeConfig;
            this._customNodeInit.internalValue = value.customNodeInit;
            this._hugepagesConfig.internalValue = value.hugepagesConfig;
            this._nodeKernelModuleLoading.internalValue = value.nodeKernelModuleLoading;
            this._swapConfig.internalValue = value.swapConfig;
        }
    }
    get cgroupMode() {
        return this.getStringAttribute('cgroup_mode');
    }
    set cgroupMode(value) {
        this._cgroupMode = value;
    }
    resetCgroupMode() {
        this._cgroupMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cgroupModeInput() {
        return this._cgroupMode;
    }
    get sysctls() {
        return this.getStringMapAttribute('sysctls');
    }
    set sysctls(value) {
        this._sysctls = value;
    }
    resetSysctls() {
        this._sysctls = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sysctlsInput() {
        return this._sysctls;
    }
    get transparentHugepageDefrag() {
        return this.getStringAttribute('transparent_hugepage_defrag');
    }
    set transparentHugepageDefrag(value) {
        this._transparentHugepageDefrag = value;
    }
    resetTransparentHugepageDefrag() {
        this._transparentHugepageDefrag = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get transparentHugepageDefragInput() {
        return this._transparentHugepageDefrag;
    }
    get transparentHugepageEnabled() {
        return this.getStringAttribute('transparent_hugepage_enabled');
    }
    set transparentHugepageEnabled(value) {
        this._transparentHugepageEnabled = value;
    }
    resetTransparentHugepageEnabled() {
        this._transparentHugepageEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get transparentHugepageEnabledInput() {
        return this._transparentHugepageEnabled;
    }
    get accurateTimeConfig() {
        return this._accurateTimeConfig;
    }
    putAccurateTimeConfig(value) {
        this._accurateTimeConfig.internalValue = value;
    }
    resetAccurateTimeConfig() {
        this._accurateTimeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get accurateTimeConfigInput() {
        return this._accurateTimeConfig.internalValue;
    }
    get customNodeInit() {
        return this._customNodeInit;
    }
    putCustomNodeInit(value) {
        this._customNodeInit.internalValue = value;
    }
    resetCustomNodeInit() {
        this._customNodeInit.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customNodeInitInput() {
        return this._customNodeInit.internalValue;
    }
    get hugepagesConfig() {
        return this._hugepagesConfig;
    }
    putHugepagesConfig(value) {
        this._hugepagesConfig.internalValue = value;
    }
    resetHugepagesConfig() {
        this._hugepagesConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hugepagesConfigInput() {
        return this._hugepagesConfig.internalValue;
    }
    get nodeKernelModuleLoading() {
        return this._nodeKernelModuleLoading;
    }
    putNodeKernelModuleLoading(value) {
        this._nodeKernelModuleLoading.internalValue = value;
    }
    resetNodeKernelModuleLoading() {
        this._nodeKernelModuleLoading.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeKernelModuleLoadingInput() {
        return this._nodeKernelModuleLoading.internalValue;
    }
    get swapConfig() {
        return this._swapConfig;
    }
    putSwapConfig(value) {
        this._swapConfig.internalValue = value;
    }
    resetSwapConfig() {
        this._swapConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapConfigInput() {
        return this._swapConfig.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference = ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference;
function containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        local_ssd_count: cdktf.numberToTerraform(struct.localSsdCount),
    };
}
function containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        local_ssd_count: {
            value: cdktf.numberToHclTerraform(struct.localSsdCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._localSsdCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdCount = this._localSsdCount;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._localSsdCount = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._localSsdCount = value.localSsdCount;
        }
    }
    get localSsdCount() {
        return this.getNumberAttribute('local_ssd_count');
    }
    set localSsdCount(value) {
        this._localSsdCount = value;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdCountInput() {
        return this._localSsdCount;
    }
}
exports.ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference = ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference;
function containerNodePoolNodeConfigNodeImageConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        image: cdktf.stringToTerraform(struct.image),
        image_project: cdktf.stringToTerraform(struct.imageProject),
    };
}
function containerNodePoolNodeConfigNodeImageConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        image: {
            value: cdktf.stringToHclTerraform(struct.image),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        image_project: {
            value: cdktf.stringToHclTerraform(struct.imageProject),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigNodeImageConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._image !== undefined) {
            hasAnyValues = true;
            internalValueResult.image = this._image;
        }
        if (this._imageProject !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageProject = this._imageProject;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._image = undefined;
            this._imageProject = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._image = value.image;
            this._imageProject = value.imageProject;
        }
    }
    get image() {
        return this.getStringAttribute('image');
    }
    set image(value) {
        this._image = value;
    }
    resetImage() {
        this._image = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageInput() {
        return this._image;
    }
    get imageProject() {
        return this.getStringAttribute('image_project');
    }
    set imageProject(value) {
        this._imageProject = value;
    }
    resetImageProject() {
        this._imageProject = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageProjectInput() {
        return this._imageProject;
    }
}
exports.ContainerNodePoolNodeConfigNodeImageConfigOutputReference = ContainerNodePoolNodeConfigNodeImageConfigOutputReference;
class ContainerNodePoolNodeConfigNodeImageConfigList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigNodeImageConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigNodeImageConfigList = ContainerNodePoolNodeConfigNodeImageConfigList;
function containerNodePoolNodeConfigReservationAffinityToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        consume_reservation_type: cdktf.stringToTerraform(struct.consumeReservationType),
        key: cdktf.stringToTerraform(struct.key),
        values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.values),
    };
}
function containerNodePoolNodeConfigReservationAffinityToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        consume_reservation_type: {
            value: cdktf.stringToHclTerraform(struct.consumeReservationType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        values: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.values),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigReservationAffinityOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._consumeReservationType !== undefined) {
            hasAnyValues = true;
            internalValueResult.consumeReservationType = this._consumeReservationType;
        }
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._values !== undefined) {
            hasAnyValues = true;
            internalValueResult.values = this._values;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._consumeReservationType = undefined;
            this._key = undefined;
            this._values = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._consumeReservationType = value.consumeReservationType;
            this._key = value.key;
            this._values = value.values;
        }
    }
    get consumeReservationType() {
        return this.getStringAttribute('consume_reservation_type');
    }
    set consumeReservationType(value) {
        this._consumeReservationType = value;
    }
    // Temporarily expose input value. Use with caution.
    get consumeReservationTypeInput() {
        return this._consumeReservationType;
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    resetKey() {
        this._key = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get values() {
        return cdktf.Fn.tolist(this.getListAttribute('values'));
    }
    set values(value) {
        this._values = value;
    }
    resetValues() {
        this._values = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valuesInput() {
        return this._values;
    }
}
exports.ContainerNodePoolNodeConfigReservationAffinityOutputReference = ContainerNodePoolNodeConfigReservationAffinityOutputReference;
function containerNodePoolNodeConfigSandboxConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        type: cdktf.stringToTerraform(struct.type),
    };
}
function containerNodePoolNodeConfigSandboxConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigSandboxConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._type = value.type;
        }
    }
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.ContainerNodePoolNodeConfigSandboxConfigOutputReference = ContainerNodePoolNodeConfigSandboxConfigOutputReference;
function containerNodePoolNodeConfigSecondaryBootDisksToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disk_image: cdktf.stringToTerraform(struct.diskImage),
        mode: cdktf.stringToTerraform(struct.mode),
    };
}
function containerNodePoolNodeConfigSecondaryBootDisksToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disk_image: {
            value: cdktf.stringToHclTerraform(struct.diskImage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._diskImage !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskImage = this._diskImage;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._diskImage = undefined;
            this._mode = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._diskImage = value.diskImage;
            this._mode = value.mode;
        }
    }
    get diskImage() {
        return this.getStringAttribute('disk_image');
    }
    set diskImage(value) {
        this._diskImage = value;
    }
    // Temporarily expose input value. Use with caution.
    get diskImageInput() {
        return this._diskImage;
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
}
exports.ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference = ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference;
class ContainerNodePoolNodeConfigSecondaryBootDisksList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigSecondaryBootDisksList = ContainerNodePoolNodeConfigSecondaryBootDisksList;
function containerNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enable_integrity_monitoring: cdktf.booleanToTerraform(struct.enableIntegrityMonitoring),
        enable_secure_boot: cdktf.booleanToTerraform(struct.enableSecureBoot),
    };
}
function containerNodePoolNodeConfigShieldedInstanceConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enable_integrity_monitoring: {
            value: cdktf.booleanToHclTerraform(struct.enableIntegrityMonitoring),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enable_secure_boot: {
            value: cdktf.booleanToHclTerraform(struct.enableSecureBoot),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enableIntegrityMonitoring !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableIntegrityMonitoring = this._enableIntegrityMonitoring;
        }
        if (this._enableSecureBoot !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableSecureBoot = this._enableSecureBoot;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enableIntegrityMonitoring = undefined;
            this._enableSecureBoot = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enableIntegrityMonitoring = value.enableIntegrityMonitoring;
            this._enableSecureBoot = value.enableSecureBoot;
        }
    }
    get enableIntegrityMonitoring() {
        return this.getBooleanAttribute('enable_integrity_monitoring');
    }
    set enableIntegrityMonitoring(value) {
        this._enableIntegrityMonitoring = value;
    }
    resetEnableIntegrityMonitoring() {
        this._enableIntegrityMonitoring = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableIntegrityMonitoringInput() {
        return this._enableIntegrityMonitoring;
    }
    get enableSecureBoot() {
        return this.getBooleanAttribute('enable_secure_boot');
    }
    set enableSecureBoot(value) {
        this._enableSecureBoot = value;
    }
    resetEnableSecureBoot() {
        this._enableSecureBoot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableSecureBootInput() {
        return this._enableSecureBoot;
    }
}
exports.ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference = ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference;
function containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        key: cdktf.stringToTerraform(struct.key),
        operator: cdktf.stringToTerraform(struct.operator),
        values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.values),
    };
}
function containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        operator: {
            value: cdktf.stringToHclTerraform(struct.operator),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        values: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.values),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._operator !== undefined) {
            hasAnyValues = true;
            internalValueResult.operator = this._operator;
        }
        if (this._values !== undefined) {
            hasAnyValues = true;
            internalValueResult.values = this._values;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._key = undefined;
            this._operator = undefined;
            this._values = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._key = value.key;
            this._operator = value.operator;
            this._values = value.values;
        }
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get operator() {
        return this.getStringAttribute('operator');
    }
    set operator(value) {
        this._operator = value;
    }
    // Temporarily expose input value. Use with caution.
    get operatorInput() {
        return this._operator;
    }
    get values() {
        return this.getListAttribute('values');
    }
    set values(value) {
        this._values = value;
    }
    // Temporarily expose input value. Use with caution.
    get valuesInput() {
        return this._values;
    }
}
exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference = ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference;
class ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList = ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList;
function containerNodePoolNodeConfigSoleTenantConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        min_node_cpus: cdktf.numberToTerraform(struct.minNodeCpus),
        node_affinity: cdktf.listMapper(containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToTerraform, true)(struct.nodeAffinity),
    };
}
function containerNodePoolNodeConfigSoleTenantConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        min_node_cpus: {
            value: cdktf.numberToHclTerraform(struct.minNodeCpus),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        node_affinity: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigSoleTenantConfigNodeAffinityToHclTerraform, true)(struct.nodeAffinity),
            isBlock: true,
            type: "set",
            storageClassType: "ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigSoleTenantConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // node_affinity - computed: false, optional: false, required: true
        this._nodeAffinity = new ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList(this, "node_affinity", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._minNodeCpus !== undefined) {
            hasAnyValues = true;
            internalValueResult.minNodeCpus = this._minNodeCpus;
        }
        if (this._nodeAffinity?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeAffinity = this._nodeAffinity?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._minNodeCpus = undefined;
            this._nodeAffinity.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._minNodeCpus = value.minNodeCpus;
            this._nodeAffinity.internalValue = value.nodeAffinity;
        }
    }
    get minNodeCpus() {
        return this.getNumberAttribute('min_node_cpus');
    }
    set minNodeCpus(value) {
        this._minNodeCpus = value;
    }
    resetMinNodeCpus() {
        this._minNodeCpus = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minNodeCpusInput() {
        return this._minNodeCpus;
    }
    get nodeAffinity() {
        return this._nodeAffinity;
    }
    putNodeAffinity(value) {
        this._nodeAffinity.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAffinityInput() {
        return this._nodeAffinity.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigSoleTenantConfigOutputReference = ContainerNodePoolNodeConfigSoleTenantConfigOutputReference;
function containerNodePoolNodeConfigTaintToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        effect: cdktf.stringToTerraform(struct.effect),
        key: cdktf.stringToTerraform(struct.key),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function containerNodePoolNodeConfigTaintToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        effect: {
            value: cdktf.stringToHclTerraform(struct.effect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        value: {
            value: cdktf.stringToHclTerraform(struct.value),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigTaintOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._effect !== undefined) {
            hasAnyValues = true;
            internalValueResult.effect = this._effect;
        }
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._value !== undefined) {
            hasAnyValues = true;
            internalValueResult.value = this._value;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._effect = undefined;
            this._key = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._effect = value.effect;
            this._key = value.key;
            this._value = value.value;
        }
    }
    get effect() {
        return this.getStringAttribute('effect');
    }
    set effect(value) {
        this._effect = value;
    }
    // Temporarily expose input value. Use with caution.
    get effectInput() {
        return this._effect;
    }
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ContainerNodePoolNodeConfigTaintOutputReference = ContainerNodePoolNodeConfigTaintOutputReference;
class ContainerNodePoolNodeConfigTaintList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeConfigTaintOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeConfigTaintList = ContainerNodePoolNodeConfigTaintList;
function containerNodePoolNodeConfigTaintConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        architecture_taint_behavior: cdktf.stringToTerraform(struct.architectureTaintBehavior),
    };
}
function containerNodePoolNodeConfigTaintConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        architecture_taint_behavior: {
            value: cdktf.stringToHclTerraform(struct.architectureTaintBehavior),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigTaintConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._architectureTaintBehavior !== undefined) {
            hasAnyValues = true;
            internalValueResult.architectureTaintBehavior = this._architectureTaintBehavior;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._architectureTaintBehavior = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._architectureTaintBehavior = value.architectureTaintBehavior;
        }
    }
    get architectureTaintBehavior() {
        return this.getStringAttribute('architecture_taint_behavior');
    }
    set architectureTaintBehavior(value) {
        this._architectureTaintBehavior = value;
    }
    // Temporarily expose input value. Use with caution.
    get architectureTaintBehaviorInput() {
        return this._architectureTaintBehavior;
    }
}
exports.ContainerNodePoolNodeConfigTaintConfigOutputReference = ContainerNodePoolNodeConfigTaintConfigOutputReference;
function containerNodePoolNodeConfigWindowsNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        osversion: cdktf.stringToTerraform(struct.osversion),
    };
}
function containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        osversion: {
            value: cdktf.stringToHclTerraform(struct.osversion),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._osversion !== undefined) {
            hasAnyValues = true;
            internalValueResult.osversion = this._osversion;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._osversion = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._osversion = value.osversion;
        }
    }
    get osversion() {
        return this.getStringAttribute('osversion');
    }
    set osversion(value) {
        this._osversion = value;
    }
    resetOsversion() {
        this._osversion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get osversionInput() {
        return this._osversion;
    }
}
exports.ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference = ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference;
function containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        mode: cdktf.stringToTerraform(struct.mode),
    };
}
function containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._mode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._mode = value.mode;
        }
    }
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
}
exports.ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference = ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference;
function containerNodePoolNodeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        boot_disk_kms_key: cdktf.stringToTerraform(struct.bootDiskKmsKey),
        disk_size_gb: cdktf.numberToTerraform(struct.diskSizeGb),
        disk_type: cdktf.stringToTerraform(struct.diskType),
        enable_confidential_storage: cdktf.booleanToTerraform(struct.enableConfidentialStorage),
        flex_start: cdktf.booleanToTerraform(struct.flexStart),
        gpudirect_strategy: cdktf.stringToTerraform(struct.gpudirectStrategy),
        image_type: cdktf.stringToTerraform(struct.imageType),
        labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct.labels),
        local_ssd_count: cdktf.numberToTerraform(struct.localSsdCount),
        local_ssd_encryption_mode: cdktf.stringToTerraform(struct.localSsdEncryptionMode),
        logging_variant: cdktf.stringToTerraform(struct.loggingVariant),
        machine_type: cdktf.stringToTerraform(struct.machineType),
        max_run_duration: cdktf.stringToTerraform(struct.maxRunDuration),
        metadata: cdktf.hashMapper(cdktf.stringToTerraform)(struct.metadata),
        min_cpu_platform: cdktf.stringToTerraform(struct.minCpuPlatform),
        node_group: cdktf.stringToTerraform(struct.nodeGroup),
        oauth_scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.oauthScopes),
        preemptible: cdktf.booleanToTerraform(struct.preemptible),
        resource_labels: cdktf.hashMapper(cdktf.stringToTerraform)(struct.resourceLabels),
        resource_manager_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.resourceManagerTags),
        service_account: cdktf.stringToTerraform(struct.serviceAccount),
        spot: cdktf.booleanToTerraform(struct.spot),
        storage_pools: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.storagePools),
        tags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.tags),
        advanced_machine_features: containerNodePoolNodeConfigAdvancedMachineFeaturesToTerraform(struct.advancedMachineFeatures),
        boot_disk: containerNodePoolNodeConfigBootDiskToTerraform(struct.bootDisk),
        confidential_nodes: containerNodePoolNodeConfigConfidentialNodesToTerraform(struct.confidentialNodes),
        containerd_config: containerNodePoolNodeConfigContainerdConfigToTerraform(struct.containerdConfig),
        ephemeral_storage_local_ssd_config: containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToTerraform(struct.ephemeralStorageLocalSsdConfig),
        fast_socket: containerNodePoolNodeConfigFastSocketToTerraform(struct.fastSocket),
        gcfs_config: containerNodePoolNodeConfigGcfsConfigToTerraform(struct.gcfsConfig),
        guest_accelerator: cdktf.listMapper(containerNodePoolNodeConfigGuestAcceleratorToTerraform, true)(struct.guestAccelerator),
        gvnic: containerNodePoolNodeConfigGvnicToTerraform(struct.gvnic),
        host_maintenance_policy: containerNodePoolNodeConfigHostMaintenancePolicyToTerraform(struct.hostMaintenancePolicy),
        kubelet_config: containerNodePoolNodeConfigKubeletConfigToTerraform(struct.kubeletConfig),
        linux_node_config: containerNodePoolNodeConfigLinuxNodeConfigToTerraform(struct.linuxNodeConfig),
        local_nvme_ssd_block_config: containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform(struct.localNvmeSsdBlockConfig),
        node_image_config: cdktf.listMapper(containerNodePoolNodeConfigNodeImageConfigToTerraform, true)(struct.nodeImageConfig),
        reservation_affinity: containerNodePoolNodeConfigReservationAffinityToTerraform(struct.reservationAffinity),
        sandbox_config: containerNodePoolNodeConfigSandboxConfigToTerraform(struct.sandboxConfig),
        secondary_boot_disks: cdktf.listMapper(containerNodePoolNodeConfigSecondaryBootDisksToTerraform, true)(struct.secondaryBootDisks),
        shielded_instance_config: containerNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct.shieldedInstanceConfig),
        sole_tenant_config: containerNodePoolNodeConfigSoleTenantConfigToTerraform(struct.soleTenantConfig),
        taint: cdktf.listMapper(containerNodePoolNodeConfigTaintToTerraform, true)(struct.taint),
        taint_config: containerNodePoolNodeConfigTaintConfigToTerraform(struct.taintConfig),
        windows_node_config: containerNodePoolNodeConfigWindowsNodeConfigToTerraform(struct.windowsNodeConfig),
        workload_metadata_config: containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform(struct.workloadMetadataConfig),
    };
}
function containerNodePoolNodeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        boot_disk_kms_key: {
            value: cdktf.stringToHclTerraform(struct.bootDiskKmsKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        disk_size_gb: {
            value: cdktf.numberToHclTerraform(struct.diskSizeGb),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        disk_type: {
            value: cdktf.stringToHclTerraform(struct.diskType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enable_confidential_storage: {
            value: cdktf.booleanToHclTerraform(struct.enableConfidentialStorage),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        flex_start: {
            value: cdktf.booleanToHclTerraform(struct.flexStart),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        gpudirect_strategy: {
            value: cdktf.stringToHclTerraform(struct.gpudirectStrategy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        image_type: {
            value: cdktf.stringToHclTerraform(struct.imageType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        labels: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.labels),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        local_ssd_count: {
            value: cdktf.numberToHclTerraform(struct.localSsdCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        local_ssd_encryption_mode: {
            value: cdktf.stringToHclTerraform(struct.localSsdEncryptionMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        logging_variant: {
            value: cdktf.stringToHclTerraform(struct.loggingVariant),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        machine_type: {
            value: cdktf.stringToHclTerraform(struct.machineType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        max_run_duration: {
            value: cdktf.stringToHclTerraform(struct.maxRunDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        metadata: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.metadata),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        min_cpu_platform: {
            value: cdktf.stringToHclTerraform(struct.minCpuPlatform),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node_group: {
            value: cdktf.stringToHclTerraform(struct.nodeGroup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        oauth_scopes: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.oauthScopes),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        preemptible: {
            value: cdktf.booleanToHclTerraform(struct.preemptible),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        resource_labels: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.resourceLabels),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        resource_manager_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.resourceManagerTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        service_account: {
            value: cdktf.stringToHclTerraform(struct.serviceAccount),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        spot: {
            value: cdktf.booleanToHclTerraform(struct.spot),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        storage_pools: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.storagePools),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        tags: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.tags),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        advanced_machine_features: {
            value: containerNodePoolNodeConfigAdvancedMachineFeaturesToHclTerraform(struct.advancedMachineFeatures),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigAdvancedMachineFeaturesList",
        },
        boot_disk: {
            value: containerNodePoolNodeConfigBootDiskToHclTerraform(struct.bootDisk),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigBootDiskList",
        },
        confidential_nodes: {
            value: containerNodePoolNodeConfigConfidentialNodesToHclTerraform(struct.confidentialNodes),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigConfidentialNodesList",
        },
        containerd_config: {
            value: containerNodePoolNodeConfigContainerdConfigToHclTerraform(struct.containerdConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigContainerdConfigList",
        },
        ephemeral_storage_local_ssd_config: {
            value: containerNodePoolNodeConfigEphemeralStorageLocalSsdConfigToHclTerraform(struct.ephemeralStorageLocalSsdConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigList",
        },
        fast_socket: {
            value: containerNodePoolNodeConfigFastSocketToHclTerraform(struct.fastSocket),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigFastSocketList",
        },
        gcfs_config: {
            value: containerNodePoolNodeConfigGcfsConfigToHclTerraform(struct.gcfsConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigGcfsConfigList",
        },
        guest_accelerator: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigGuestAcceleratorToHclTerraform, true)(struct.guestAccelerator),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigGuestAcceleratorList",
        },
        gvnic: {
            value: containerNodePoolNodeConfigGvnicToHclTerraform(struct.gvnic),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigGvnicList",
        },
        host_maintenance_policy: {
            value: containerNodePoolNodeConfigHostMaintenancePolicyToHclTerraform(struct.hostMaintenancePolicy),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigHostMaintenancePolicyList",
        },
        kubelet_config: {
            value: containerNodePoolNodeConfigKubeletConfigToHclTerraform(struct.kubeletConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigKubeletConfigList",
        },
        linux_node_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform(struct.linuxNodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigList",
        },
        local_nvme_ssd_block_config: {
            value: containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform(struct.localNvmeSsdBlockConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigList",
        },
        node_image_config: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigNodeImageConfigToHclTerraform, true)(struct.nodeImageConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigNodeImageConfigList",
        },
        reservation_affinity: {
            value: containerNodePoolNodeConfigReservationAffinityToHclTerraform(struct.reservationAffinity),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigReservationAffinityList",
        },
        sandbox_config: {
            value: containerNodePoolNodeConfigSandboxConfigToHclTerraform(struct.sandboxConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigSandboxConfigList",
        },
        secondary_boot_disks: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigSecondaryBootDisksToHclTerraform, true)(struct.secondaryBootDisks),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigSecondaryBootDisksList",
        },
        shielded_instance_config: {
            value: containerNodePoolNodeConfigShieldedInstanceConfigToHclTerraform(struct.shieldedInstanceConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigShieldedInstanceConfigList",
        },
        sole_tenant_config: {
            value: containerNodePoolNodeConfigSoleTenantConfigToHclTerraform(struct.soleTenantConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigSoleTenantConfigList",
        },
        taint: {
            value: cdktf.listMapperHcl(containerNodePoolNodeConfigTaintToHclTerraform, true)(struct.taint),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigTaintList",
        },
        taint_config: {
            value: containerNodePoolNodeConfigTaintConfigToHclTerraform(struct.taintConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigTaintConfigList",
        },
        windows_node_config: {
            value: containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform(struct.windowsNodeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigWindowsNodeConfigList",
        },
        workload_metadata_config: {
            value: containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform(struct.workloadMetadataConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigWorkloadMetadataConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // effective_taints - computed: true, optional: false, required: false
        this._effectiveTaints = new ContainerNodePoolNodeConfigEffectiveTaintsList(this, "effective_taints", false);
        // advanced_machine_features - computed: false, optional: true, required: false
        this._advancedMachineFeatures = new ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference(this, "advanced_machine_features");
        // boot_disk - computed: false, optional: true, required: false
        this._bootDisk = new ContainerNodePoolNodeConfigBootDiskOutputReference(this, "boot_disk");
        // confidential_nodes - computed: false, optional: true, required: false
        this._confidentialNodes = new ContainerNodePoolNodeConfigConfidentialNodesOutputReference(this, "confidential_nodes");
        // containerd_config - computed: false, optional: true, required: false
        this._containerdConfig = new ContainerNodePoolNodeConfigContainerdConfigOutputReference(this, "containerd_config");
        // ephemeral_storage_local_ssd_config - computed: false, optional: true, required: false
        this._ephemeralStorageLocalSsdConfig = new ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference(this, "ephemeral_storage_local_ssd_config");
        // fast_socket - computed: false, optional: true, required: false
        this._fastSocket = new ContainerNodePoolNodeConfigFastSocketOutputReference(this, "fast_socket");
        // gcfs_config - computed: false, optional: true, required: false
        this._gcfsConfig = new ContainerNodePoolNodeConfigGcfsConfigOutputReference(this, "gcfs_config");
        // guest_accelerator - computed: false, optional: true, required: false
        this._guestAccelerator = new ContainerNodePoolNodeConfigGuestAcceleratorList(this, "guest_accelerator", false);
        // gvnic - computed: false, optional: true, required: false
        this._gvnic = new ContainerNodePoolNodeConfigGvnicOutputReference(this, "gvnic");
        // host_maintenance_policy - computed: false, optional: true, required: false
        this._hostMaintenancePolicy = new ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference(this, "host_maintenance_policy");
        // kubelet_config - computed: false, optional: true, required: false
        this._kubeletConfig = new ContainerNodePoolNodeConfigKubeletConfigOutputReference(this, "kubelet_config");
        // linux_node_config - computed: false, optional: true, required: false
        this._linuxNodeConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference(this, "linux_node_config");
        // local_nvme_ssd_block_config - computed: false, optional: true, required: false
        this._localNvmeSsdBlockConfig = new ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference(this, "local_nvme_ssd_block_config");
        // node_image_config - computed: false, optional: true, required: false
        this._nodeImageConfig = new ContainerNodePoolNodeConfigNodeImageConfigList(this, "node_image_config", false);
        // reservation_affinity - computed: false, optional: true, required: false
        this._reservationAffinity = new ContainerNodePoolNodeConfigReservationAffinityOutputReference(this, "reservation_affinity");
        // sandbox_config - computed: false, optional: true, required: false
        this._sandboxConfig = new ContainerNodePoolNodeConfigSandboxConfigOutputReference(this, "sandbox_config");
        // secondary_boot_disks - computed: false, optional: true, required: false
        this._secondaryBootDisks = new ContainerNodePoolNodeConfigSecondaryBootDisksList(this, "secondary_boot_disks", false);
        // shielded_instance_config - computed: false, optional: true, required: false
        this._shieldedInstanceConfig = new ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference(this, "shielded_instance_config");
        // sole_tenant_config - computed: false, optional: true, required: false
        this._soleTenantConfig = new ContainerNodePoolNodeConfigSoleTenantConfigOutputReference(this, "sole_tenant_config");
        // taint - computed: false, optional: true, required: false
        this._taint = new ContainerNodePoolNodeConfigTaintList(this, "taint", false);
        // taint_config - computed: false, optional: true, required: false
        this._taintConfig = new ContainerNodePoolNodeConfigTaintConfigOutputReference(this, "taint_config");
        // windows_node_config - computed: false, optional: true, required: false
        this._windowsNodeConfig = new ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference(this, "windows_node_config");
        // workload_metadata_config - computed: false, optional: true, required: false
        this._workloadMetadataConfig = new ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference(this, "workload_metadata_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._bootDiskKmsKey !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootDiskKmsKey = this._bootDiskKmsKey;
        }
        if (this._diskSizeGb !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskSizeGb = this._diskSizeGb;
        }
        if (this._diskType !== undefined) {
            hasAnyValues = true;
            internalValueResult.diskType = this._diskType;
        }
        if (this._enableConfidentialStorage !== undefined) {
            hasAnyValues = true;
            internalValueResult.enableConfidentialStorage = this._enableConfidentialStorage;
        }
        if (this._flexStart !== undefined) {
            hasAnyValues = true;
            internalValueResult.flexStart = this._flexStart;
        }
        if (this._gpudirectStrategy !== undefined) {
            hasAnyValues = true;
            internalValueResult.gpudirectStrategy = this._gpudirectStrategy;
        }
        if (this._imageType !== undefined) {
            hasAnyValues = true;
            internalValueResult.imageType = this._imageType;
        }
        if (this._labels !== undefined) {
            hasAnyValues = true;
            internalValueResult.labels = this._labels;
        }
        if (this._localSsdCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdCount = this._localSsdCount;
        }
        if (this._localSsdEncryptionMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.localSsdEncryptionMode = this._localSsdEncryptionMode;
        }
        if (this._loggingVariant !== undefined) {
            hasAnyValues = true;
            internalValueResult.loggingVariant = this._loggingVariant;
        }
        if (this._machineType !== undefined) {
            hasAnyValues = true;
            internalValueResult.machineType = this._machineType;
        }
        if (this._maxRunDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxRunDuration = this._maxRunDuration;
        }
        if (this._metadata !== undefined) {
            hasAnyValues = true;
            internalValueResult.metadata = this._metadata;
        }
        if (this._minCpuPlatform !== undefined) {
            hasAnyValues = true;
            internalValueResult.minCpuPlatform = this._minCpuPlatform;
        }
        if (this._nodeGroup !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeGroup = this._nodeGroup;
        }
        if (this._oauthScopes !== undefined) {
            hasAnyValues = true;
            internalValueResult.oauthScopes = this._oauthScopes;
        }
        if (this._preemptible !== undefined) {
            hasAnyValues = true;
            internalValueResult.preemptible = this._preemptible;
        }
        if (this._resourceLabels !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceLabels = this._resourceLabels;
        }
        if (this._resourceManagerTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.resourceManagerTags = this._resourceManagerTags;
        }
        if (this._serviceAccount !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceAccount = this._serviceAccount;
        }
        if (this._spot !== undefined) {
            hasAnyValues = true;
            internalValueResult.spot = this._spot;
        }
        if (this._storagePools !== undefined) {
            hasAnyValues = true;
            internalValueResult.storagePools = this._storagePools;
        }
        if (this._tags !== undefined) {
            hasAnyValues = true;
            internalValueResult.tags = this._tags;
        }
        if (this._advancedMachineFeatures?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.advancedMachineFeatures = this._advancedMachineFeatures?.internalValue;
        }
        if (this._bootDisk?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.bootDisk = this._bootDisk?.internalValue;
        }
        if (this._confidentialNodes?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.confidentialNodes = this._confidentialNodes?.internalValue;
        }
        if (this._containerdConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerdConfig = this._containerdConfig?.internalValue;
        }
        if (this._ephemeralStorageLocalSsdConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ephemeralStorageLocalSsdConfig = this._ephemeralStorageLocalSsdConfig?.internalValue;
        }
        if (this._fastSocket?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.fastSocket = this._fastSocket?.internalValue;
        }
        if (this._gcfsConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gcfsConfig = this._gcfsConfig?.internalValue;
        }
        if (this._guestAccelerator?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.guestAccelerator = this._guestAccelerator?.internalValue;
        }
        if (this._gvnic?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.gvnic = this._gvnic?.internalValue;
        }
        if (this._hostMaintenancePolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostMaintenancePolicy = this._hostMaintenancePolicy?.internalValue;
        }
        if (this._kubeletConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.kubeletConfig = this._kubeletConfig?.internalValue;
        }
        if (this._linuxNodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.linuxNodeConfig = this._linuxNodeConfig?.internalValue;
        }
        if (this._localNvmeSsdBlockConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.localNvmeSsdBlockConfig = this._localNvmeSsdBlockConfig?.internalValue;
        }
        if (this._nodeImageConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeImageConfig = this._nodeImageConfig?.internalValue;
        }
        if (this._reservationAffinity?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.reservationAffinity = this._reservationAffinity?.internalValue;
        }
        if (this._sandboxConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.sandboxConfig = this._sandboxConfig?.internalValue;
        }
        if (this._secondaryBootDisks?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.secondaryBootDisks = this._secondaryBootDisks?.internalValue;
        }
        if (this._shieldedInstanceConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.shieldedInstanceConfig = this._shieldedInstanceConfig?.internalValue;
        }
        if (this._soleTenantConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.soleTenantConfig = this._soleTenantConfig?.internalValue;
        }
        if (this._taint?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.taint = this._taint?.internalValue;
        }
        if (this._taintConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.taintConfig = this._taintConfig?.internalValue;
        }
        if (this._windowsNodeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.windowsNodeConfig = this._windowsNodeConfig?.internalValue;
        }
        if (this._workloadMetadataConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.workloadMetadataConfig = this._workloadMetadataConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._bootDiskKmsKey = undefined;
            this._diskSizeGb = undefined;
            this._diskType = undefined;
            this._enableConfidentialStorage = undefined;
            this._flexStart = undefined;
            this._gpudirectStrategy = undefined;
            this._imageType = undefined;
            this._labels = undefined;
            this._localSsdCount = undefined;
            this._localSsdEncryptionMode = undefined;
            this._loggingVariant = undefined;
            this._machineType = undefined;
            this._maxRunDuration = undefined;
            this._metadata = undefined;
            this._minCpuPlatform = undefined;
            this._nodeGroup = undefined;
            this._oauthScopes = undefined;
            this._preemptible = undefined;
            this._resourceLabels = undefined;
            this._resourceManagerTags = undefined;
            this._serviceAccount = undefined;
            this._spot = undefined;
            this._storagePools = undefined;
            this._tags = undefined;
            this._advancedMachineFeatures.internalValue = undefined;
            this._bootDisk.internalValue = undefined;
            this._confidentialNodes.internalValue = undefined;
            this._containerdConfig.internalValue = undefined;
            this._ephemeralStorageLocalSsdConfig.internalValue = undefined;
            this._fastSocket.internalValue = undefined;
            this._gcfsConfig.internalValue = undefined;
            this._guestAccelerator.internalValue = undefined;
            this._gvnic.internalValue = undefined;
            this._hostMaintenancePolicy.internalValue = undefined;
            this._kubeletConfig.internalValue = undefined;
            this._linuxNodeConfig.internalValue = undefined;
            this._localNvmeSsdBlockConfig.internalValue = undefined;
            this._nodeImageConfig.internalValue = undefined;
            this._reservationAffinity.internalValue = undefined;
            this._sandboxConfig.internalValue = undefined;
            this._secondaryBootDisks.internalValue = undefined;
            this._shieldedInstanceConfig.internalValue = undefined;
            this._soleTenantConfig.internalValue = undefined;
            this._taint.internalValue = undefined;
            this._taintConfig.internalValue = undefined;
            this._windowsNodeConfig.internalValue = undefined;
            this._workloadMetadataConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._bootDiskKmsKey = value.bootDiskKmsKey;
            this._diskSizeGb = value.diskSizeGb;
            this._diskType = value.diskType;
            this._enableConfidentialStorage = value.enableConfidentialStorage;
            this._flexStart = value.flexStart;
            this._gpudirectStrategy = value.gpudirectStrategy;
            this._imageType = value.imageType;
            this._labels = value.labels;
            this._localSsdCount = value.localSsdCount;
            this._localSsdEncryptionMode = value.localSsdEncryptionMode;
            this._loggingVariant = value.loggingVariant;
            this._machineType = value.machineType;
            this._maxRunDuration = value.maxRunDuration;
            this._metadata = value.metadata;
            this._minCpuPlatform = value.minCpuPlatform;
            this._nodeGroup = value.nodeGroup;
            this._oauthScopes = value.oauthScopes;
            this._preemptible = value.preemptible;
            this._resourceLabels = value.resourceLabels;
            this._resourceManagerTags = value.resourceManagerTags;
            this._serviceAccount = value.serviceAccount;
            this._spot = value.spot;
            this._storagePools = value.storagePools;
            this._tags = value.tags;
            this._advancedMachineFeatures.internalValue = value.advancedMachineFeatures;
            this._bootDisk.internalValue = value.bootDisk;
            this._confidentialNodes.internalValue = value.confidentialNodes;
            this._containerdConfig.internalValue = value.containerdConfig;
            this._ephemeralStorageLocalSsdConfig.internalValue = value.ephemeralStorageLocalSsdConfig;
            this._fastSocket.internalValue = value.fastSocket;
            this._gcfsConfig.internalValue = value.gcfsConfig;
            this._guestAccelerator.internalValue = value.guestAccelerator;
            this._gvnic.internalValue = value.gvnic;
            this._hostMaintenancePolicy.internalValue = value.hostMaintenancePolicy;
            this._kubeletConfig.internalValue = value.kubeletConfig;
            this._linuxNodeConfig.internalValue = value.linuxNodeConfig;
            this._localNvmeSsdBlockConfig.internalValue = value.localNvmeSsdBlockConfig;
            this._nodeImageConfig.internalValue = value.nodeImageConfig;
            this._reservationAffinity.internalValue = value.reservationAffinity;
            this._sandboxConfig.internalValue = value.sandboxConfig;
            this._secondaryBootDisks.internalValue = value.secondaryBootDisks;
            this._shieldedInstanceConfig.internalValue = value.shieldedInstanceConfig;
            this._soleTenantConfig.internalValue = value.soleTenantConfig;
            this._taint.internalValue = value.taint;
            this._taintConfig.internalValue = value.taintConfig;
            this._windowsNodeConfig.internalValue = value.windowsNodeConfig;
            this._workloadMetadataConfig.internalValue = value.workloadMetadataConfig;
        }
    }
    get bootDiskKmsKey() {
        return this.getStringAttribute('boot_disk_kms_key');
    }
    set bootDiskKmsKey(value) {
        this._bootDiskKmsKey = value;
    }
    resetBootDiskKmsKey() {
        this._bootDiskKmsKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootDiskKmsKeyInput() {
        return this._bootDiskKmsKey;
    }
    get diskSizeGb() {
        return this.getNumberAttribute('disk_size_gb');
    }
    set diskSizeGb(value) {
        this._diskSizeGb = value;
    }
    resetDiskSizeGb() {
        this._diskSizeGb = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskSizeGbInput() {
        return this._diskSizeGb;
    }
    get diskType() {
        return this.getStringAttribute('disk_type');
    }
    set diskType(value) {
        this._diskType = value;
    }
    resetDiskType() {
        this._diskType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskTypeInput() {
        return this._diskType;
    }
    get effectiveTaints() {
        return this._effectiveTaints;
    }
    get enableConfidentialStorage() {
        return this.getBooleanAttribute('enable_confidential_storage');
    }
    set enableConfidentialStorage(value) {
        this._enableConfidentialStorage = value;
    }
    resetEnableConfidentialStorage() {
        this._enableConfidentialStorage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableConfidentialStorageInput() {
        return this._enableConfidentialStorage;
    }
    get flexStart() {
        return this.getBooleanAttribute('flex_start');
    }
    set flexStart(value) {
        this._flexStart = value;
    }
    resetFlexStart() {
        this._flexStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flexStartInput() {
        return this._flexStart;
    }
    get gpudirectStrategy() {
        return this.getStringAttribute('gpudirect_strategy');
    }
    set gpudirectStrategy(value) {
        this._gpudirectStrategy = value;
    }
    resetGpudirectStrategy() {
        this._gpudirectStrategy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gpudirectStrategyInput() {
        return this._gpudirectStrategy;
    }
    get imageType() {
        return this.getStringAttribute('image_type');
    }
    set imageType(value) {
        this._imageType = value;
    }
    resetImageType() {
        this._imageType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imageTypeInput() {
        return this._imageType;
    }
    get labels() {
        return this.getStringMapAttribute('labels');
    }
    set labels(value) {
        this._labels = value;
    }
    resetLabels() {
        this._labels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get labelsInput() {
        return this._labels;
    }
    get localSsdCount() {
        return this.getNumberAttribute('local_ssd_count');
    }
    set localSsdCount(value) {
        this._localSsdCount = value;
    }
    resetLocalSsdCount() {
        this._localSsdCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdCountInput() {
        return this._localSsdCount;
    }
    get localSsdEncryptionMode() {
        return this.getStringAttribute('local_ssd_encryption_mode');
    }
    set localSsdEncryptionMode(value) {
        this._localSsdEncryptionMode = value;
    }
    resetLocalSsdEncryptionMode() {
        this._localSsdEncryptionMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localSsdEncryptionModeInput() {
        return this._localSsdEncryptionMode;
    }
    get loggingVariant() {
        return this.getStringAttribute('logging_variant');
    }
    set loggingVariant(value) {
        this._loggingVariant = value;
    }
    resetLoggingVariant() {
        this._loggingVariant = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loggingVariantInput() {
        return this._loggingVariant;
    }
    get machineType() {
        return this.getStringAttribute('machine_type');
    }
    set machineType(value) {
        this._machineType = value;
    }
    resetMachineType() {
        this._machineType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get machineTypeInput() {
        return this._machineType;
    }
    get maxRunDuration() {
        return this.getStringAttribute('max_run_duration');
    }
    set maxRunDuration(value) {
        this._maxRunDuration = value;
    }
    resetMaxRunDuration() {
        this._maxRunDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRunDurationInput() {
        return this._maxRunDuration;
    }
    get metadata() {
        return this.getStringMapAttribute('metadata');
    }
    set metadata(value) {
        this._metadata = value;
    }
    resetMetadata() {
        this._metadata = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metadataInput() {
        return this._metadata;
    }
    get minCpuPlatform() {
        return this.getStringAttribute('min_cpu_platform');
    }
    set minCpuPlatform(value) {
        this._minCpuPlatform = value;
    }
    resetMinCpuPlatform() {
        this._minCpuPlatform = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minCpuPlatformInput() {
        return this._minCpuPlatform;
    }
    get nodeGroup() {
        return this.getStringAttribute('node_group');
    }
    set nodeGroup(value) {
        this._nodeGroup = value;
    }
    resetNodeGroup() {
        this._nodeGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeGroupInput() {
        return this._nodeGroup;
    }
    get oauthScopes() {
        return cdktf.Fn.tolist(this.getListAttribute('oauth_scopes'));
    }
    set oauthScopes(value) {
        this._oauthScopes = value;
    }
    resetOauthScopes() {
        this._oauthScopes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get oauthScopesInput() {
        return this._oauthScopes;
    }
    get preemptible() {
        return this.getBooleanAttribute('preemptible');
    }
    set preemptible(value) {
        this._preemptible = value;
    }
    resetPreemptible() {
        this._preemptible = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preemptibleInput() {
        return this._preemptible;
    }
    get resourceLabels() {
        return this.getStringMapAttribute('resource_labels');
    }
    set resourceLabels(value) {
        this._resourceLabels = value;
    }
    resetResourceLabels() {
        this._resourceLabels = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceLabelsInput() {
        return this._resourceLabels;
    }
    get resourceManagerTags() {
        return this.getStringMapAttribute('resource_manager_tags');
    }
    set resourceManagerTags(value) {
        this._resourceManagerTags = value;
    }
    resetResourceManagerTags() {
        this._resourceManagerTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resourceManagerTagsInput() {
        return this._resourceManagerTags;
    }
    get serviceAccount() {
        return this.getStringAttribute('service_account');
    }
    set serviceAccount(value) {
        this._serviceAccount = value;
    }
    resetServiceAccount() {
        this._serviceAccount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceAccountInput() {
        return this._serviceAccount;
    }
    get spot() {
        return this.getBooleanAttribute('spot');
    }
    set spot(value) {
        this._spot = value;
    }
    resetSpot() {
        this._spot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spotInput() {
        return this._spot;
    }
    get storagePools() {
        return this.getListAttribute('storage_pools');
    }
    set storagePools(value) {
        this._storagePools = value;
    }
    resetStoragePools() {
        this._storagePools = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storagePoolsInput() {
        return this._storagePools;
    }
    get tags() {
        return this.getListAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    get advancedMachineFeatures() {
        return this._advancedMachineFeatures;
    }
    putAdvancedMachineFeatures(value) {
        this._advancedMachineFeatures.internalValue = value;
    }
    resetAdvancedMachineFeatures() {
        this._advancedMachineFeatures.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advancedMachineFeaturesInput() {
        return this._advancedMachineFeatures.internalValue;
    }
    get bootDisk() {
        return this._bootDisk;
    }
    putBootDisk(value) {
        this._bootDisk.internalValue = value;
    }
    resetBootDisk() {
        this._bootDisk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootDiskInput() {
        return this._bootDisk.internalValue;
    }
    get confidentialNodes() {
        return this._confidentialNodes;
    }
    putConfidentialNodes(value) {
        this._confidentialNodes.internalValue = value;
    }
    resetConfidentialNodes() {
        this._confidentialNodes.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get confidentialNodesInput() {
        return this._confidentialNodes.internalValue;
    }
    get containerdConfig() {
        return this._containerdConfig;
    }
    putContainerdConfig(value) {
        this._containerdConfig.internalValue = value;
    }
    resetContainerdConfig() {
        this._containerdConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerdConfigInput() {
        return this._containerdConfig.internalValue;
    }
    get ephemeralStorageLocalSsdConfig() {
        return this._ephemeralStorageLocalSsdConfig;
    }
    putEphemeralStorageLocalSsdConfig(value) {
        this._ephemeralStorageLocalSsdConfig.internalValue = value;
    }
    resetEphemeralStorageLocalSsdConfig() {
        this._ephemeralStorageLocalSsdConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ephemeralStorageLocalSsdConfigInput() {
        return this._ephemeralStorageLocalSsdConfig.internalValue;
    }
    get fastSocket() {
        return this._fastSocket;
    }
    putFastSocket(value) {
        this._fastSocket.internalValue = value;
    }
    resetFastSocket() {
        this._fastSocket.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fastSocketInput() {
        return this._fastSocket.internalValue;
    }
    get gcfsConfig() {
        return this._gcfsConfig;
    }
    putGcfsConfig(value) {
        this._gcfsConfig.internalValue = value;
    }
    resetGcfsConfig() {
        this._gcfsConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gcfsConfigInput() {
        return this._gcfsConfig.internalValue;
    }
    get guestAccelerator() {
        return this._guestAccelerator;
    }
    putGuestAccelerator(value) {
        this._guestAccelerator.internalValue = value;
    }
    resetGuestAccelerator() {
        this._guestAccelerator.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get guestAcceleratorInput() {
        return this._guestAccelerator.internalValue;
    }
    get gvnic() {
        return this._gvnic;
    }
    putGvnic(value) {
        this._gvnic.internalValue = value;
    }
    resetGvnic() {
        this._gvnic.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gvnicInput() {
        return this._gvnic.internalValue;
    }
    get hostMaintenancePolicy() {
        return this._hostMaintenancePolicy;
    }
    putHostMaintenancePolicy(value) {
        this._hostMaintenancePolicy.internalValue = value;
    }
    resetHostMaintenancePolicy() {
        this._hostMaintenancePolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostMaintenancePolicyInput() {
        return this._hostMaintenancePolicy.internalValue;
    }
    get kubeletConfig() {
        return this._kubeletConfig;
    }
    putKubeletConfig(value) {
        this._kubeletConfig.internalValue = value;
    }
    resetKubeletConfig() {
        this._kubeletConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kubeletConfigInput() {
        return this._kubeletConfig.internalValue;
    }
    get linuxNodeConfig() {
        return this._linuxNodeConfig;
    }
    putLinuxNodeConfig(value) {
        this._linuxNodeConfig.internalValue = value;
    }
    resetLinuxNodeConfig() {
        this._linuxNodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get linuxNodeConfigInput() {
        return this._linuxNodeConfig.internalValue;
    }
    get localNvmeSsdBlockConfig() {
        return this._localNvmeSsdBlockConfig;
    }
    putLocalNvmeSsdBlockConfig(value) {
        this._localNvmeSsdBlockConfig.internalValue = value;
    }
    resetLocalNvmeSsdBlockConfig() {
        this._localNvmeSsdBlockConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get localNvmeSsdBlockConfigInput() {
        return this._localNvmeSsdBlockConfig.internalValue;
    }
    get nodeImageConfig() {
        return this._nodeImageConfig;
    }
    putNodeImageConfig(value) {
        this._nodeImageConfig.internalValue = value;
    }
    resetNodeImageConfig() {
        this._nodeImageConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeImageConfigInput() {
        return this._nodeImageConfig.internalValue;
    }
    get reservationAffinity() {
        return this._reservationAffinity;
    }
    putReservationAffinity(value) {
        this._reservationAffinity.internalValue = value;
    }
    resetReservationAffinity() {
        this._reservationAffinity.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reservationAffinityInput() {
        return this._reservationAffinity.internalValue;
    }
    get sandboxConfig() {
        return this._sandboxConfig;
    }
    putSandboxConfig(value) {
        this._sandboxConfig.internalValue = value;
    }
    resetSandboxConfig() {
        this._sandboxConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sandboxConfigInput() {
        return this._sandboxConfig.internalValue;
    }
    get secondaryBootDisks() {
        return this._secondaryBootDisks;
    }
    putSecondaryBootDisks(value) {
        this._secondaryBootDisks.internalValue = value;
    }
    resetSecondaryBootDisks() {
        this._secondaryBootDisks.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secondaryBootDisksInput() {
        return this._secondaryBootDisks.internalValue;
    }
    get shieldedInstanceConfig() {
        return this._shieldedInstanceConfig;
    }
    putShieldedInstanceConfig(value) {
        this._shieldedInstanceConfig.internalValue = value;
    }
    resetShieldedInstanceConfig() {
        this._shieldedInstanceConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shieldedInstanceConfigInput() {
        return this._shieldedInstanceConfig.internalValue;
    }
    get soleTenantConfig() {
        return this._soleTenantConfig;
    }
    putSoleTenantConfig(value) {
        this._soleTenantConfig.internalValue = value;
    }
    resetSoleTenantConfig() {
        this._soleTenantConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get soleTenantConfigInput() {
        return this._soleTenantConfig.internalValue;
    }
    get taint() {
        return this._taint;
    }
    putTaint(value) {
        this._taint.internalValue = value;
    }
    resetTaint() {
        this._taint.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get taintInput() {
        return this._taint.internalValue;
    }
    get taintConfig() {
        return this._taintConfig;
    }
    putTaintConfig(value) {
        this._taintConfig.internalValue = value;
    }
    resetTaintConfig() {
        this._taintConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get taintConfigInput() {
        return this._taintConfig.internalValue;
    }
    get windowsNodeConfig() {
        return this._windowsNodeConfig;
    }
    putWindowsNodeConfig(value) {
        this._windowsNodeConfig.internalValue = value;
    }
    resetWindowsNodeConfig() {
        this._windowsNodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get windowsNodeConfigInput() {
        return this._windowsNodeConfig.internalValue;
    }
    get workloadMetadataConfig() {
        return this._workloadMetadataConfig;
    }
    putWorkloadMetadataConfig(value) {
        this._workloadMetadataConfig.internalValue = value;
    }
    resetWorkloadMetadataConfig() {
        this._workloadMetadataConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get workloadMetadataConfigInput() {
        return this._workloadMetadataConfig.internalValue;
    }
}
exports.ContainerNodePoolNodeConfigOutputReference = ContainerNodePoolNodeConfigOutputReference;
function containerNodePoolNodeDrainConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        grace_termination_duration: cdktf.stringToTerraform(struct.graceTerminationDuration),
        pdb_timeout_duration: cdktf.stringToTerraform(struct.pdbTimeoutDuration),
        respect_pdb_during_node_pool_deletion: cdktf.booleanToTerraform(struct.respectPdbDuringNodePoolDeletion),
    };
}
function containerNodePoolNodeDrainConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        grace_termination_duration: {
            value: cdktf.stringToHclTerraform(struct.graceTerminationDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pdb_timeout_duration: {
            value: cdktf.stringToHclTerraform(struct.pdbTimeoutDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        respect_pdb_during_node_pool_deletion: {
            value: cdktf.booleanToHclTerraform(struct.respectPdbDuringNodePoolDeletion),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolNodeDrainConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._graceTerminationDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.graceTerminationDuration = this._graceTerminationDuration;
        }
        if (this._pdbTimeoutDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.pdbTimeoutDuration = this._pdbTimeoutDuration;
        }
        if (this._respectPdbDuringNodePoolDeletion !== undefined) {
            hasAnyValues = true;
            internalValueResult.respectPdbDuringNodePoolDeletion = this._respectPdbDuringNodePoolDeletion;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._graceTerminationDuration = undefined;
            this._pdbTimeoutDuration = undefined;
            this._respectPdbDuringNodePoolDeletion = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._graceTerminationDuration = value.graceTerminationDuration;
            this._pdbTimeoutDuration = value.pdbTimeoutDuration;
            this._respectPdbDuringNodePoolDeletion = value.respectPdbDuringNodePoolDeletion;
        }
    }
    get graceTerminationDuration() {
        return this.getStringAttribute('grace_termination_duration');
    }
    set graceTerminationDuration(value) {
        this._graceTerminationDuration = value;
    }
    resetGraceTerminationDuration() {
        this._graceTerminationDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get graceTerminationDurationInput() {
        return this._graceTerminationDuration;
    }
    get pdbTimeoutDuration() {
        return this.getStringAttribute('pdb_timeout_duration');
    }
    set pdbTimeoutDuration(value) {
        this._pdbTimeoutDuration = value;
    }
    resetPdbTimeoutDuration() {
        this._pdbTimeoutDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pdbTimeoutDurationInput() {
        return this._pdbTimeoutDuration;
    }
    get respectPdbDuringNodePoolDeletion() {
        return this.getBooleanAttribute('respect_pdb_during_node_pool_deletion');
    }
    set respectPdbDuringNodePoolDeletion(value) {
        this._respectPdbDuringNodePoolDeletion = value;
    }
    resetRespectPdbDuringNodePoolDeletion() {
        this._respectPdbDuringNodePoolDeletion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get respectPdbDuringNodePoolDeletionInput() {
        return this._respectPdbDuringNodePoolDeletion;
    }
}
exports.ContainerNodePoolNodeDrainConfigOutputReference = ContainerNodePoolNodeDrainConfigOutputReference;
class ContainerNodePoolNodeDrainConfigList extends cdktf.ComplexList {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerNodePoolNodeDrainConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerNodePoolNodeDrainConfigList = ContainerNodePoolNodeDrainConfigList;
function containerNodePoolPlacementPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        policy_name: cdktf.stringToTerraform(struct.policyName),
        tpu_topology: cdktf.stringToTerraform(struct.tpuTopology),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function containerNodePoolPlacementPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        policy_name: {
            value: cdktf.stringToHclTerraform(struct.policyName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        tpu_topology: {
            value: cdktf.stringToHclTerraform(struct.tpuTopology),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolPlacementPolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._policyName !== undefined) {
            hasAnyValues = true;
            internalValueResult.policyName = this._policyName;
        }
        if (this._tpuTopology !== undefined) {
            hasAnyValues = true;
            internalValueResult.tpuTopology = this._tpuTopology;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._policyName = undefined;
            this._tpuTopology = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._policyName = value.policyName;
            this._tpuTopology = value.tpuTopology;
            this._type = value.type;
        }
    }
    get policyName() {
        return this.getStringAttribute('policy_name');
    }
    set policyName(value) {
        this._policyName = value;
    }
    resetPolicyName() {
        this._policyName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyNameInput() {
        return this._policyName;
    }
    get tpuTopology() {
        return this.getStringAttribute('tpu_topology');
    }
    set tpuTopology(value) {
        this._tpuTopology = value;
    }
    resetTpuTopology() {
        this._tpuTopology = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tpuTopologyInput() {
        return this._tpuTopology;
    }
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.ContainerNodePoolPlacementPolicyOutputReference = ContainerNodePoolPlacementPolicyOutputReference;
function containerNodePoolQueuedProvisioningToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function containerNodePoolQueuedProvisioningToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolQueuedProvisioningOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
        }
    }
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
}
exports.ContainerNodePoolQueuedProvisioningOutputReference = ContainerNodePoolQueuedProvisioningOutputReference;
function containerNodePoolTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function containerNodePoolTimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolTimeoutsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
        this.isEmptyObject = false;
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._update = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
            this._update = value.update;
        }
    }
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.ContainerNodePoolTimeoutsOutputReference = ContainerNodePoolTimeoutsOutputReference;
function containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        batch_node_count: cdktf.numberToTerraform(struct.batchNodeCount),
        batch_percentage: cdktf.numberToTerraform(struct.batchPercentage),
        batch_soak_duration: cdktf.stringToTerraform(struct.batchSoakDuration),
    };
}
function containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        batch_node_count: {
            value: cdktf.numberToHclTerraform(struct.batchNodeCount),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        batch_percentage: {
            value: cdktf.numberToHclTerraform(struct.batchPercentage),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        batch_soak_duration: {
            value: cdktf.stringToHclTerraform(struct.batchSoakDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._batchNodeCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchNodeCount = this._batchNodeCount;
        }
        if (this._batchPercentage !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchPercentage = this._batchPercentage;
        }
        if (this._batchSoakDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.batchSoakDuration = this._batchSoakDuration;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._batchNodeCount = undefined;
            this._batchPercentage = undefined;
            this._batchSoakDuration = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._batchNodeCount = value.batchNodeCount;
            this._batchPercentage = value.batchPercentage;
            this._batchSoakDuration = value.batchSoakDuration;
        }
    }
    get batchNodeCount() {
        return this.getNumberAttribute('batch_node_count');
    }
    set batchNodeCount(value) {
        this._batchNodeCount = value;
    }
    resetBatchNodeCount() {
        this._batchNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchNodeCountInput() {
        return this._batchNodeCount;
    }
    get batchPercentage() {
        return this.getNumberAttribute('batch_percentage');
    }
    set batchPercentage(value) {
        this._batchPercentage = value;
    }
    resetBatchPercentage() {
        this._batchPercentage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchPercentageInput() {
        return this._batchPercentage;
    }
    get batchSoakDuration() {
        return this.getStringAttribute('batch_soak_duration');
    }
    set batchSoakDuration(value) {
        this._batchSoakDuration = value;
    }
    resetBatchSoakDuration() {
        this._batchSoakDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get batchSoakDurationInput() {
        return this._batchSoakDuration;
    }
}
exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference = ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference;
function containerNodePoolUpgradeSettingsBlueGreenSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        node_pool_soak_duration: cdktf.stringToTerraform(struct.nodePoolSoakDuration),
        standard_rollout_policy: containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToTerraform(struct.standardRolloutPolicy),
    };
}
function containerNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        node_pool_soak_duration: {
            value: cdktf.stringToHclTerraform(struct.nodePoolSoakDuration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        standard_rollout_policy: {
            value: containerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyToHclTerraform(struct.standardRolloutPolicy),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // standard_rollout_policy - computed: false, optional: false, required: true
        this._standardRolloutPolicy = new ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference(this, "standard_rollout_policy");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._nodePoolSoakDuration !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodePoolSoakDuration = this._nodePoolSoakDuration;
        }
        if (this._standardRolloutPolicy?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.standardRolloutPolicy = this._standardRolloutPolicy?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._nodePoolSoakDuration = undefined;
            this._standardRolloutPolicy.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._nodePoolSoakDuration = value.nodePoolSoakDuration;
            this._standardRolloutPolicy.internalValue = value.standardRolloutPolicy;
        }
    }
    get nodePoolSoakDuration() {
        return this.getStringAttribute('node_pool_soak_duration');
    }
    set nodePoolSoakDuration(value) {
        this._nodePoolSoakDuration = value;
    }
    resetNodePoolSoakDuration() {
        this._nodePoolSoakDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodePoolSoakDurationInput() {
        return this._nodePoolSoakDuration;
    }
    get standardRolloutPolicy() {
        return this._standardRolloutPolicy;
    }
    putStandardRolloutPolicy(value) {
        this._standardRolloutPolicy.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get standardRolloutPolicyInput() {
        return this._standardRolloutPolicy.internalValue;
    }
}
exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference = ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference;
function containerNodePoolUpgradeSettingsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_surge: cdktf.numberToTerraform(struct.maxSurge),
        max_unavailable: cdktf.numberToTerraform(struct.maxUnavailable),
        strategy: cdktf.stringToTerraform(struct.strategy),
        blue_green_settings: containerNodePoolUpgradeSettingsBlueGreenSettingsToTerraform(struct.blueGreenSettings),
    };
}
function containerNodePoolUpgradeSettingsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_surge: {
            value: cdktf.numberToHclTerraform(struct.maxSurge),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        max_unavailable: {
            value: cdktf.numberToHclTerraform(struct.maxUnavailable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        strategy: {
            value: cdktf.stringToHclTerraform(struct.strategy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        blue_green_settings: {
            value: containerNodePoolUpgradeSettingsBlueGreenSettingsToHclTerraform(struct.blueGreenSettings),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolUpgradeSettingsBlueGreenSettingsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerNodePoolUpgradeSettingsOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // blue_green_settings - computed: false, optional: true, required: false
        this._blueGreenSettings = new ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference(this, "blue_green_settings");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maxSurge !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxSurge = this._maxSurge;
        }
        if (this._maxUnavailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxUnavailable = this._maxUnavailable;
        }
        if (this._strategy !== undefined) {
            hasAnyValues = true;
            internalValueResult.strategy = this._strategy;
        }
        if (this._blueGreenSettings?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.blueGreenSettings = this._blueGreenSettings?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._maxSurge = undefined;
            this._maxUnavailable = undefined;
            this._strategy = undefined;
            this._blueGreenSettings.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._maxSurge = value.maxSurge;
            this._maxUnavailable = value.maxUnavailable;
            this._strategy = value.strategy;
            this._blueGreenSettings.internalValue = value.blueGreenSettings;
        }
    }
    get maxSurge() {
        return this.getNumberAttribute('max_surge');
    }
    set maxSurge(value) {
        this._maxSurge = value;
    }
    resetMaxSurge() {
        this._maxSurge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxSurgeInput() {
        return this._maxSurge;
    }
    get maxUnavailable() {
        return this.getNumberAttribute('max_unavailable');
    }
    set maxUnavailable(value) {
        this._maxUnavailable = value;
    }
    resetMaxUnavailable() {
        this._maxUnavailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxUnavailableInput() {
        return this._maxUnavailable;
    }
    get strategy() {
        return this.getStringAttribute('strategy');
    }
    set strategy(value) {
        this._strategy = value;
    }
    resetStrategy() {
        this._strategy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get strategyInput() {
        return this._strategy;
    }
    get blueGreenSettings() {
        return this._blueGreenSettings;
    }
    putBlueGreenSettings(value) {
        this._blueGreenSettings.internalValue = value;
    }
    resetBlueGreenSettings() {
        this._blueGreenSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blueGreenSettingsInput() {
        return this._blueGreenSettings.internalValue;
    }
}
exports.ContainerNodePoolUpgradeSettingsOutputReference = ContainerNodePoolUpgradeSettingsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool google_container_node_pool}
*/
class ContainerNodePool extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerNodePool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerNodePool to import
    * @param importFromId The id of the existing ContainerNodePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerNodePool to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_container_node_pool", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/container_node_pool google_container_node_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerNodePoolConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'google_container_node_pool',
            terraformGeneratorMetadata: {
                providerName: 'google',
                providerVersion: '7.45.0',
                providerVersionConstraint: '~> 7.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        // autoscaling - computed: false, optional: true, required: false
        this._autoscaling = new ContainerNodePoolAutoscalingOutputReference(this, "autoscaling");
        // maintenance_policy - computed: false, optional: true, required: false
        this._maintenancePolicy = new ContainerNodePoolMaintenancePolicyList(this, "maintenance_policy", false);
        // management - computed: false, optional: true, required: false
        this._management = new ContainerNodePoolManagementOutputReference(this, "management");
        // network_config - computed: false, optional: true, required: false
        this._networkConfig = new ContainerNodePoolNetworkConfigOutputReference(this, "network_config");
        // node_config - computed: false, optional: true, required: false
        this._nodeConfig = new ContainerNodePoolNodeConfigOutputReference(this, "node_config");
        // node_drain_config - computed: false, optional: true, required: false
        this._nodeDrainConfig = new ContainerNodePoolNodeDrainConfigList(this, "node_drain_config", false);
        // placement_policy - computed: false, optional: true, required: false
        this._placementPolicy = new ContainerNodePoolPlacementPolicyOutputReference(this, "placement_policy");
        // queued_provisioning - computed: false, optional: true, required: false
        this._queuedProvisioning = new ContainerNodePoolQueuedProvisioningOutputReference(this, "queued_provisioning");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new ContainerNodePoolTimeoutsOutputReference(this, "timeouts");
        // upgrade_settings - computed: false, optional: true, required: false
        this._upgradeSettings = new ContainerNodePoolUpgradeSettingsOutputReference(this, "upgrade_settings");
        this._cluster = config.cluster;
        this._deletionPolicy = config.deletionPolicy;
        this._id = config.id;
        this._ignoreNodeCountChanges = config.ignoreNodeCountChanges;
        this._initialNodeCount = config.initialNodeCount;
        this._location = config.location;
        this._maxPodsPerNode = config.maxPodsPerNode;
        this._name = config.name;
        this._namePrefix = config.namePrefix;
        this._nodeCount = config.nodeCount;
        this._nodeLocations = config.nodeLocations;
        this._project = config.project;
        this._version = config.version;
        this._autoscaling.internalValue = config.autoscaling;
        this._maintenancePolicy.internalValue = config.maintenancePolicy;
        this._management.internalValue = config.management;
        this._networkConfig.internalValue = config.networkConfig;
        this._nodeConfig.internalValue = config.nodeConfig;
        this._nodeDrainConfig.internalValue = config.nodeDrainConfig;
        this._placementPolicy.internalValue = config.placementPolicy;
        this._queuedProvisioning.internalValue = config.queuedProvisioning;
        this._timeouts.internalValue = config.timeouts;
        this._upgradeSettings.internalValue = config.upgradeSettings;
    }
    get cluster() {
        return this.getStringAttribute('cluster');
    }
    set cluster(value) {
        this._cluster = value;
    }
    // Temporarily expose input value. Use with caution.
    get clusterInput() {
        return this._cluster;
    }
    get deletionPolicy() {
        return this.getStringAttribute('deletion_policy');
    }
    set deletionPolicy(value) {
        this._deletionPolicy = value;
    }
    resetDeletionPolicy() {
        this._deletionPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deletionPolicyInput() {
        return this._deletionPolicy;
    }
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    get ignoreNodeCountChanges() {
        return this.getBooleanAttribute('ignore_node_count_changes');
    }
    set ignoreNodeCountChanges(value) {
        this._ignoreNodeCountChanges = value;
    }
    resetIgnoreNodeCountChanges() {
        this._ignoreNodeCountChanges = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreNodeCountChangesInput() {
        return this._ignoreNodeCountChanges;
    }
    get initialNodeCount() {
        return this.getNumberAttribute('initial_node_count');
    }
    set initialNodeCount(value) {
        this._initialNodeCount = value;
    }
    resetInitialNodeCount() {
        this._initialNodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initialNodeCountInput() {
        return this._initialNodeCount;
    }
    // instance_group_urls - computed: true, optional: false, required: false
    get instanceGroupUrls() {
        return this.getListAttribute('instance_group_urls');
    }
    get location() {
        return this.getStringAttribute('location');
    }
    set location(value) {
        this._location = value;
    }
    resetLocation() {
        this._location = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get locationInput() {
        return this._location;
    }
    // managed_instance_group_urls - computed: true, optional: false, required: false
    get managedInstanceGroupUrls() {
        return this.getListAttribute('managed_instance_group_urls');
    }
    get maxPodsPerNode() {
        return this.getNumberAttribute('max_pods_per_node');
    }
    set maxPodsPerNode(value) {
        this._maxPodsPerNode = value;
    }
    resetMaxPodsPerNode() {
        this._maxPodsPerNode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxPodsPerNodeInput() {
        return this._maxPodsPerNode;
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    get namePrefix() {
        return this.getStringAttribute('name_prefix');
    }
    set namePrefix(value) {
        this._namePrefix = value;
    }
    resetNamePrefix() {
        this._namePrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namePrefixInput() {
        return this._namePrefix;
    }
    get nodeCount() {
        return this.getNumberAttribute('node_count');
    }
    set nodeCount(value) {
        this._nodeCount = value;
    }
    resetNodeCount() {
        this._nodeCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeCountInput() {
        return this._nodeCount;
    }
    get nodeLocations() {
        return cdktf.Fn.tolist(this.getListAttribute('node_locations'));
    }
    set nodeLocations(value) {
        this._nodeLocations = value;
    }
    resetNodeLocations() {
        this._nodeLocations = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeLocationsInput() {
        return this._nodeLocations;
    }
    // operation - computed: true, optional: false, required: false
    get operation() {
        return this.getStringAttribute('operation');
    }
    get project() {
        return this.getStringAttribute('project');
    }
    set project(value) {
        this._project = value;
    }
    resetProject() {
        this._project = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get projectInput() {
        return this._project;
    }
    get version() {
        return this.getStringAttribute('version');
    }
    set version(value) {
        this._version = value;
    }
    resetVersion() {
        this._version = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versionInput() {
        return this._version;
    }
    get autoscaling() {
        return this._autoscaling;
    }
    putAutoscaling(value) {
        this._autoscaling.internalValue = value;
    }
    resetAutoscaling() {
        this._autoscaling.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoscalingInput() {
        return this._autoscaling.internalValue;
    }
    get maintenancePolicy() {
        return this._maintenancePolicy;
    }
    putMaintenancePolicy(value) {
        this._maintenancePolicy.internalValue = value;
    }
    resetMaintenancePolicy() {
        this._maintenancePolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maintenancePolicyInput() {
        return this._maintenancePolicy.internalValue;
    }
    get management() {
        return this._management;
    }
    putManagement(value) {
        this._management.internalValue = value;
    }
    resetManagement() {
        this._management.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get managementInput() {
        return this._management.internalValue;
    }
    get networkConfig() {
        return this._networkConfig;
    }
    putNetworkConfig(value) {
        this._networkConfig.internalValue = value;
    }
    resetNetworkConfig() {
        this._networkConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkConfigInput() {
        return this._networkConfig.internalValue;
    }
    get nodeConfig() {
        return this._nodeConfig;
    }
    putNodeConfig(value) {
        this._nodeConfig.internalValue = value;
    }
    resetNodeConfig() {
        this._nodeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeConfigInput() {
        return this._nodeConfig.internalValue;
    }
    get nodeDrainConfig() {
        return this._nodeDrainConfig;
    }
    putNodeDrainConfig(value) {
        this._nodeDrainConfig.internalValue = value;
    }
    resetNodeDrainConfig() {
        this._nodeDrainConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeDrainConfigInput() {
        return this._nodeDrainConfig.internalValue;
    }
    get placementPolicy() {
        return this._placementPolicy;
    }
    putPlacementPolicy(value) {
        this._placementPolicy.internalValue = value;
    }
    resetPlacementPolicy() {
        this._placementPolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get placementPolicyInput() {
        return this._placementPolicy.internalValue;
    }
    get queuedProvisioning() {
        return this._queuedProvisioning;
    }
    putQueuedProvisioning(value) {
        this._queuedProvisioning.internalValue = value;
    }
    resetQueuedProvisioning() {
        this._queuedProvisioning.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queuedProvisioningInput() {
        return this._queuedProvisioning.internalValue;
    }
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    get upgradeSettings() {
        return this._upgradeSettings;
    }
    putUpgradeSettings(value) {
        this._upgradeSettings.internalValue = value;
    }
    resetUpgradeSettings() {
        this._upgradeSettings.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upgradeSettingsInput() {
        return this._upgradeSettings.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cluster: cdktf.stringToTerraform(this._cluster),
            deletion_policy: cdktf.stringToTerraform(this._deletionPolicy),
            id: cdktf.stringToTerraform(this._id),
            ignore_node_count_changes: cdktf.booleanToTerraform(this._ignoreNodeCountChanges),
            initial_node_count: cdktf.numberToTerraform(this._initialNodeCount),
            location: cdktf.stringToTerraform(this._location),
            max_pods_per_node: cdktf.numberToTerraform(this._maxPodsPerNode),
            name: cdktf.stringToTerraform(this._name),
            name_prefix: cdktf.stringToTerraform(this._namePrefix),
            node_count: cdktf.numberToTerraform(this._nodeCount),
            node_locations: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodeLocations),
            project: cdktf.stringToTerraform(this._project),
            version: cdktf.stringToTerraform(this._version),
            autoscaling: containerNodePoolAutoscalingToTerraform(this._autoscaling.internalValue),
            maintenance_policy: cdktf.listMapper(containerNodePoolMaintenancePolicyToTerraform, true)(this._maintenancePolicy.internalValue),
            management: containerNodePoolManagementToTerraform(this._management.internalValue),
            network_config: containerNodePoolNetworkConfigToTerraform(this._networkConfig.internalValue),
            node_config: containerNodePoolNodeConfigToTerraform(this._nodeConfig.internalValue),
            node_drain_config: cdktf.listMapper(containerNodePoolNodeDrainConfigToTerraform, true)(this._nodeDrainConfig.internalValue),
            placement_policy: containerNodePoolPlacementPolicyToTerraform(this._placementPolicy.internalValue),
            queued_provisioning: containerNodePoolQueuedProvisioningToTerraform(this._queuedProvisioning.internalValue),
            timeouts: containerNodePoolTimeoutsToTerraform(this._timeouts.internalValue),
            upgrade_settings: containerNodePoolUpgradeSettingsToTerraform(this._upgradeSettings.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cluster: {
                value: cdktf.stringToHclTerraform(this._cluster),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deletion_policy: {
                value: cdktf.stringToHclTerraform(this._deletionPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ignore_node_count_changes: {
                value: cdktf.booleanToHclTerraform(this._ignoreNodeCountChanges),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            initial_node_count: {
                value: cdktf.numberToHclTerraform(this._initialNodeCount),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            location: {
                value: cdktf.stringToHclTerraform(this._location),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            max_pods_per_node: {
                value: cdktf.numberToHclTerraform(this._maxPodsPerNode),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name_prefix: {
                value: cdktf.stringToHclTerraform(this._namePrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_count: {
                value: cdktf.numberToHclTerraform(this._nodeCount),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            node_locations: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodeLocations),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            project: {
                value: cdktf.stringToHclTerraform(this._project),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            version: {
                value: cdktf.stringToHclTerraform(this._version),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            autoscaling: {
                value: containerNodePoolAutoscalingToHclTerraform(this._autoscaling.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolAutoscalingList",
            },
            maintenance_policy: {
                value: cdktf.listMapperHcl(containerNodePoolMaintenancePolicyToHclTerraform, true)(this._maintenancePolicy.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolMaintenancePolicyList",
            },
            management: {
                value: containerNodePoolManagementToHclTerraform(this._management.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolManagementList",
            },
            network_config: {
                value: containerNodePoolNetworkConfigToHclTerraform(this._networkConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolNetworkConfigList",
            },
            node_config: {
                value: containerNodePoolNodeConfigToHclTerraform(this._nodeConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolNodeConfigList",
            },
            node_drain_config: {
                value: cdktf.listMapperHcl(containerNodePoolNodeDrainConfigToHclTerraform, true)(this._nodeDrainConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolNodeDrainConfigList",
            },
            placement_policy: {
                value: containerNodePoolPlacementPolicyToHclTerraform(this._placementPolicy.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolPlacementPolicyList",
            },
            queued_provisioning: {
                value: containerNodePoolQueuedProvisioningToHclTerraform(this._queuedProvisioning.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolQueuedProvisioningList",
            },
            timeouts: {
                value: containerNodePoolTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ContainerNodePoolTimeouts",
            },
            upgrade_settings: {
                value: containerNodePoolUpgradeSettingsToHclTerraform(this._upgradeSettings.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerNodePoolUpgradeSettingsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ContainerNodePool = ContainerNodePool;
// =================
// STATIC PROPERTIES
// =================
ContainerNodePool.tfResourceType = "google_container_node_pool";
