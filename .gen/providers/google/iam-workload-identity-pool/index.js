"use strict";
// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IamWorkloadIdentityPool = exports.IamWorkloadIdentityPoolTimeoutsOutputReference = exports.IamWorkloadIdentityPoolInlineTrustConfigOutputReference = exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList = exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference = exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList = exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference = exports.IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference = exports.IamWorkloadIdentityPoolAttestationRulesList = exports.IamWorkloadIdentityPoolAttestationRulesOutputReference = void 0;
exports.iamWorkloadIdentityPoolAttestationRulesToTerraform = iamWorkloadIdentityPoolAttestationRulesToTerraform;
exports.iamWorkloadIdentityPoolAttestationRulesToHclTerraform = iamWorkloadIdentityPoolAttestationRulesToHclTerraform;
exports.iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToTerraform = iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToTerraform;
exports.iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToHclTerraform = iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToHclTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToTerraform = iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToHclTerraform = iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToHclTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToTerraform = iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToHclTerraform = iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToHclTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigToTerraform = iamWorkloadIdentityPoolInlineTrustConfigToTerraform;
exports.iamWorkloadIdentityPoolInlineTrustConfigToHclTerraform = iamWorkloadIdentityPoolInlineTrustConfigToHclTerraform;
exports.iamWorkloadIdentityPoolTimeoutsToTerraform = iamWorkloadIdentityPoolTimeoutsToTerraform;
exports.iamWorkloadIdentityPoolTimeoutsToHclTerraform = iamWorkloadIdentityPoolTimeoutsToHclTerraform;
const cdktf = require("cdktf");
function iamWorkloadIdentityPoolAttestationRulesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        google_cloud_resource: cdktf.stringToTerraform(struct.googleCloudResource),
    };
}
function iamWorkloadIdentityPoolAttestationRulesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        google_cloud_resource: {
            value: cdktf.stringToHclTerraform(struct.googleCloudResource),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IamWorkloadIdentityPoolAttestationRulesOutputReference extends cdktf.ComplexObject {
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
        if (this._googleCloudResource !== undefined) {
            hasAnyValues = true;
            internalValueResult.googleCloudResource = this._googleCloudResource;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._googleCloudResource = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._googleCloudResource = value.googleCloudResource;
        }
    }
    get googleCloudResource() {
        return this.getStringAttribute('google_cloud_resource');
    }
    set googleCloudResource(value) {
        this._googleCloudResource = value;
    }
    // Temporarily expose input value. Use with caution.
    get googleCloudResourceInput() {
        return this._googleCloudResource;
    }
}
exports.IamWorkloadIdentityPoolAttestationRulesOutputReference = IamWorkloadIdentityPoolAttestationRulesOutputReference;
class IamWorkloadIdentityPoolAttestationRulesList extends cdktf.ComplexList {
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
        return new IamWorkloadIdentityPoolAttestationRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.IamWorkloadIdentityPoolAttestationRulesList = IamWorkloadIdentityPoolAttestationRulesList;
function iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ca_pools: cdktf.hashMapper(cdktf.stringToTerraform)(struct.caPools),
        key_algorithm: cdktf.stringToTerraform(struct.keyAlgorithm),
        lifetime: cdktf.stringToTerraform(struct.lifetime),
        rotation_window_percentage: cdktf.numberToTerraform(struct.rotationWindowPercentage),
        use_default_shared_ca: cdktf.booleanToTerraform(struct.useDefaultSharedCa),
    };
}
function iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ca_pools: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.caPools),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        key_algorithm: {
            value: cdktf.stringToHclTerraform(struct.keyAlgorithm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lifetime: {
            value: cdktf.stringToHclTerraform(struct.lifetime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rotation_window_percentage: {
            value: cdktf.numberToHclTerraform(struct.rotationWindowPercentage),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        use_default_shared_ca: {
            value: cdktf.booleanToHclTerraform(struct.useDefaultSharedCa),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference extends cdktf.ComplexObject {
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
        if (this._caPools !== undefined) {
            hasAnyValues = true;
            internalValueResult.caPools = this._caPools;
        }
        if (this._keyAlgorithm !== undefined) {
            hasAnyValues = true;
            internalValueResult.keyAlgorithm = this._keyAlgorithm;
        }
        if (this._lifetime !== undefined) {
            hasAnyValues = true;
            internalValueResult.lifetime = this._lifetime;
        }
        if (this._rotationWindowPercentage !== undefined) {
            hasAnyValues = true;
            internalValueResult.rotationWindowPercentage = this._rotationWindowPercentage;
        }
        if (this._useDefaultSharedCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.useDefaultSharedCa = this._useDefaultSharedCa;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._caPools = undefined;
            this._keyAlgorithm = undefined;
            this._lifetime = undefined;
            this._rotationWindowPercentage = undefined;
            this._useDefaultSharedCa = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._caPools = value.caPools;
            this._keyAlgorithm = value.keyAlgorithm;
            this._lifetime = value.lifetime;
            this._rotationWindowPercentage = value.rotationWindowPercentage;
            this._useDefaultSharedCa = value.useDefaultSharedCa;
        }
    }
    get caPools() {
        return this.getStringMapAttribute('ca_pools');
    }
    set caPools(value) {
        this._caPools = value;
    }
    resetCaPools() {
        this._caPools = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caPoolsInput() {
        return this._caPools;
    }
    get keyAlgorithm() {
        return this.getStringAttribute('key_algorithm');
    }
    set keyAlgorithm(value) {
        this._keyAlgorithm = value;
    }
    resetKeyAlgorithm() {
        this._keyAlgorithm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyAlgorithmInput() {
        return this._keyAlgorithm;
    }
    get lifetime() {
        return this.getStringAttribute('lifetime');
    }
    set lifetime(value) {
        this._lifetime = value;
    }
    resetLifetime() {
        this._lifetime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lifetimeInput() {
        return this._lifetime;
    }
    get rotationWindowPercentage() {
        return this.getNumberAttribute('rotation_window_percentage');
    }
    set rotationWindowPercentage(value) {
        this._rotationWindowPercentage = value;
    }
    resetRotationWindowPercentage() {
        this._rotationWindowPercentage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rotationWindowPercentageInput() {
        return this._rotationWindowPercentage;
    }
    get useDefaultSharedCa() {
        return this.getBooleanAttribute('use_default_shared_ca');
    }
    set useDefaultSharedCa(value) {
        this._useDefaultSharedCa = value;
    }
    resetUseDefaultSharedCa() {
        this._useDefaultSharedCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get useDefaultSharedCaInput() {
        return this._useDefaultSharedCa;
    }
}
exports.IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference = IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference;
function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        pem_certificate: cdktf.stringToTerraform(struct.pemCertificate),
    };
}
function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        pem_certificate: {
            value: cdktf.stringToHclTerraform(struct.pemCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference extends cdktf.ComplexObject {
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
        if (this._pemCertificate !== undefined) {
            hasAnyValues = true;
            internalValueResult.pemCertificate = this._pemCertificate;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._pemCertificate = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._pemCertificate = value.pemCertificate;
        }
    }
    get pemCertificate() {
        return this.getStringAttribute('pem_certificate');
    }
    set pemCertificate(value) {
        this._pemCertificate = value;
    }
    // Temporarily expose input value. Use with caution.
    get pemCertificateInput() {
        return this._pemCertificate;
    }
}
exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference = IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference;
class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList extends cdktf.ComplexList {
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
        return new IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList = IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList;
function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        trust_default_shared_ca: cdktf.booleanToTerraform(struct.trustDefaultSharedCa),
        trust_domain: cdktf.stringToTerraform(struct.trustDomain),
        trust_anchors: cdktf.listMapper(iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToTerraform, true)(struct.trustAnchors),
    };
}
function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        trust_default_shared_ca: {
            value: cdktf.booleanToHclTerraform(struct.trustDefaultSharedCa),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        trust_domain: {
            value: cdktf.stringToHclTerraform(struct.trustDomain),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        trust_anchors: {
            value: cdktf.listMapperHcl(iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToHclTerraform, true)(struct.trustAnchors),
            isBlock: true,
            type: "list",
            storageClassType: "IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
        this.isEmptyObject = false;
        // trust_anchors - computed: false, optional: false, required: true
        this._trustAnchors = new IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList(this, "trust_anchors", false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._trustDefaultSharedCa !== undefined) {
            hasAnyValues = true;
            internalValueResult.trustDefaultSharedCa = this._trustDefaultSharedCa;
        }
        if (this._trustDomain !== undefined) {
            hasAnyValues = true;
            internalValueResult.trustDomain = this._trustDomain;
        }
        if (this._trustAnchors?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.trustAnchors = this._trustAnchors?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._trustDefaultSharedCa = undefined;
            this._trustDomain = undefined;
            this._trustAnchors.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._trustDefaultSharedCa = value.trustDefaultSharedCa;
            this._trustDomain = value.trustDomain;
            this._trustAnchors.internalValue = value.trustAnchors;
        }
    }
    get trustDefaultSharedCa() {
        return this.getBooleanAttribute('trust_default_shared_ca');
    }
    set trustDefaultSharedCa(value) {
        this._trustDefaultSharedCa = value;
    }
    resetTrustDefaultSharedCa() {
        this._trustDefaultSharedCa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get trustDefaultSharedCaInput() {
        return this._trustDefaultSharedCa;
    }
    get trustDomain() {
        return this.getStringAttribute('trust_domain');
    }
    set trustDomain(value) {
        this._trustDomain = value;
    }
    // Temporarily expose input value. Use with caution.
    get trustDomainInput() {
        return this._trustDomain;
    }
    get trustAnchors() {
        return this._trustAnchors;
    }
    putTrustAnchors(value) {
        this._trustAnchors.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get trustAnchorsInput() {
        return this._trustAnchors.internalValue;
    }
}
exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference = IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference;
class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList extends cdktf.ComplexList {
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
        return new IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList = IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList;
function iamWorkloadIdentityPoolInlineTrustConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        additional_trust_bundles: cdktf.listMapper(iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToTerraform, true)(struct.additionalTrustBundles),
    };
}
function iamWorkloadIdentityPoolInlineTrustConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        additional_trust_bundles: {
            value: cdktf.listMapperHcl(iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToHclTerraform, true)(struct.additionalTrustBundles),
            isBlock: true,
            type: "set",
            storageClassType: "IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IamWorkloadIdentityPoolInlineTrustConfigOutputReference extends cdktf.ComplexObject {
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
        this.isEmptyObject = false;
        // additional_trust_bundles - computed: false, optional: true, required: false
        this._additionalTrustBundles = new IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList(this, "additional_trust_bundles", true);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._additionalTrustBundles?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.additionalTrustBundles = this._additionalTrustBundles?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._additionalTrustBundles.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._additionalTrustBundles.internalValue = value.additionalTrustBundles;
        }
    }
    get additionalTrustBundles() {
        return this._additionalTrustBundles;
    }
    putAdditionalTrustBundles(value) {
        this._additionalTrustBundles.internalValue = value;
    }
    resetAdditionalTrustBundles() {
        this._additionalTrustBundles.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get additionalTrustBundlesInput() {
        return this._additionalTrustBundles.internalValue;
    }
}
exports.IamWorkloadIdentityPoolInlineTrustConfigOutputReference = IamWorkloadIdentityPoolInlineTrustConfigOutputReference;
function iamWorkloadIdentityPoolTimeoutsToTerraform(struct) {
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
function iamWorkloadIdentityPoolTimeoutsToHclTerraform(struct) {
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
class IamWorkloadIdentityPoolTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.IamWorkloadIdentityPoolTimeoutsOutputReference = IamWorkloadIdentityPoolTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool google_iam_workload_identity_pool}
*/
class IamWorkloadIdentityPool extends cdktf.TerraformResource {
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IamWorkloadIdentityPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IamWorkloadIdentityPool to import
    * @param importFromId The id of the existing IamWorkloadIdentityPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IamWorkloadIdentityPool to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "google_iam_workload_identity_pool", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool google_iam_workload_identity_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IamWorkloadIdentityPoolConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'google_iam_workload_identity_pool',
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
        // attestation_rules - computed: false, optional: true, required: false
        this._attestationRules = new IamWorkloadIdentityPoolAttestationRulesList(this, "attestation_rules", true);
        // inline_certificate_issuance_config - computed: false, optional: true, required: false
        this._inlineCertificateIssuanceConfig = new IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference(this, "inline_certificate_issuance_config");
        // inline_trust_config - computed: false, optional: true, required: false
        this._inlineTrustConfig = new IamWorkloadIdentityPoolInlineTrustConfigOutputReference(this, "inline_trust_config");
        // timeouts - computed: false, optional: true, required: false
        this._timeouts = new IamWorkloadIdentityPoolTimeoutsOutputReference(this, "timeouts");
        this._deletionPolicy = config.deletionPolicy;
        this._description = config.description;
        this._disabled = config.disabled;
        this._displayName = config.displayName;
        this._id = config.id;
        this._mode = config.mode;
        this._project = config.project;
        this._workloadIdentityPoolId = config.workloadIdentityPoolId;
        this._attestationRules.internalValue = config.attestationRules;
        this._inlineCertificateIssuanceConfig.internalValue = config.inlineCertificateIssuanceConfig;
        this._inlineTrustConfig.internalValue = config.inlineTrustConfig;
        this._timeouts.internalValue = config.timeouts;
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
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
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
    get displayName() {
        return this.getStringAttribute('display_name');
    }
    set displayName(value) {
        this._displayName = value;
    }
    resetDisplayName() {
        this._displayName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get displayNameInput() {
        return this._displayName;
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
    // name - computed: true, optional: false, required: false
    get name() {
        return this.getStringAttribute('name');
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
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    get workloadIdentityPoolId() {
        return this.getStringAttribute('workload_identity_pool_id');
    }
    set workloadIdentityPoolId(value) {
        this._workloadIdentityPoolId = value;
    }
    // Temporarily expose input value. Use with caution.
    get workloadIdentityPoolIdInput() {
        return this._workloadIdentityPoolId;
    }
    get attestationRules() {
        return this._attestationRules;
    }
    putAttestationRules(value) {
        this._attestationRules.internalValue = value;
    }
    resetAttestationRules() {
        this._attestationRules.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get attestationRulesInput() {
        return this._attestationRules.internalValue;
    }
    get inlineCertificateIssuanceConfig() {
        return this._inlineCertificateIssuanceConfig;
    }
    putInlineCertificateIssuanceConfig(value) {
        this._inlineCertificateIssuanceConfig.internalValue = value;
    }
    resetInlineCertificateIssuanceConfig() {
        this._inlineCertificateIssuanceConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get inlineCertificateIssuanceConfigInput() {
        return this._inlineCertificateIssuanceConfig.internalValue;
    }
    get inlineTrustConfig() {
        return this._inlineTrustConfig;
    }
    putInlineTrustConfig(value) {
        this._inlineTrustConfig.internalValue = value;
    }
    resetInlineTrustConfig() {
        this._inlineTrustConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get inlineTrustConfigInput() {
        return this._inlineTrustConfig.internalValue;
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            deletion_policy: cdktf.stringToTerraform(this._deletionPolicy),
            description: cdktf.stringToTerraform(this._description),
            disabled: cdktf.booleanToTerraform(this._disabled),
            display_name: cdktf.stringToTerraform(this._displayName),
            id: cdktf.stringToTerraform(this._id),
            mode: cdktf.stringToTerraform(this._mode),
            project: cdktf.stringToTerraform(this._project),
            workload_identity_pool_id: cdktf.stringToTerraform(this._workloadIdentityPoolId),
            attestation_rules: cdktf.listMapper(iamWorkloadIdentityPoolAttestationRulesToTerraform, true)(this._attestationRules.internalValue),
            inline_certificate_issuance_config: iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToTerraform(this._inlineCertificateIssuanceConfig.internalValue),
            inline_trust_config: iamWorkloadIdentityPoolInlineTrustConfigToTerraform(this._inlineTrustConfig.internalValue),
            timeouts: iamWorkloadIdentityPoolTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            deletion_policy: {
                value: cdktf.stringToHclTerraform(this._deletionPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disabled: {
                value: cdktf.booleanToHclTerraform(this._disabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            display_name: {
                value: cdktf.stringToHclTerraform(this._displayName),
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
            mode: {
                value: cdktf.stringToHclTerraform(this._mode),
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
            workload_identity_pool_id: {
                value: cdktf.stringToHclTerraform(this._workloadIdentityPoolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            attestation_rules: {
                value: cdktf.listMapperHcl(iamWorkloadIdentityPoolAttestationRulesToHclTerraform, true)(this._attestationRules.internalValue),
                isBlock: true,
                type: "set",
                storageClassType: "IamWorkloadIdentityPoolAttestationRulesList",
            },
            inline_certificate_issuance_config: {
                value: iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToHclTerraform(this._inlineCertificateIssuanceConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "IamWorkloadIdentityPoolInlineCertificateIssuanceConfigList",
            },
            inline_trust_config: {
                value: iamWorkloadIdentityPoolInlineTrustConfigToHclTerraform(this._inlineTrustConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "IamWorkloadIdentityPoolInlineTrustConfigList",
            },
            timeouts: {
                value: iamWorkloadIdentityPoolTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "IamWorkloadIdentityPoolTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IamWorkloadIdentityPool = IamWorkloadIdentityPool;
// =================
// STATIC PROPERTIES
// =================
IamWorkloadIdentityPool.tfResourceType = "google_iam_workload_identity_pool";
