"use strict";
// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/storage_bucket
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.StorageBucket = exports.StorageBucketWebsiteOutputReference = exports.StorageBucketVersioningOutputReference = exports.StorageBucketTimeoutsOutputReference = exports.StorageBucketSoftDeletePolicyOutputReference = exports.StorageBucketRetentionPolicyOutputReference = exports.StorageBucketLoggingOutputReference = exports.StorageBucketLifecycleRuleList = exports.StorageBucketLifecycleRuleOutputReference = exports.StorageBucketLifecycleRuleConditionOutputReference = exports.StorageBucketLifecycleRuleActionOutputReference = exports.StorageBucketIpFilterOutputReference = exports.StorageBucketIpFilterVpcNetworkSourcesList = exports.StorageBucketIpFilterVpcNetworkSourcesOutputReference = exports.StorageBucketIpFilterPublicNetworkSourceOutputReference = exports.StorageBucketHierarchicalNamespaceOutputReference = exports.StorageBucketEncryptionOutputReference = exports.StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigOutputReference = exports.StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigOutputReference = exports.StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigOutputReference = exports.StorageBucketCustomPlacementConfigOutputReference = exports.StorageBucketCorsList = exports.StorageBucketCorsOutputReference = exports.StorageBucketAutoclassOutputReference = void 0;
exports.storageBucketAutoclassToTerraform = storageBucketAutoclassToTerraform;
exports.storageBucketAutoclassToHclTerraform = storageBucketAutoclassToHclTerraform;
exports.storageBucketCorsToTerraform = storageBucketCorsToTerraform;
exports.storageBucketCorsToHclTerraform = storageBucketCorsToHclTerraform;
exports.storageBucketCustomPlacementConfigToTerraform = storageBucketCustomPlacementConfigToTerraform;
exports.storageBucketCustomPlacementConfigToHclTerraform = storageBucketCustomPlacementConfigToHclTerraform;
exports.storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToTerraform = storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToTerraform;
exports.storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToHclTerraform = storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToHclTerraform;
exports.storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToTerraform = storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToTerraform;
exports.storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToHclTerraform = storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToHclTerraform;
exports.storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToTerraform = storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToTerraform;
exports.storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToHclTerraform = storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToHclTerraform;
exports.storageBucketEncryptionToTerraform = storageBucketEncryptionToTerraform;
exports.storageBucketEncryptionToHclTerraform = storageBucketEncryptionToHclTerraform;
exports.storageBucketHierarchicalNamespaceToTerraform = storageBucketHierarchicalNamespaceToTerraform;
exports.storageBucketHierarchicalNamespaceToHclTerraform = storageBucketHierarchicalNamespaceToHclTerraform;
exports.storageBucketIpFilterPublicNetworkSourceToTerraform = storageBucketIpFilterPublicNetworkSourceToTerraform;
exports.storageBucketIpFilterPublicNetworkSourceToHclTerraform = storageBucketIpFilterPublicNetworkSourceToHclTerraform;
exports.storageBucketIpFilterVpcNetworkSourcesToTerraform = storageBucketIpFilterVpcNetworkSourcesToTerraform;
exports.storageBucketIpFilterVpcNetworkSourcesToHclTerraform = storageBucketIpFilterVpcNetworkSourcesToHclTerraform;
exports.storageBucketIpFilterToTerraform = storageBucketIpFilterToTerraform;
exports.storageBucketIpFilterToHclTerraform = storageBucketIpFilterToHclTerraform;
exports.storageBucketLifecycleRuleActionToTerraform = storageBucketLifecycleRuleActionToTerraform;
exports.storageBucketLifecycleRuleActionToHclTerraform = storageBucketLifecycleRuleActionToHclTerraform;
exports.storageBucketLifecycleRuleConditionToTerraform = storageBucketLifecycleRuleConditionToTerraform;
exports.storageBucketLifecycleRuleConditionToHclTerraform = storageBucketLifecycleRuleConditionToHclTerraform;
exports.storageBucketLifecycleRuleToTerraform = storageBucketLifecycleRuleToTerraform;
exports.storageBucketLifecycleRuleToHclTerraform = storageBucketLifecycleRuleToHclTerraform;
exports.storageBucketLoggingToTerraform = storageBucketLoggingToTerraform;
exports.storageBucketLoggingToHclTerraform = storageBucketLoggingToHclTerraform;
exports.storageBucketRetentionPolicyToTerraform = storageBucketRetentionPolicyToTerraform;
exports.storageBucketRetentionPolicyToHclTerraform = storageBucketRetentionPolicyToHclTerraform;
exports.storageBucketSoftDeletePolicyToTerraform = storageBucketSoftDeletePolicyToTerraform;
exports.storageBucketSoftDeletePolicyToHclTerraform = storageBucketSoftDeletePolicyToHclTerraform;
exports.storageBucketTimeoutsToTerraform = storageBucketTimeoutsToTerraform;
exports.storageBucketTimeoutsToHclTerraform = storageBucketTimeoutsToHclTerraform;
exports.storageBucketVersioningToTerraform = storageBucketVersioningToTerraform;
exports.storageBucketVersioningToHclTerraform = storageBucketVersioningToHclTerraform;
exports.storageBucketWebsiteToTerraform = storageBucketWebsiteToTerraform;
exports.storageBucketWebsiteToHclTerraform = storageBucketWebsiteToHclTerraform;
const cdktf = require("cdktf");
function storageBucketAutoclassToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        terminal_storage_class: cdktf.stringToTerraform(struct.terminalStorageClass),
    };
}
function storageBucketAutoclassToHclTerraform(struct) {
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
        terminal_storage_class: {
            value: cdktf.stringToHclTerraform(struct.terminalStorageClass),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketAutoclassOutputReference extends cdktf.ComplexObject {
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
        if (this._terminalStorageClass !== undefined) {
            hasAnyValues = true;
            internalValueResult.terminalStorageClass = this._terminalStorageClass;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._terminalStorageClass = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._terminalStorageClass = value.terminalStorageClass;
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
    get terminalStorageClass() {
        return this.getStringAttribute('terminal_storage_class');
    }
    set terminalStorageClass(value) {
        this._terminalStorageClass = value;
    }
    resetTerminalStorageClass() {
        this._terminalStorageClass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get terminalStorageClassInput() {
        return this._terminalStorageClass;
    }
}
exports.StorageBucketAutoclassOutputReference = StorageBucketAutoclassOutputReference;
function storageBucketCorsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_age_seconds: cdktf.numberToTerraform(struct.maxAgeSeconds),
        method: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.method),
        origin: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.origin),
        response_header: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.responseHeader),
    };
}
function storageBucketCorsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_age_seconds: {
            value: cdktf.numberToHclTerraform(struct.maxAgeSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        method: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.method),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        origin: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.origin),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        response_header: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.responseHeader),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketCorsOutputReference extends cdktf.ComplexObject {
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
        if (this._maxAgeSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxAgeSeconds = this._maxAgeSeconds;
        }
        if (this._method !== undefined) {
            hasAnyValues = true;
            internalValueResult.method = this._method;
        }
        if (this._origin !== undefined) {
            hasAnyValues = true;
            internalValueResult.origin = this._origin;
        }
        if (this._responseHeader !== undefined) {
            hasAnyValues = true;
            internalValueResult.responseHeader = this._responseHeader;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._maxAgeSeconds = undefined;
            this._method = undefined;
            this._origin = undefined;
            this._responseHeader = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._maxAgeSeconds = value.maxAgeSeconds;
            this._method = value.method;
            this._origin = value.origin;
            this._responseHeader = value.responseHeader;
        }
    }
    get maxAgeSeconds() {
        return this.getNumberAttribute('max_age_seconds');
    }
    set maxAgeSeconds(value) {
        this._maxAgeSeconds = value;
    }
    resetMaxAgeSeconds() {
        this._maxAgeSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxAgeSecondsInput() {
        return this._maxAgeSeconds;
    }
    get method() {
        return this.getListAttribute('method');
    }
    set method(value) {
        this._method = value;
    }
    resetMethod() {
        this._method = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get methodInput() {
        return this._method;
    }
    get origin() {
        return this.getListAttribute('origin');
    }
    set origin(value) {
        this._origin = value;
    }
    resetOrigin() {
        this._origin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get originInput() {
        return this._origin;
    }
    get responseHeader() {
        return this.getListAttribute('response_header');
    }
    set responseHeader(value) {
        this._responseHeader = value;
    }
    resetResponseHeader() {
        this._responseHeader = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get responseHeaderInput() {
        return this._responseHeader;
    }
}
exports.StorageBucketCorsOutputReference = StorageBucketCorsOutputReference;
class StorageBucketCorsList extends cdktf.ComplexList {
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
        return new StorageBucketCorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.StorageBucketCorsList = StorageBucketCorsList;
function storageBucketCustomPlacementConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        data_locations: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.dataLocations),
    };
}
function storageBucketCustomPlacementConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        data_locations: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.dataLocations),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketCustomPlacementConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._dataLocations !== undefined) {
            hasAnyValues = true;
            internalValueResult.dataLocations = this._dataLocations;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dataLocations = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dataLocations = value.dataLocations;
        }
    }
    get dataLocations() {
        return cdktf.Fn.tolist(this.getListAttribute('data_locations'));
    }
    set dataLocations(value) {
        this._dataLocations = value;
    }
    // Temporarily expose input value. Use with caution.
    get dataLocationsInput() {
        return this._dataLocations;
    }
}
exports.StorageBucketCustomPlacementConfigOutputReference = StorageBucketCustomPlacementConfigOutputReference;
function storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        restriction_mode: cdktf.stringToTerraform(struct.restrictionMode),
    };
}
function storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        restriction_mode: {
            value: cdktf.stringToHclTerraform(struct.restrictionMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._restrictionMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.restrictionMode = this._restrictionMode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._restrictionMode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._restrictionMode = value.restrictionMode;
        }
    }
    // effective_time - computed: true, optional: false, required: false
    get effectiveTime() {
        return this.getStringAttribute('effective_time');
    }
    get restrictionMode() {
        return this.getStringAttribute('restriction_mode');
    }
    set restrictionMode(value) {
        this._restrictionMode = value;
    }
    // Temporarily expose input value. Use with caution.
    get restrictionModeInput() {
        return this._restrictionMode;
    }
}
exports.StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigOutputReference = StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigOutputReference;
function storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        restriction_mode: cdktf.stringToTerraform(struct.restrictionMode),
    };
}
function storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        restriction_mode: {
            value: cdktf.stringToHclTerraform(struct.restrictionMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._restrictionMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.restrictionMode = this._restrictionMode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._restrictionMode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._restrictionMode = value.restrictionMode;
        }
    }
    // effective_time - computed: true, optional: false, required: false
    get effectiveTime() {
        return this.getStringAttribute('effective_time');
    }
    get restrictionMode() {
        return this.getStringAttribute('restriction_mode');
    }
    set restrictionMode(value) {
        this._restrictionMode = value;
    }
    // Temporarily expose input value. Use with caution.
    get restrictionModeInput() {
        return this._restrictionMode;
    }
}
exports.StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigOutputReference = StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigOutputReference;
function storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        restriction_mode: cdktf.stringToTerraform(struct.restrictionMode),
    };
}
function storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        restriction_mode: {
            value: cdktf.stringToHclTerraform(struct.restrictionMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._restrictionMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.restrictionMode = this._restrictionMode;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._restrictionMode = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._restrictionMode = value.restrictionMode;
        }
    }
    // effective_time - computed: true, optional: false, required: false
    get effectiveTime() {
        return this.getStringAttribute('effective_time');
    }
    get restrictionMode() {
        return this.getStringAttribute('restriction_mode');
    }
    set restrictionMode(value) {
        this._restrictionMode = value;
    }
    // Temporarily expose input value. Use with caution.
    get restrictionModeInput() {
        return this._restrictionMode;
    }
}
exports.StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigOutputReference = StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigOutputReference;
function storageBucketEncryptionToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        default_kms_key_name: cdktf.stringToTerraform(struct.defaultKmsKeyName),
        customer_managed_encryption_enforcement_config: storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToTerraform(struct.customerManagedEncryptionEnforcementConfig),
        customer_supplied_encryption_enforcement_config: storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToTerraform(struct.customerSuppliedEncryptionEnforcementConfig),
        google_managed_encryption_enforcement_config: storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToTerraform(struct.googleManagedEncryptionEnforcementConfig),
    };
}
function storageBucketEncryptionToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        default_kms_key_name: {
            value: cdktf.stringToHclTerraform(struct.defaultKmsKeyName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        customer_managed_encryption_enforcement_config: {
            value: storageBucketEncryptionCustomerManagedEncryptionEnforcementConfigToHclTerraform(struct.customerManagedEncryptionEnforcementConfig),
            isBlock: true,
            type: "list",
            storageClassType: "StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigList",
        },
        customer_supplied_encryption_enforcement_config: {
            value: storageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigToHclTerraform(struct.customerSuppliedEncryptionEnforcementConfig),
            isBlock: true,
            type: "list",
            storageClassType: "StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigList",
        },
        google_managed_encryption_enforcement_config: {
            value: storageBucketEncryptionGoogleManagedEncryptionEnforcementConfigToHclTerraform(struct.googleManagedEncryptionEnforcementConfig),
            isBlock: true,
            type: "list",
            storageClassType: "StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketEncryptionOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // customer_managed_encryption_enforcement_config - computed: false, optional: true, required: false
        this._customerManagedEncryptionEnforcementConfig = new StorageBucketEncryptionCustomerManagedEncryptionEnforcementConfigOutputReference(this, "customer_managed_encryption_enforcement_config");
        // customer_supplied_encryption_enforcement_config - computed: false, optional: true, required: false
        this._customerSuppliedEncryptionEnforcementConfig = new StorageBucketEncryptionCustomerSuppliedEncryptionEnforcementConfigOutputReference(this, "customer_supplied_encryption_enforcement_config");
        // google_managed_encryption_enforcement_config - computed: false, optional: true, required: false
        this._googleManagedEncryptionEnforcementConfig = new StorageBucketEncryptionGoogleManagedEncryptionEnforcementConfigOutputReference(this, "google_managed_encryption_enforcement_config");
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._defaultKmsKeyName !== undefined) {
            hasAnyValues = true;
            internalValueResult.defaultKmsKeyName = this._defaultKmsKeyName;
        }
        if (this._customerManagedEncryptionEnforcementConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.customerManagedEncryptionEnforcementConfig = this._customerManagedEncryptionEnforcementConfig?.internalValue;
        }
        if (this._customerSuppliedEncryptionEnforcementConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.customerSuppliedEncryptionEnforcementConfig = this._customerSuppliedEncryptionEnforcementConfig?.internalValue;
        }
        if (this._googleManagedEncryptionEnforcementConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.googleManagedEncryptionEnforcementConfig = this._googleManagedEncryptionEnforcementConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._defaultKmsKeyName = undefined;
            this._customerManagedEncryptionEnforcementConfig.internalValue = undefined;
            this._customerSuppliedEncryptionEnforcementConfig.internalValue = undefined;
            this._googleManagedEncryptionEnforcementConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._defaultKmsKeyName = value.defaultKmsKeyName;
            this._customerManagedEncryptionEnforcementConfig.internalValue = value.customerManagedEncryptionEnforcementConfig;
            this._customerSuppliedEncryptionEnforcementConfig.internalValue = value.customerSuppliedEncryptionEnforcementConfig;
            this._googleManagedEncryptionEnforcementConfig.internalValue = value.googleManagedEncryptionEnforcementConfig;
        }
    }
    get defaultKmsKeyName() {
        return this.getStringAttribute('default_kms_key_name');
    }
    set defaultKmsKeyName(value) {
        this._defaultKmsKeyName = value;
    }
    resetDefaultKmsKeyName() {
        this._defaultKmsKeyName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultKmsKeyNameInput() {
        return this._defaultKmsKeyName;
    }
    get customerManagedEncryptionEnforcementConfig() {
        return this._customerManagedEncryptionEnforcementConfig;
    }
    putCustomerManagedEncryptionEnforcementConfig(value) {
        this._customerManagedEncryptionEnforcementConfig.internalValue = value;
    }
    resetCustomerManagedEncryptionEnforcementConfig() {
        this._customerManagedEncryptionEnforcementConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customerManagedEncryptionEnforcementConfigInput() {
        return this._customerManagedEncryptionEnforcementConfig.internalValue;
    }
    get customerSuppliedEncryptionEnforcementConfig() {
        return this._customerSuppliedEncryptionEnforcementConfig;
    }
    putCustomerSuppliedEncryptionEnforcementConfig(value) {
        this._customerSuppliedEncryptionEnforcementConfig.internalValue = value;
    }
    resetCustomerSuppliedEncryptionEnforcementConfig() {
        this._customerSuppliedEncryptionEnforcementConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customerSuppliedEncryptionEnforcementConfigInput() {
        return this._customerSuppliedEncryptionEnforcementConfig.internalValue;
    }
    get googleManagedEncryptionEnforcementConfig() {
        return this._googleManagedEncryptionEnforcementConfig;
    }
    putGoogleManagedEncryptionEnforcementConfig(value) {
        this._googleManagedEncryptionEnforcementConfig.internalValue = value;
    }
    resetGoogleManagedEncryptionEnforcementConfig() {
        this._googleManagedEncryptionEnforcementConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get googleManagedEncryptionEnforcementConfigInput() {
        return this._googleManagedEncryptionEnforcementConfig.internalValue;
    }
}
exports.StorageBucketEncryptionOutputReference = StorageBucketEncryptionOutputReference;
function storageBucketHierarchicalNamespaceToTerraform(struct) {
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
function storageBucketHierarchicalNamespaceToHclTerraform(struct) {
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
class StorageBucketHierarchicalNamespaceOutputReference extends cdktf.ComplexObject {
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
exports.StorageBucketHierarchicalNamespaceOutputReference = StorageBucketHierarchicalNamespaceOutputReference;
function storageBucketIpFilterPublicNetworkSourceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allowed_ip_cidr_ranges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.allowedIpCidrRanges),
    };
}
function storageBucketIpFilterPublicNetworkSourceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allowed_ip_cidr_ranges: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.allowedIpCidrRanges),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketIpFilterPublicNetworkSourceOutputReference extends cdktf.ComplexObject {
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
        if (this._allowedIpCidrRanges !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowedIpCidrRanges = this._allowedIpCidrRanges;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allowedIpCidrRanges = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allowedIpCidrRanges = value.allowedIpCidrRanges;
        }
    }
    get allowedIpCidrRanges() {
        return this.getListAttribute('allowed_ip_cidr_ranges');
    }
    set allowedIpCidrRanges(value) {
        this._allowedIpCidrRanges = value;
    }
    // Temporarily expose input value. Use with caution.
    get allowedIpCidrRangesInput() {
        return this._allowedIpCidrRanges;
    }
}
exports.StorageBucketIpFilterPublicNetworkSourceOutputReference = StorageBucketIpFilterPublicNetworkSourceOutputReference;
function storageBucketIpFilterVpcNetworkSourcesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allowed_ip_cidr_ranges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.allowedIpCidrRanges),
        network: cdktf.stringToTerraform(struct.network),
    };
}
function storageBucketIpFilterVpcNetworkSourcesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allowed_ip_cidr_ranges: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.allowedIpCidrRanges),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        network: {
            value: cdktf.stringToHclTerraform(struct.network),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketIpFilterVpcNetworkSourcesOutputReference extends cdktf.ComplexObject {
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
        if (this._allowedIpCidrRanges !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowedIpCidrRanges = this._allowedIpCidrRanges;
        }
        if (this._network !== undefined) {
            hasAnyValues = true;
            internalValueResult.network = this._network;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._allowedIpCidrRanges = undefined;
            this._network = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._allowedIpCidrRanges = value.allowedIpCidrRanges;
            this._network = value.network;
        }
    }
    get allowedIpCidrRanges() {
        return this.getListAttribute('allowed_ip_cidr_ranges');
    }
    set allowedIpCidrRanges(value) {
        this._allowedIpCidrRanges = value;
    }
    // Temporarily expose input value. Use with caution.
    get allowedIpCidrRangesInput() {
        return this._allowedIpCidrRanges;
    }
    get network() {
        return this.getStringAttribute('network');
    }
    set network(value) {
        this._network = value;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network;
    }
}
exports.StorageBucketIpFilterVpcNetworkSourcesOutputReference = StorageBucketIpFilterVpcNetworkSourcesOutputReference;
class StorageBucketIpFilterVpcNetworkSourcesList extends cdktf.ComplexList {
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
        return new StorageBucketIpFilterVpcNetworkSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.StorageBucketIpFilterVpcNetworkSourcesList = StorageBucketIpFilterVpcNetworkSourcesList;
function storageBucketIpFilterToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allow_all_service_agent_access: cdktf.booleanToTerraform(struct.allowAllServiceAgentAccess),
        allow_cross_org_vpcs: cdktf.booleanToTerraform(struct.allowCrossOrgVpcs),
        mode: cdktf.stringToTerraform(struct.mode),
        public_network_source: storageBucketIpFilterPublicNetworkSourceToTerraform(struct.publicNetworkSource),
        vpc_network_sources: cdktf.listMapper(storageBucketIpFilterVpcNetworkSourcesToTerraform, true)(struct.vpcNetworkSources),
    };
}
function storageBucketIpFilterToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allow_all_service_agent_access: {
            value: cdktf.booleanToHclTerraform(struct.allowAllServiceAgentAccess),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        allow_cross_org_vpcs: {
            value: cdktf.booleanToHclTerraform(struct.allowCrossOrgVpcs),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        public_network_source: {
            value: storageBucketIpFilterPublicNetworkSourceToHclTerraform(struct.publicNetworkSource),
            isBlock: true,
            type: "list",
            storageClassType: "StorageBucketIpFilterPublicNetworkSourceList",
        },
        vpc_network_sources: {
            value: cdktf.listMapperHcl(storageBucketIpFilterVpcNetworkSourcesToHclTerraform, true)(struct.vpcNetworkSources),
            isBlock: true,
            type: "list",
            storageClassType: "StorageBucketIpFilterVpcNetworkSourcesList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketIpFilterOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // public_network_source - computed: false, optional: true, required: false
        this._publicNetworkSource = new StorageBucketIpFilterPublicNetworkSourceOutputReference(this, "public_network_source");
        // vpc_network_sources - computed: false, optional: true, required: false
        this._vpcNetworkSources = new StorageBucketIpFilterVpcNetworkSourcesList(this, "vpc_network_sources", false);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._allowAllServiceAgentAccess !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowAllServiceAgentAccess = this._allowAllServiceAgentAccess;
        }
        if (this._allowCrossOrgVpcs !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowCrossOrgVpcs = this._allowCrossOrgVpcs;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        if (this._publicNetworkSource?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.publicNetworkSource = this._publicNetworkSource?.internalValue;
        }
        if (this._vpcNetworkSources?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.vpcNetworkSources = this._vpcNetworkSources?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allowAllServiceAgentAccess = undefined;
            this._allowCrossOrgVpcs = undefined;
            this._mode = undefined;
            this._publicNetworkSource.internalValue = undefined;
            this._vpcNetworkSources.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allowAllServiceAgentAccess = value.allowAllServiceAgentAccess;
            this._allowCrossOrgVpcs = value.allowCrossOrgVpcs;
            this._mode = value.mode;
            this._publicNetworkSource.internalValue = value.publicNetworkSource;
            this._vpcNetworkSources.internalValue = value.vpcNetworkSources;
        }
    }
    get allowAllServiceAgentAccess() {
        return this.getBooleanAttribute('allow_all_service_agent_access');
    }
    set allowAllServiceAgentAccess(value) {
        this._allowAllServiceAgentAccess = value;
    }
    resetAllowAllServiceAgentAccess() {
        this._allowAllServiceAgentAccess = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowAllServiceAgentAccessInput() {
        return this._allowAllServiceAgentAccess;
    }
    get allowCrossOrgVpcs() {
        return this.getBooleanAttribute('allow_cross_org_vpcs');
    }
    set allowCrossOrgVpcs(value) {
        this._allowCrossOrgVpcs = value;
    }
    resetAllowCrossOrgVpcs() {
        this._allowCrossOrgVpcs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowCrossOrgVpcsInput() {
        return this._allowCrossOrgVpcs;
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
    get publicNetworkSource() {
        return this._publicNetworkSource;
    }
    putPublicNetworkSource(value) {
        this._publicNetworkSource.internalValue = value;
    }
    resetPublicNetworkSource() {
        this._publicNetworkSource.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get publicNetworkSourceInput() {
        return this._publicNetworkSource.internalValue;
    }
    get vpcNetworkSources() {
        return this._vpcNetworkSources;
    }
    putVpcNetworkSources(value) {
        this._vpcNetworkSources.internalValue = value;
    }
    resetVpcNetworkSources() {
        this._vpcNetworkSources.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vpcNetworkSourcesInput() {
        return this._vpcNetworkSources.internalValue;
    }
}
exports.StorageBucketIpFilterOutputReference = StorageBucketIpFilterOutputReference;
function storageBucketLifecycleRuleActionToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        storage_class: cdktf.stringToTerraform(struct.storageClass),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function storageBucketLifecycleRuleActionToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        storage_class: {
            value: cdktf.stringToHclTerraform(struct.storageClass),
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
class StorageBucketLifecycleRuleActionOutputReference extends cdktf.ComplexObject {
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
        if (this._storageClass !== undefined) {
            hasAnyValues = true;
            internalValueResult.storageClass = this._storageClass;
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
            this._storageClass = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._storageClass = value.storageClass;
            this._type = value.type;
        }
    }
    get storageClass() {
        return this.getStringAttribute('storage_class');
    }
    set storageClass(value) {
        this._storageClass = value;
    }
    resetStorageClass() {
        this._storageClass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageClassInput() {
        return this._storageClass;
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
exports.StorageBucketLifecycleRuleActionOutputReference = StorageBucketLifecycleRuleActionOutputReference;
function storageBucketLifecycleRuleConditionToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        age: cdktf.numberToTerraform(struct.age),
        created_before: cdktf.stringToTerraform(struct.createdBefore),
        custom_time_before: cdktf.stringToTerraform(struct.customTimeBefore),
        days_since_custom_time: cdktf.numberToTerraform(struct.daysSinceCustomTime),
        days_since_noncurrent_time: cdktf.numberToTerraform(struct.daysSinceNoncurrentTime),
        matches_prefix: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.matchesPrefix),
        matches_storage_class: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.matchesStorageClass),
        matches_suffix: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.matchesSuffix),
        noncurrent_time_before: cdktf.stringToTerraform(struct.noncurrentTimeBefore),
        num_newer_versions: cdktf.numberToTerraform(struct.numNewerVersions),
        send_age_if_zero: cdktf.booleanToTerraform(struct.sendAgeIfZero),
        send_days_since_custom_time_if_zero: cdktf.booleanToTerraform(struct.sendDaysSinceCustomTimeIfZero),
        send_days_since_noncurrent_time_if_zero: cdktf.booleanToTerraform(struct.sendDaysSinceNoncurrentTimeIfZero),
        send_num_newer_versions_if_zero: cdktf.booleanToTerraform(struct.sendNumNewerVersionsIfZero),
        size_above_bytes: cdktf.numberToTerraform(struct.sizeAboveBytes),
        size_below_bytes: cdktf.numberToTerraform(struct.sizeBelowBytes),
        with_state: cdktf.stringToTerraform(struct.withState),
    };
}
function storageBucketLifecycleRuleConditionToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        age: {
            value: cdktf.numberToHclTerraform(struct.age),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        created_before: {
            value: cdktf.stringToHclTerraform(struct.createdBefore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        custom_time_before: {
            value: cdktf.stringToHclTerraform(struct.customTimeBefore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        days_since_custom_time: {
            value: cdktf.numberToHclTerraform(struct.daysSinceCustomTime),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        days_since_noncurrent_time: {
            value: cdktf.numberToHclTerraform(struct.daysSinceNoncurrentTime),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        matches_prefix: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.matchesPrefix),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        matches_storage_class: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.matchesStorageClass),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        matches_suffix: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.matchesSuffix),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        noncurrent_time_before: {
            value: cdktf.stringToHclTerraform(struct.noncurrentTimeBefore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        num_newer_versions: {
            value: cdktf.numberToHclTerraform(struct.numNewerVersions),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        send_age_if_zero: {
            value: cdktf.booleanToHclTerraform(struct.sendAgeIfZero),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        send_days_since_custom_time_if_zero: {
            value: cdktf.booleanToHclTerraform(struct.sendDaysSinceCustomTimeIfZero),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        send_days_since_noncurrent_time_if_zero: {
            value: cdktf.booleanToHclTerraform(struct.sendDaysSinceNoncurrentTimeIfZero),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        send_num_newer_versions_if_zero: {
            value: cdktf.booleanToHclTerraform(struct.sendNumNewerVersionsIfZero),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        size_above_bytes: {
            value: cdktf.numberToHclTerraform(struct.sizeAboveBytes),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        size_below_bytes: {
            value: cdktf.numberToHclTerraform(struct.sizeBelowBytes),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        with_state: {
            value: cdktf.stringToHclTerraform(struct.withState),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketLifecycleRuleConditionOutputReference extends cdktf.ComplexObject {
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
        if (this._age !== undefined) {
            hasAnyValues = true;
            internalValueResult.age = this._age;
        }
        if (this._createdBefore !== undefined) {
            hasAnyValues = true;
            internalValueResult.createdBefore = this._createdBefore;
        }
        if (this._customTimeBefore !== undefined) {
            hasAnyValues = true;
            internalValueResult.customTimeBefore = this._customTimeBefore;
        }
        if (this._daysSinceCustomTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.daysSinceCustomTime = this._daysSinceCustomTime;
        }
        if (this._daysSinceNoncurrentTime !== undefined) {
            hasAnyValues = true;
            internalValueResult.daysSinceNoncurrentTime = this._daysSinceNoncurrentTime;
        }
        if (this._matchesPrefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.matchesPrefix = this._matchesPrefix;
        }
        if (this._matchesStorageClass !== undefined) {
            hasAnyValues = true;
            internalValueResult.matchesStorageClass = this._matchesStorageClass;
        }
        if (this._matchesSuffix !== undefined) {
            hasAnyValues = true;
            internalValueResult.matchesSuffix = this._matchesSuffix;
        }
        if (this._noncurrentTimeBefore !== undefined) {
            hasAnyValues = true;
            internalValueResult.noncurrentTimeBefore = this._noncurrentTimeBefore;
        }
        if (this._numNewerVersions !== undefined) {
            hasAnyValues = true;
            internalValueResult.numNewerVersions = this._numNewerVersions;
        }
        if (this._sendAgeIfZero !== undefined) {
            hasAnyValues = true;
            internalValueResult.sendAgeIfZero = this._sendAgeIfZero;
        }
        if (this._sendDaysSinceCustomTimeIfZero !== undefined) {
            hasAnyValues = true;
            internalValueResult.sendDaysSinceCustomTimeIfZero = this._sendDaysSinceCustomTimeIfZero;
        }
        if (this._sendDaysSinceNoncurrentTimeIfZero !== undefined) {
            hasAnyValues = true;
            internalValueResult.sendDaysSinceNoncurrentTimeIfZero = this._sendDaysSinceNoncurrentTimeIfZero;
        }
        if (this._sendNumNewerVersionsIfZero !== undefined) {
            hasAnyValues = true;
            internalValueResult.sendNumNewerVersionsIfZero = this._sendNumNewerVersionsIfZero;
        }
        if (this._sizeAboveBytes !== undefined) {
            hasAnyValues = true;
            internalValueResult.sizeAboveBytes = this._sizeAboveBytes;
        }
        if (this._sizeBelowBytes !== undefined) {
            hasAnyValues = true;
            internalValueResult.sizeBelowBytes = this._sizeBelowBytes;
        }
        if (this._withState !== undefined) {
            hasAnyValues = true;
            internalValueResult.withState = this._withState;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._age = undefined;
            this._createdBefore = undefined;
            this._customTimeBefore = undefined;
            this._daysSinceCustomTime = undefined;
            this._daysSinceNoncurrentTime = undefined;
            this._matchesPrefix = undefined;
            this._matchesStorageClass = undefined;
            this._matchesSuffix = undefined;
            this._noncurrentTimeBefore = undefined;
            this._numNewerVersions = undefined;
            this._sendAgeIfZero = undefined;
            this._sendDaysSinceCustomTimeIfZero = undefined;
            this._sendDaysSinceNoncurrentTimeIfZero = undefined;
            this._sendNumNewerVersionsIfZero = undefined;
            this._sizeAboveBytes = undefined;
            this._sizeBelowBytes = undefined;
            this._withState = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._age = value.age;
            this._createdBefore = value.createdBefore;
            this._customTimeBefore = value.customTimeBefore;
            this._daysSinceCustomTime = value.daysSinceCustomTime;
            this._daysSinceNoncurrentTime = value.daysSinceNoncurrentTime;
            this._matchesPrefix = value.matchesPrefix;
            this._matchesStorageClass = value.matchesStorageClass;
            this._matchesSuffix = value.matchesSuffix;
            this._noncurrentTimeBefore = value.noncurrentTimeBefore;
            this._numNewerVersions = value.numNewerVersions;
            this._sendAgeIfZero = value.sendAgeIfZero;
            this._sendDaysSinceCustomTimeIfZero = value.sendDaysSinceCustomTimeIfZero;
            this._sendDaysSinceNoncurrentTimeIfZero = value.sendDaysSinceNoncurrentTimeIfZero;
            this._sendNumNewerVersionsIfZero = value.sendNumNewerVersionsIfZero;
            this._sizeAboveBytes = value.sizeAboveBytes;
            this._sizeBelowBytes = value.sizeBelowBytes;
            this._withState = value.withState;
        }
    }
    get age() {
        return this.getNumberAttribute('age');
    }
    set age(value) {
        this._age = value;
    }
    resetAge() {
        this._age = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ageInput() {
        return this._age;
    }
    get createdBefore() {
        return this.getStringAttribute('created_before');
    }
    set createdBefore(value) {
        this._createdBefore = value;
    }
    resetCreatedBefore() {
        this._createdBefore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createdBeforeInput() {
        return this._createdBefore;
    }
    get customTimeBefore() {
        return this.getStringAttribute('custom_time_before');
    }
    set customTimeBefore(value) {
        this._customTimeBefore = value;
    }
    resetCustomTimeBefore() {
        this._customTimeBefore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customTimeBeforeInput() {
        return this._customTimeBefore;
    }
    get daysSinceCustomTime() {
        return this.getNumberAttribute('days_since_custom_time');
    }
    set daysSinceCustomTime(value) {
        this._daysSinceCustomTime = value;
    }
    resetDaysSinceCustomTime() {
        this._daysSinceCustomTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get daysSinceCustomTimeInput() {
        return this._daysSinceCustomTime;
    }
    get daysSinceNoncurrentTime() {
        return this.getNumberAttribute('days_since_noncurrent_time');
    }
    set daysSinceNoncurrentTime(value) {
        this._daysSinceNoncurrentTime = value;
    }
    resetDaysSinceNoncurrentTime() {
        this._daysSinceNoncurrentTime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get daysSinceNoncurrentTimeInput() {
        return this._daysSinceNoncurrentTime;
    }
    get matchesPrefix() {
        return this.getListAttribute('matches_prefix');
    }
    set matchesPrefix(value) {
        this._matchesPrefix = value;
    }
    resetMatchesPrefix() {
        this._matchesPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get matchesPrefixInput() {
        return this._matchesPrefix;
    }
    get matchesStorageClass() {
        return this.getListAttribute('matches_storage_class');
    }
    set matchesStorageClass(value) {
        this._matchesStorageClass = value;
    }
    resetMatchesStorageClass() {
        this._matchesStorageClass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get matchesStorageClassInput() {
        return this._matchesStorageClass;
    }
    get matchesSuffix() {
        return this.getListAttribute('matches_suffix');
    }
    set matchesSuffix(value) {
        this._matchesSuffix = value;
    }
    resetMatchesSuffix() {
        this._matchesSuffix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get matchesSuffixInput() {
        return this._matchesSuffix;
    }
    get noncurrentTimeBefore() {
        return this.getStringAttribute('noncurrent_time_before');
    }
    set noncurrentTimeBefore(value) {
        this._noncurrentTimeBefore = value;
    }
    resetNoncurrentTimeBefore() {
        this._noncurrentTimeBefore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noncurrentTimeBeforeInput() {
        return this._noncurrentTimeBefore;
    }
    get numNewerVersions() {
        return this.getNumberAttribute('num_newer_versions');
    }
    set numNewerVersions(value) {
        this._numNewerVersions = value;
    }
    resetNumNewerVersions() {
        this._numNewerVersions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get numNewerVersionsInput() {
        return this._numNewerVersions;
    }
    get sendAgeIfZero() {
        return this.getBooleanAttribute('send_age_if_zero');
    }
    set sendAgeIfZero(value) {
        this._sendAgeIfZero = value;
    }
    resetSendAgeIfZero() {
        this._sendAgeIfZero = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sendAgeIfZeroInput() {
        return this._sendAgeIfZero;
    }
    get sendDaysSinceCustomTimeIfZero() {
        return this.getBooleanAttribute('send_days_since_custom_time_if_zero');
    }
    set sendDaysSinceCustomTimeIfZero(value) {
        this._sendDaysSinceCustomTimeIfZero = value;
    }
    resetSendDaysSinceCustomTimeIfZero() {
        this._sendDaysSinceCustomTimeIfZero = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sendDaysSinceCustomTimeIfZeroInput() {
        return this._sendDaysSinceCustomTimeIfZero;
    }
    get sendDaysSinceNoncurrentTimeIfZero() {
        return this.getBooleanAttribute('send_days_since_noncurrent_time_if_zero');
    }
    set sendDaysSinceNoncurrentTimeIfZero(value) {
        this._sendDaysSinceNoncurrentTimeIfZero = value;
    }
    resetSendDaysSinceNoncurrentTimeIfZero() {
        this._sendDaysSinceNoncurrentTimeIfZero = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sendDaysSinceNoncurrentTimeIfZeroInput() {
        return this._sendDaysSinceNoncurrentTimeIfZero;
    }
    get sendNumNewerVersionsIfZero() {
        return this.getBooleanAttribute('send_num_newer_versions_if_zero');
    }
    set sendNumNewerVersionsIfZero(value) {
        this._sendNumNewerVersionsIfZero = value;
    }
    resetSendNumNewerVersionsIfZero() {
        this._sendNumNewerVersionsIfZero = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sendNumNewerVersionsIfZeroInput() {
        return this._sendNumNewerVersionsIfZero;
    }
    get sizeAboveBytes() {
        return this.getNumberAttribute('size_above_bytes');
    }
    set sizeAboveBytes(value) {
        this._sizeAboveBytes = value;
    }
    resetSizeAboveBytes() {
        this._sizeAboveBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeAboveBytesInput() {
        return this._sizeAboveBytes;
    }
    get sizeBelowBytes() {
        return this.getNumberAttribute('size_below_bytes');
    }
    set sizeBelowBytes(value) {
        this._sizeBelowBytes = value;
    }
    resetSizeBelowBytes() {
        this._sizeBelowBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeBelowBytesInput() {
        return this._sizeBelowBytes;
    }
    get withState() {
        return this.getStringAttribute('with_state');
    }
    set withState(value) {
        this._withState = value;
    }
    resetWithState() {
        this._withState = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get withStateInput() {
        return this._withState;
    }
}
exports.StorageBucketLifecycleRuleConditionOutputReference = StorageBucketLifecycleRuleConditionOutputReference;
function storageBucketLifecycleRuleToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        action: storageBucketLifecycleRuleActionToTerraform(struct.action),
        condition: storageBucketLifecycleRuleConditionToTerraform(struct.condition),
    };
}
function storageBucketLifecycleRuleToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        action: {
            value: storageBucketLifecycleRuleActionToHclTerraform(struct.action),
            isBlock: true,
            type: "set",
            storageClassType: "StorageBucketLifecycleRuleActionList",
        },
        condition: {
            value: storageBucketLifecycleRuleConditionToHclTerraform(struct.condition),
            isBlock: true,
            type: "set",
            storageClassType: "StorageBucketLifecycleRuleConditionList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketLifecycleRuleOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // action - computed: false, optional: false, required: true
        this._action = new StorageBucketLifecycleRuleActionOutputReference(this, "action");
        // condition - computed: false, optional: false, required: true
        this._condition = new StorageBucketLifecycleRuleConditionOutputReference(this, "condition");
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._action?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.action = this._action?.internalValue;
        }
        if (this._condition?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.condition = this._condition?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._action.internalValue = undefined;
            this._condition.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._action.internalValue = value.action;
            this._condition.internalValue = value.condition;
        }
    }
    get action() {
        return this._action;
    }
    putAction(value) {
        this._action.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get actionInput() {
        return this._action.internalValue;
    }
    get condition() {
        return this._condition;
    }
    putCondition(value) {
        this._condition.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get conditionInput() {
        return this._condition.internalValue;
    }
}
exports.StorageBucketLifecycleRuleOutputReference = StorageBucketLifecycleRuleOutputReference;
class StorageBucketLifecycleRuleList extends cdktf.ComplexList {
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
        return new StorageBucketLifecycleRuleOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.StorageBucketLifecycleRuleList = StorageBucketLifecycleRuleList;
function storageBucketLoggingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        log_bucket: cdktf.stringToTerraform(struct.logBucket),
        log_object_prefix: cdktf.stringToTerraform(struct.logObjectPrefix),
    };
}
function storageBucketLoggingToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        log_bucket: {
            value: cdktf.stringToHclTerraform(struct.logBucket),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        log_object_prefix: {
            value: cdktf.stringToHclTerraform(struct.logObjectPrefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketLoggingOutputReference extends cdktf.ComplexObject {
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
        if (this._logBucket !== undefined) {
            hasAnyValues = true;
            internalValueResult.logBucket = this._logBucket;
        }
        if (this._logObjectPrefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.logObjectPrefix = this._logObjectPrefix;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._logBucket = undefined;
            this._logObjectPrefix = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._logBucket = value.logBucket;
            this._logObjectPrefix = value.logObjectPrefix;
        }
    }
    get logBucket() {
        return this.getStringAttribute('log_bucket');
    }
    set logBucket(value) {
        this._logBucket = value;
    }
    // Temporarily expose input value. Use with caution.
    get logBucketInput() {
        return this._logBucket;
    }
    get logObjectPrefix() {
        return this.getStringAttribute('log_object_prefix');
    }
    set logObjectPrefix(value) {
        this._logObjectPrefix = value;
    }
    resetLogObjectPrefix() {
        this._logObjectPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logObjectPrefixInput() {
        return this._logObjectPrefix;
    }
}
exports.StorageBucketLoggingOutputReference = StorageBucketLoggingOutputReference;
function storageBucketRetentionPolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_locked: cdktf.booleanToTerraform(struct.isLocked),
        retention_period: cdktf.stringToTerraform(struct.retentionPeriod),
    };
}
function storageBucketRetentionPolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_locked: {
            value: cdktf.booleanToHclTerraform(struct.isLocked),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        retention_period: {
            value: cdktf.stringToHclTerraform(struct.retentionPeriod),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketRetentionPolicyOutputReference extends cdktf.ComplexObject {
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
        if (this._isLocked !== undefined) {
            hasAnyValues = true;
            internalValueResult.isLocked = this._isLocked;
        }
        if (this._retentionPeriod !== undefined) {
            hasAnyValues = true;
            internalValueResult.retentionPeriod = this._retentionPeriod;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isLocked = undefined;
            this._retentionPeriod = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isLocked = value.isLocked;
            this._retentionPeriod = value.retentionPeriod;
        }
    }
    get isLocked() {
        return this.getBooleanAttribute('is_locked');
    }
    set isLocked(value) {
        this._isLocked = value;
    }
    resetIsLocked() {
        this._isLocked = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isLockedInput() {
        return this._isLocked;
    }
    get retentionPeriod() {
        return this.getStringAttribute('retention_period');
    }
    set retentionPeriod(value) {
        this._retentionPeriod = value;
    }
    // Temporarily expose input value. Use with caution.
    get retentionPeriodInput() {
        return this._retentionPeriod;
    }
}
exports.StorageBucketRetentionPolicyOutputReference = StorageBucketRetentionPolicyOutputReference;
function storageBucketSoftDeletePolicyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        retention_duration_seconds: cdktf.numberToTerraform(struct.retentionDurationSeconds),
    };
}
function storageBucketSoftDeletePolicyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        retention_duration_seconds: {
            value: cdktf.numberToHclTerraform(struct.retentionDurationSeconds),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketSoftDeletePolicyOutputReference extends cdktf.ComplexObject {
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
        if (this._retentionDurationSeconds !== undefined) {
            hasAnyValues = true;
            internalValueResult.retentionDurationSeconds = this._retentionDurationSeconds;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._retentionDurationSeconds = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._retentionDurationSeconds = value.retentionDurationSeconds;
        }
    }
    // effective_time - computed: true, optional: false, required: false
    get effectiveTime() {
        return this.getStringAttribute('effective_time');
    }
    get retentionDurationSeconds() {
        return this.getNumberAttribute('retention_duration_seconds');
    }
    set retentionDurationSeconds(value) {
        this._retentionDurationSeconds = value;
    }
    resetRetentionDurationSeconds() {
        this._retentionDurationSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retentionDurationSecondsInput() {
        return this._retentionDurationSeconds;
    }
}
exports.StorageBucketSoftDeletePolicyOutputReference = StorageBucketSoftDeletePolicyOutputReference;
function storageBucketTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        read: cdktf.stringToTerraform(struct.read),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function storageBucketTimeoutsToHclTerraform(struct) {
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
        read: {
            value: cdktf.stringToHclTerraform(struct.read),
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
class StorageBucketTimeoutsOutputReference extends cdktf.ComplexObject {
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
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
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
            this._read = undefined;
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
            this._read = value.read;
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
    get read() {
        return this.getStringAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
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
exports.StorageBucketTimeoutsOutputReference = StorageBucketTimeoutsOutputReference;
function storageBucketVersioningToTerraform(struct) {
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
function storageBucketVersioningToHclTerraform(struct) {
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
class StorageBucketVersioningOutputReference extends cdktf.ComplexObject {
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
exports.StorageBucketVersioningOutputReference = StorageBucketVersioningOutputReference;
function storageBucketWebsiteToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        main_page_suffix: cdktf.stringToTerraform(struct.mainPageSuffix),
        not_found_page: cdktf.stringToTerraform(struct.notFoundPage),
    };
}
function storageBucketWebsiteToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        main_page_suffix: {
            value: cdktf.stringToHclTerraform(struct.mainPageSuffix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        not_found_page: {
            value: cdktf.stringToHclTerraform(struct.notFoundPage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageBucketWebsiteOutputReference extends cdktf.ComplexObject {
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
        if (this._mainPageSuffix !== undefined) {
            hasAnyValues = true;
            internalValueResult.mainPageSuffix = this._mainPageSuffix;
        }
        if (this._notFoundPage !== undefined) {
            hasAnyValues = true;
            internalValueResult.notFoundPage = this._notFoundPage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._mainPageSuffix = undefined;
            this._notFoundPage = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._mainPageSuffix = value.mainPageSuffix;
            this._notFoundPage = value.notFoundPage;
        }
    }
    get mainPageSuffix() {
        return this.getStringAttribute('main_page_suffix');
    }
    set mainPageSuffix(value) {
        this._mainPageSuffix = value;
    }
    resetMainPageSuffix() {
        this._mainPageSuffix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mainPageSuffixInput() {
        return this._mainPageSuffix;
    }
    get notFoundPage() {
        return this.getStringAttribute('not_found_page');
    }
    set notFoundPage(value) {
        this._notFoundPage = value;
    }
    resetNotFoundPage() {
        this._notFoundPage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get notFoundPageInput() {
        return this._notFoundPage;
    }
}
exports.StorageBucketWebsiteOutputReference = StorageBucketWebsiteOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/storage_bucket google_storage_bucket}
*/
class StorageBucket extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a StorageBucket resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageBucket to import
    * @param importFromId The id of the existing StorageBucket that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/storage_bucket#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageBucket to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_storage_bucket", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/storage_bucket google_storage_bucket} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageBucketConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'google_storage_bucket',
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
        // effective_labels - computed: true, optional: false, required: false
        this._effectiveLabels = new cdktf.StringMap(this, "effective_labels");
        // terraform_labels - computed: true, optional: false, required: false
        this._terraformLabels = new cdktf.StringMap(this, "terraform_labels");
        // autoclass - computed: false, optional: true, required: false
        this._autoclass = new StorageBucketAutoclassOutputReference(this, "autoclass");
        // cors - computed: false, optional: true, required: false
        this._cors = new StorageBucketCorsList(this, "cors", false);
        // custom_placement_config - computed: false, optional: true, required: false
        this._customPlacementConfig = new StorageBucketCustomPlacementConfigOutputReference(this, "custom_placement_config");
        // encryption - computed: false, optional: true, required: false
        this._encryption = new StorageBucketEncryptionOutputReference(this, "encryption");
        // hierarchical_namespace - computed: false, optional: true, required: false
        this._hierarchicalNamespace = new StorageBucketHierarchicalNamespaceOutputReference(this, "hierarchical_namespace");
        // ip_filter - computed: false, optional: true, required: false
        this._ipFilter = new StorageBucketIpFilterOutputReference(this, "ip_filter");
        // lifecycle_rule - computed: false, optional: true, required: false
        this._lifecycleRule = new StorageBucketLifecycleRuleList(this, "lifecycle_rule", false);
        // logging - computed: false, optional: true, required: false
        this._logging = new StorageBucketLoggingOutputReference(this, "logging");
        // retention_policy - computed: false, optional: true, required: false
        this._retentionPolicy = new StorageBucketRetentionPolicyOutputReference(this, "retention_policy");
        // soft_delete_policy - computed: false, optional: true, required: false
        this._softDeletePolicy = new StorageBucketSoftDeletePolicyOutputReference(this, "soft_delete_policy");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new StorageBucketTimeoutsOutputReference(this, "timeouts");
        // versioning - computed: false, optional: true, required: false
        this._versioning = new StorageBucketVersioningOutputReference(this, "versioning");
        // website - computed: false, optional: true, required: false
        this._website = new StorageBucketWebsiteOutputReference(this, "website");
        this._defaultEventBasedHold = config.defaultEventBasedHold;
        this._deletionPolicy = config.deletionPolicy;
        this._enableObjectRetention = config.enableObjectRetention;
        this._forceDestroy = config.forceDestroy;
        this._id = config.id;
        this._labels = config.labels;
        this._location = config.location;
        this._name = config.name;
        this._project = config.project;
        this._publicAccessPrevention = config.publicAccessPrevention;
        this._requesterPays = config.requesterPays;
        this._rpo = config.rpo;
        this._storageClass = config.storageClass;
        this._uniformBucketLevelAccess = config.uniformBucketLevelAccess;
        this._autoclass.internalValue = config.autoclass;
        this._cors.internalValue = config.cors;
        this._customPlacementConfig.internalValue = config.customPlacementConfig;
        this._encryption.internalValue = config.encryption;
        this._hierarchicalNamespace.internalValue = config.hierarchicalNamespace;
        this._ipFilter.internalValue = config.ipFilter;
        this._lifecycleRule.internalValue = config.lifecycleRule;
        this._logging.internalValue = config.logging;
        this._retentionPolicy.internalValue = config.retentionPolicy;
        this._softDeletePolicy.internalValue = config.softDeletePolicy;
        this._timeouts.internalValue = config.timeouts;
        this._versioning.internalValue = config.versioning;
        this._website.internalValue = config.website;
    }
    get defaultEventBasedHold() {
        return this.getBooleanAttribute('default_event_based_hold');
    }
    set defaultEventBasedHold(value) {
        this._defaultEventBasedHold = value;
    }
    resetDefaultEventBasedHold() {
        this._defaultEventBasedHold = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultEventBasedHoldInput() {
        return this._defaultEventBasedHold;
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
    get effectiveLabels() {
        return this._effectiveLabels;
    }
    get enableObjectRetention() {
        return this.getBooleanAttribute('enable_object_retention');
    }
    set enableObjectRetention(value) {
        this._enableObjectRetention = value;
    }
    resetEnableObjectRetention() {
        this._enableObjectRetention = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableObjectRetentionInput() {
        return this._enableObjectRetention;
    }
    get forceDestroy() {
        return this.getBooleanAttribute('force_destroy');
    }
    set forceDestroy(value) {
        this._forceDestroy = value;
    }
    resetForceDestroy() {
        this._forceDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceDestroyInput() {
        return this._forceDestroy;
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
    get location() {
        return this.getStringAttribute('location');
    }
    set location(value) {
        this._location = value;
    }
    // Temporarily expose input value. Use with caution.
    get locationInput() {
        return this._location;
    }
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
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
    // project_number - computed: true, optional: false, required: false
    get projectNumber() {
        return this.getNumberAttribute('project_number');
    }
    get publicAccessPrevention() {
        return this.getStringAttribute('public_access_prevention');
    }
    set publicAccessPrevention(value) {
        this._publicAccessPrevention = value;
    }
    resetPublicAccessPrevention() {
        this._publicAccessPrevention = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get publicAccessPreventionInput() {
        return this._publicAccessPrevention;
    }
    get requesterPays() {
        return this.getBooleanAttribute('requester_pays');
    }
    set requesterPays(value) {
        this._requesterPays = value;
    }
    resetRequesterPays() {
        this._requesterPays = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get requesterPaysInput() {
        return this._requesterPays;
    }
    get rpo() {
        return this.getStringAttribute('rpo');
    }
    set rpo(value) {
        this._rpo = value;
    }
    resetRpo() {
        this._rpo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rpoInput() {
        return this._rpo;
    }
    // self_link - computed: true, optional: false, required: false
    get selfLink() {
        return this.getStringAttribute('self_link');
    }
    get storageClass() {
        return this.getStringAttribute('storage_class');
    }
    set storageClass(value) {
        this._storageClass = value;
    }
    resetStorageClass() {
        this._storageClass = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageClassInput() {
        return this._storageClass;
    }
    get terraformLabels() {
        return this._terraformLabels;
    }
    // time_created - computed: true, optional: false, required: false
    get timeCreated() {
        return this.getStringAttribute('time_created');
    }
    get uniformBucketLevelAccess() {
        return this.getBooleanAttribute('uniform_bucket_level_access');
    }
    set uniformBucketLevelAccess(value) {
        this._uniformBucketLevelAccess = value;
    }
    resetUniformBucketLevelAccess() {
        this._uniformBucketLevelAccess = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uniformBucketLevelAccessInput() {
        return this._uniformBucketLevelAccess;
    }
    // updated - computed: true, optional: false, required: false
    get updated() {
        return this.getStringAttribute('updated');
    }
    // url - computed: true, optional: false, required: false
    get url() {
        return this.getStringAttribute('url');
    }
    get autoclass() {
        return this._autoclass;
    }
    putAutoclass(value) {
        this._autoclass.internalValue = value;
    }
    resetAutoclass() {
        this._autoclass.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autoclassInput() {
        return this._autoclass.internalValue;
    }
    get cors() {
        return this._cors;
    }
    putCors(value) {
        this._cors.internalValue = value;
    }
    resetCors() {
        this._cors.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get corsInput() {
        return this._cors.internalValue;
    }
    get customPlacementConfig() {
        return this._customPlacementConfig;
    }
    putCustomPlacementConfig(value) {
        this._customPlacementConfig.internalValue = value;
    }
    resetCustomPlacementConfig() {
        this._customPlacementConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customPlacementConfigInput() {
        return this._customPlacementConfig.internalValue;
    }
    get encryption() {
        return this._encryption;
    }
    putEncryption(value) {
        this._encryption.internalValue = value;
    }
    resetEncryption() {
        this._encryption.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encryptionInput() {
        return this._encryption.internalValue;
    }
    get hierarchicalNamespace() {
        return this._hierarchicalNamespace;
    }
    putHierarchicalNamespace(value) {
        this._hierarchicalNamespace.internalValue = value;
    }
    resetHierarchicalNamespace() {
        this._hierarchicalNamespace.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hierarchicalNamespaceInput() {
        return this._hierarchicalNamespace.internalValue;
    }
    get ipFilter() {
        return this._ipFilter;
    }
    putIpFilter(value) {
        this._ipFilter.internalValue = value;
    }
    resetIpFilter() {
        this._ipFilter.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipFilterInput() {
        return this._ipFilter.internalValue;
    }
    get lifecycleRule() {
        return this._lifecycleRule;
    }
    putLifecycleRule(value) {
        this._lifecycleRule.internalValue = value;
    }
    resetLifecycleRule() {
        this._lifecycleRule.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lifecycleRuleInput() {
        return this._lifecycleRule.internalValue;
    }
    get logging() {
        return this._logging;
    }
    putLogging(value) {
        this._logging.internalValue = value;
    }
    resetLogging() {
        this._logging.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get loggingInput() {
        return this._logging.internalValue;
    }
    get retentionPolicy() {
        return this._retentionPolicy;
    }
    putRetentionPolicy(value) {
        this._retentionPolicy.internalValue = value;
    }
    resetRetentionPolicy() {
        this._retentionPolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retentionPolicyInput() {
        return this._retentionPolicy.internalValue;
    }
    get softDeletePolicy() {
        return this._softDeletePolicy;
    }
    putSoftDeletePolicy(value) {
        this._softDeletePolicy.internalValue = value;
    }
    resetSoftDeletePolicy() {
        this._softDeletePolicy.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get softDeletePolicyInput() {
        return this._softDeletePolicy.internalValue;
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
    get versioning() {
        return this._versioning;
    }
    putVersioning(value) {
        this._versioning.internalValue = value;
    }
    resetVersioning() {
        this._versioning.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versioningInput() {
        return this._versioning.internalValue;
    }
    get website() {
        return this._website;
    }
    putWebsite(value) {
        this._website.internalValue = value;
    }
    resetWebsite() {
        this._website.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get websiteInput() {
        return this._website.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            default_event_based_hold: cdktf.booleanToTerraform(this._defaultEventBasedHold),
            deletion_policy: cdktf.stringToTerraform(this._deletionPolicy),
            enable_object_retention: cdktf.booleanToTerraform(this._enableObjectRetention),
            force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
            id: cdktf.stringToTerraform(this._id),
            labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
            location: cdktf.stringToTerraform(this._location),
            name: cdktf.stringToTerraform(this._name),
            project: cdktf.stringToTerraform(this._project),
            public_access_prevention: cdktf.stringToTerraform(this._publicAccessPrevention),
            requester_pays: cdktf.booleanToTerraform(this._requesterPays),
            rpo: cdktf.stringToTerraform(this._rpo),
            storage_class: cdktf.stringToTerraform(this._storageClass),
            uniform_bucket_level_access: cdktf.booleanToTerraform(this._uniformBucketLevelAccess),
            autoclass: storageBucketAutoclassToTerraform(this._autoclass.internalValue),
            cors: cdktf.listMapper(storageBucketCorsToTerraform, true)(this._cors.internalValue),
            custom_placement_config: storageBucketCustomPlacementConfigToTerraform(this._customPlacementConfig.internalValue),
            encryption: storageBucketEncryptionToTerraform(this._encryption.internalValue),
            hierarchical_namespace: storageBucketHierarchicalNamespaceToTerraform(this._hierarchicalNamespace.internalValue),
            ip_filter: storageBucketIpFilterToTerraform(this._ipFilter.internalValue),
            lifecycle_rule: cdktf.listMapper(storageBucketLifecycleRuleToTerraform, true)(this._lifecycleRule.internalValue),
            logging: storageBucketLoggingToTerraform(this._logging.internalValue),
            retention_policy: storageBucketRetentionPolicyToTerraform(this._retentionPolicy.internalValue),
            soft_delete_policy: storageBucketSoftDeletePolicyToTerraform(this._softDeletePolicy.internalValue),
            timeouts: storageBucketTimeoutsToTerraform(this._timeouts.internalValue),
            versioning: storageBucketVersioningToTerraform(this._versioning.internalValue),
            website: storageBucketWebsiteToTerraform(this._website.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            default_event_based_hold: {
                value: cdktf.booleanToHclTerraform(this._defaultEventBasedHold),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            deletion_policy: {
                value: cdktf.stringToHclTerraform(this._deletionPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enable_object_retention: {
                value: cdktf.booleanToHclTerraform(this._enableObjectRetention),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            force_destroy: {
                value: cdktf.booleanToHclTerraform(this._forceDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            labels: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            location: {
                value: cdktf.stringToHclTerraform(this._location),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            project: {
                value: cdktf.stringToHclTerraform(this._project),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            public_access_prevention: {
                value: cdktf.stringToHclTerraform(this._publicAccessPrevention),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            requester_pays: {
                value: cdktf.booleanToHclTerraform(this._requesterPays),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            rpo: {
                value: cdktf.stringToHclTerraform(this._rpo),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            storage_class: {
                value: cdktf.stringToHclTerraform(this._storageClass),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            uniform_bucket_level_access: {
                value: cdktf.booleanToHclTerraform(this._uniformBucketLevelAccess),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            autoclass: {
                value: storageBucketAutoclassToHclTerraform(this._autoclass.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketAutoclassList",
            },
            cors: {
                value: cdktf.listMapperHcl(storageBucketCorsToHclTerraform, true)(this._cors.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketCorsList",
            },
            custom_placement_config: {
                value: storageBucketCustomPlacementConfigToHclTerraform(this._customPlacementConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketCustomPlacementConfigList",
            },
            encryption: {
                value: storageBucketEncryptionToHclTerraform(this._encryption.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketEncryptionList",
            },
            hierarchical_namespace: {
                value: storageBucketHierarchicalNamespaceToHclTerraform(this._hierarchicalNamespace.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketHierarchicalNamespaceList",
            },
            ip_filter: {
                value: storageBucketIpFilterToHclTerraform(this._ipFilter.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketIpFilterList",
            },
            lifecycle_rule: {
                value: cdktf.listMapperHcl(storageBucketLifecycleRuleToHclTerraform, true)(this._lifecycleRule.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketLifecycleRuleList",
            },
            logging: {
                value: storageBucketLoggingToHclTerraform(this._logging.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketLoggingList",
            },
            retention_policy: {
                value: storageBucketRetentionPolicyToHclTerraform(this._retentionPolicy.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketRetentionPolicyList",
            },
            soft_delete_policy: {
                value: storageBucketSoftDeletePolicyToHclTerraform(this._softDeletePolicy.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketSoftDeletePolicyList",
            },
            timeouts: {
                value: storageBucketTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "StorageBucketTimeouts",
            },
            versioning: {
                value: storageBucketVersioningToHclTerraform(this._versioning.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketVersioningList",
            },
            website: {
                value: storageBucketWebsiteToHclTerraform(this._website.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "StorageBucketWebsiteList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.StorageBucket = StorageBucket;
// =================
// STATIC PROPERTIES
// =================
StorageBucket.tfResourceType = "google_storage_bucket";
