"use strict";
// https://registry.terraform.io/providers/hashicorp/google/6.50.0/docs/resources/container_node_pool
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.ContainerNodePoolTimeoutsOutputReference = exports.ContainerNodePoolQueuedProvisioningOutputReference = exports.ContainerNodePoolPlacementPolicyOutputReference = exports.ContainerNodePoolNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigWorkloadMetadataConfigOutputReference = exports.ContainerNodePoolNodeConfigWindowsNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigTaintList = exports.ContainerNodePoolNodeConfigTaintOutputReference = exports.ContainerNodePoolNodeConfigSoleTenantConfigOutputReference = exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityList = exports.ContainerNodePoolNodeConfigSoleTenantConfigNodeAffinityOutputReference = exports.ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference = exports.ContainerNodePoolNodeConfigSecondaryBootDisksList = exports.ContainerNodePoolNodeConfigSecondaryBootDisksOutputReference = exports.ContainerNodePoolNodeConfigReservationAffinityOutputReference = exports.ContainerNodePoolNodeConfigLocalNvmeSsdBlockConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigOutputReference = exports.ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference = exports.ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference = exports.ContainerNodePoolNodeConfigHostMaintenancePolicyOutputReference = exports.ContainerNodePoolNodeConfigGvnicOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorList = exports.ContainerNodePoolNodeConfigGuestAcceleratorOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuSharingConfigOutputReference = exports.ContainerNodePoolNodeConfigGuestAcceleratorGpuDriverInstallationConfigOutputReference = exports.ContainerNodePoolNodeConfigGcfsConfigOutputReference = exports.ContainerNodePoolNodeConfigFastSocketOutputReference = exports.ContainerNodePoolNodeConfigEphemeralStorageLocalSsdConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigList = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigOutputReference = exports.ContainerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigOutputReference = exports.ContainerNodePoolNodeConfigConfidentialNodesOutputReference = exports.ContainerNodePoolNodeConfigBootDiskOutputReference = exports.ContainerNodePoolNodeConfigAdvancedMachineFeaturesOutputReference = exports.ContainerNodePoolNodeConfigEffectiveTaintsList = exports.ContainerNodePoolNodeConfigEffectiveTaintsOutputReference = exports.ContainerNodePoolNetworkConfigOutputReference = exports.ContainerNodePoolNetworkConfigPodCidrOverprovisionConfigOutputReference = exports.ContainerNodePoolNetworkConfigNetworkPerformanceConfigOutputReference = exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsList = exports.ContainerNodePoolNetworkConfigAdditionalPodNetworkConfigsOutputReference = exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsList = exports.ContainerNodePoolNetworkConfigAdditionalNodeNetworkConfigsOutputReference = exports.ContainerNodePoolManagementOutputReference = exports.ContainerNodePoolAutoscalingOutputReference = void 0;
exports.ContainerNodePool = exports.ContainerNodePoolUpgradeSettingsOutputReference = exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsOutputReference = exports.ContainerNodePoolUpgradeSettingsBlueGreenSettingsStandardRolloutPolicyOutputReference = void 0;
exports.containerNodePoolAutoscalingToTerraform = containerNodePoolAutoscalingToTerraform;
exports.containerNodePoolAutoscalingToHclTerraform = containerNodePoolAutoscalingToHclTerraform;
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
exports.containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform = containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToHclTerraform;
exports.containerNodePoolNodeConfigKubeletConfigToTerraform = containerNodePoolNodeConfigKubeletConfigToTerraform;
exports.containerNodePoolNodeConfigKubeletConfigToHclTerraform = containerNodePoolNodeConfigKubeletConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigToTerraform = containerNodePoolNodeConfigLinuxNodeConfigToTerraform;
exports.containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform = containerNodePoolNodeConfigLinuxNodeConfigToHclTerraform;
exports.containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform = containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToTerraform;
exports.containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform = containerNodePoolNodeConfigLocalNvmeSsdBlockConfigToHclTerraform;
exports.containerNodePoolNodeConfigReservationAffinityToTerraform = containerNodePoolNodeConfigReservationAffinityToTerraform;
exports.containerNodePoolNodeConfigReservationAffinityToHclTerraform = containerNodePoolNodeConfigReservationAffinityToHclTerraform;
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
exports.containerNodePoolNodeConfigWindowsNodeConfigToTerraform = containerNodePoolNodeConfigWindowsNodeConfigToTerraform;
exports.containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform = containerNodePoolNodeConfigWindowsNodeConfigToHclTerraform;
exports.containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform = containerNodePoolNodeConfigWorkloadMetadataConfigToTerraform;
exports.containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform = containerNodePoolNodeConfigWorkloadMetadataConfigToHclTerraform;
exports.containerNodePoolNodeConfigToTerraform = containerNodePoolNodeConfigToTerraform;
exports.containerNodePoolNodeConfigToHclTerraform = containerNodePoolNodeConfigToHclTerraform;
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
        create_pod_range: cdktf.booleanToTerraform(struct.createPodRange),
        enable_private_nodes: cdktf.booleanToTerraform(struct.enablePrivateNodes),
        pod_ipv4_cidr_block: cdktf.stringToTerraform(struct.podIpv4CidrBlock),
        pod_range: cdktf.stringToTerraform(struct.podRange),
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
            this._createPodRange = undefined;
            this._enablePrivateNodes = undefined;
            this._podIpv4CidrBlock = undefined;
            this._podRange = undefined;
            this._additionalNodeNetworkConfigs.internalValue = undefined;
            this._additionalPodNetworkConfigs.internalValue = undefined;
            this._networkPerformanceConfig.internalValue = undefined;
            this._podCidrOverprovisionConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._createPodRange = value.createPodRange;
            this._enablePrivateNodes = value.enablePrivateNodes;
            this._podIpv4CidrBlock = value.podIpv4CidrBlock;
            this._podRange = value.podRange;
            this._additionalNodeNetworkConfigs.internalValue = value.additionalNodeNetworkConfigs;
            this._additionalPodNetworkConfigs.internalValue = value.additionalPodNetworkConfigs;
            this._networkPerformanceConfig.internalValue = value.networkPerformanceConfig;
            this._podCidrOverprovisionConfig.internalValue = value.podCidrOverprovisionConfig;
        }
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
    // subnetwork - computed: true, optional: false, required: false
    get subnetwork() {
        return this.getStringAttribute('subnetwork');
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
function containerNodePoolNodeConfigContainerdConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        private_registry_access_config: containerNodePoolNodeConfigContainerdConfigPrivateRegistryAccessConfigToTerraform(struct.privateRegistryAccessConfig),
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
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._privateRegistryAccessConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.privateRegistryAccessConfig = this._privateRegistryAccessConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._privateRegistryAccessConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._privateRegistryAccessConfig.internalValue = value.privateRegistryAccessConfig;
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
        single_process_oom_kill: cdktf.booleanToTerraform(struct.singleProcessOomKill),
        eviction_minimum_reclaim: containerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimToTerraform(struct.evictionMinimumReclaim),
        eviction_soft: containerNodePoolNodeConfigKubeletConfigEvictionSoftToTerraform(struct.evictionSoft),
        eviction_soft_grace_period: containerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodToTerraform(struct.evictionSoftGracePeriod),
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
        single_process_oom_kill: {
            value: cdktf.booleanToHclTerraform(struct.singleProcessOomKill),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
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
        // eviction_minimum_reclaim - computed: false, optional: true, required: false
        this._evictionMinimumReclaim = new ContainerNodePoolNodeConfigKubeletConfigEvictionMinimumReclaimOutputReference(this, "eviction_minimum_reclaim");
        // eviction_soft - computed: false, optional: true, required: false
        this._evictionSoft = new ContainerNodePoolNodeConfigKubeletConfigEvictionSoftOutputReference(this, "eviction_soft");
        // eviction_soft_grace_period - computed: false, optional: true, required: false
        this._evictionSoftGracePeriod = new ContainerNodePoolNodeConfigKubeletConfigEvictionSoftGracePeriodOutputReference(this, "eviction_soft_grace_period");
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
        if (this._singleProcessOomKill !== undefined) {
            hasAnyValues = true;
            internalValueResult.singleProcessOomKill = this._singleProcessOomKill;
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
            this._singleProcessOomKill = undefined;
            this._evictionMinimumReclaim.internalValue = undefined;
            this._evictionSoft.internalValue = undefined;
            this._evictionSoftGracePeriod.internalValue = undefined;
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
            this._singleProcessOomKill = value.singleProcessOomKill;
            this._evictionMinimumReclaim.internalValue = value.evictionMinimumReclaim;
            this._evictionSoft.internalValue = value.evictionSoft;
            this._evictionSoftGracePeriod.internalValue = value.evictionSoftGracePeriod;
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
}
exports.ContainerNodePoolNodeConfigKubeletConfigOutputReference = ContainerNodePoolNodeConfigKubeletConfigOutputReference;
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
        hugepages_config: containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToTerraform(struct.hugepagesConfig),
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
        hugepages_config: {
            value: containerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigToHclTerraform(struct.hugepagesConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigList",
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
        // hugepages_config - computed: false, optional: true, required: false
        this._hugepagesConfig = new ContainerNodePoolNodeConfigLinuxNodeConfigHugepagesConfigOutputReference(this, "hugepages_config");
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
        if (this._hugepagesConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepagesConfig = this._hugepagesConfig?.internalValue;
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
            this._hugepagesConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._cgroupMode = value.cgroupMode;
            this._sysctls = value.sysctls;
            this._transparentHugepageDefrag = value.transparentHugepageDefrag;
            this._transparentHugepageEnabled = value.transparentHugepageEnabled;
            this._hugepagesConfig.internalValue = value.hugepagesConfig;
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
        reservation_affinity: containerNodePoolNodeConfigReservationAffinityToTerraform(struct.reservationAffinity),
        secondary_boot_disks: cdktf.listMapper(containerNodePoolNodeConfigSecondaryBootDisksToTerraform, true)(struct.secondaryBootDisks),
        shielded_instance_config: containerNodePoolNodeConfigShieldedInstanceConfigToTerraform(struct.shieldedInstanceConfig),
        sole_tenant_config: containerNodePoolNodeConfigSoleTenantConfigToTerraform(struct.soleTenantConfig),
        taint: cdktf.listMapper(containerNodePoolNodeConfigTaintToTerraform, true)(struct.taint),
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
        reservation_affinity: {
            value: containerNodePoolNodeConfigReservationAffinityToHclTerraform(struct.reservationAffinity),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerNodePoolNodeConfigReservationAffinityList",
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
        // reservation_affinity - computed: false, optional: true, required: false
        this._reservationAffinity = new ContainerNodePoolNodeConfigReservationAffinityOutputReference(this, "reservation_affinity");
        // secondary_boot_disks - computed: false, optional: true, required: false
        this._secondaryBootDisks = new ContainerNodePoolNodeConfigSecondaryBootDisksList(this, "secondary_boot_disks", false);
        // shielded_instance_config - computed: false, optional: true, required: false
        this._shieldedInstanceConfig = new ContainerNodePoolNodeConfigShieldedInstanceConfigOutputReference(this, "shielded_instance_config");
        // sole_tenant_config - computed: false, optional: true, required: false
        this._soleTenantConfig = new ContainerNodePoolNodeConfigSoleTenantConfigOutputReference(this, "sole_tenant_config");
        // taint - computed: false, optional: true, required: false
        this._taint = new ContainerNodePoolNodeConfigTaintList(this, "taint", false);
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
        if (this._reservationAffinity?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.reservationAffinity = this._reservationAffinity?.internalValue;
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
            this._reservationAffinity.internalValue = undefined;
            this._secondaryBootDisks.internalValue = undefined;
            this._shieldedInstanceConfig.internalValue = undefined;
            this._soleTenantConfig.internalValue = undefined;
            this._taint.internalValue = undefined;
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
            this._reservationAffinity.internalValue = value.reservationAffinity;
            this._secondaryBootDisks.internalValue = value.secondaryBootDisks;
            this._shieldedInstanceConfig.internalValue = value.shieldedInstanceConfig;
            this._soleTenantConfig.internalValue = value.soleTenantConfig;
            this._taint.internalValue = value.taint;
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
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/6.50.0/docs/resources/container_node_pool google_container_node_pool}
*/
class ContainerNodePool extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerNodePool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerNodePool to import
    * @param importFromId The id of the existing ContainerNodePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/6.50.0/docs/resources/container_node_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerNodePool to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_container_node_pool", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/6.50.0/docs/resources/container_node_pool google_container_node_pool} Resource
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
                providerVersion: '6.50.0',
                providerVersionConstraint: '~> 6.0'
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
        // management - computed: false, optional: true, required: false
        this._management = new ContainerNodePoolManagementOutputReference(this, "management");
        // network_config - computed: false, optional: true, required: false
        this._networkConfig = new ContainerNodePoolNetworkConfigOutputReference(this, "network_config");
        // node_config - computed: false, optional: true, required: false
        this._nodeConfig = new ContainerNodePoolNodeConfigOutputReference(this, "node_config");
        // placement_policy - computed: false, optional: true, required: false
        this._placementPolicy = new ContainerNodePoolPlacementPolicyOutputReference(this, "placement_policy");
        // queued_provisioning - computed: false, optional: true, required: false
        this._queuedProvisioning = new ContainerNodePoolQueuedProvisioningOutputReference(this, "queued_provisioning");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new ContainerNodePoolTimeoutsOutputReference(this, "timeouts");
        // upgrade_settings - computed: false, optional: true, required: false
        this._upgradeSettings = new ContainerNodePoolUpgradeSettingsOutputReference(this, "upgrade_settings");
        this._cluster = config.cluster;
        this._id = config.id;
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
        this._management.internalValue = config.management;
        this._networkConfig.internalValue = config.networkConfig;
        this._nodeConfig.internalValue = config.nodeConfig;
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
            id: cdktf.stringToTerraform(this._id),
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
            management: containerNodePoolManagementToTerraform(this._management.internalValue),
            network_config: containerNodePoolNetworkConfigToTerraform(this._networkConfig.internalValue),
            node_config: containerNodePoolNodeConfigToTerraform(this._nodeConfig.internalValue),
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
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
