import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface IamWorkloadIdentityPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Whether Terraform will be prevented from destroying the instance. Defaults to "DELETE".
    * When a 'terraform destroy' or 'terraform apply' would delete the instance,
    * the command will fail if this field is set to "PREVENT" in Terraform state.
    * When set to "ABANDON", the command will remove the resource from Terraform
    * management without updating or deleting the resource in the API.
    * When set to "DELETE", deleting the resource is allowed.
    *
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#deletion_policy IamWorkloadIdentityPool#deletion_policy}
    */
    readonly deletionPolicy?: string;
    /**
    * A description of the pool. Cannot exceed 256 characters.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#description IamWorkloadIdentityPool#description}
    */
    readonly description?: string;
    /**
    * Whether the pool is disabled. You cannot use a disabled pool to exchange tokens, or use
    * existing tokens to access resources. If the pool is re-enabled, existing tokens grant
    * access again.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#disabled IamWorkloadIdentityPool#disabled}
    */
    readonly disabled?: boolean | cdktf.IResolvable;
    /**
    * A display name for the pool. Cannot exceed 32 characters.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#display_name IamWorkloadIdentityPool#display_name}
    */
    readonly displayName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#id IamWorkloadIdentityPool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The mode for the pool is operating in. Pools with an unspecified mode will operate as if they
    * are in 'FEDERATION_ONLY' mode.
    *
    * ~> **Note** This field cannot be changed after the Workload Identity Pool is created. While
    * 'terraform plan' may show an update if you change this field's value, 'terraform apply'
    * **will fail with an API error** (such as 'Error 400: Attempted to update an immutable field.').
    * To specify a different 'mode', please create a new Workload Identity Pool resource.
    *
    * * 'FEDERATION_ONLY': Pools can only be used for federating external workload identities into
    * Google Cloud. Unless otherwise noted, no structure or format constraints are applied to
    * workload identities in a 'FEDERATION_ONLY' mode pool, and you may not create any resources
    * within the pool besides providers.
    * * 'TRUST_DOMAIN': Pools can be used to assign identities to Google Cloud workloads. All
    * identities within a 'TRUST_DOMAIN' mode pool must consist of a single namespace and individual
    * workload identifier. The subject identifier for all identities must conform to the following
    * format: 'ns/<namespace>/sa/<workload_identifier>'.
    * 'google_iam_workload_identity_pool_provider's cannot be created within 'TRUST_DOMAIN'
    * mode pools.
    * * 'SYSTEM_TRUST_DOMAIN': Pools are managed by Google Cloud services. Neither
    * 'google_iam_workload_identity_pool_namespace's nor 'google_iam_workload_identity_pool_provider's
    * can be created within 'SYSTEM_TRUST_DOMAIN' mode pools. All identities within a
    * 'SYSTEM_TRUST_DOMAIN' mode pool are in one of the following formats:
    *
    *     * 'spiffe://<trust-domain>/ns/<kubernetes-namespace>/sa/<kubernetes-service-account>'
    *     * 'spiffe://<trust-domain>/resources/<resource-scope>/<resource-name>' Possible values: ["FEDERATION_ONLY", "TRUST_DOMAIN", "SYSTEM_TRUST_DOMAIN"]
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#mode IamWorkloadIdentityPool#mode}
    */
    readonly mode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#project IamWorkloadIdentityPool#project}
    */
    readonly project?: string;
    /**
    * The ID to use for the pool, which becomes the final component of the resource name. This
    * value should be 4-32 characters, and may contain the characters [a-z0-9-]. The prefix
    * 'gcp-' is reserved for use by Google, and may not be specified.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#workload_identity_pool_id IamWorkloadIdentityPool#workload_identity_pool_id}
    */
    readonly workloadIdentityPoolId: string;
    /**
    * attestation_rules block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#attestation_rules IamWorkloadIdentityPool#attestation_rules}
    */
    readonly attestationRules?: IamWorkloadIdentityPoolAttestationRules[] | cdktf.IResolvable;
    /**
    * inline_certificate_issuance_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#inline_certificate_issuance_config IamWorkloadIdentityPool#inline_certificate_issuance_config}
    */
    readonly inlineCertificateIssuanceConfig?: IamWorkloadIdentityPoolInlineCertificateIssuanceConfig;
    /**
    * inline_trust_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#inline_trust_config IamWorkloadIdentityPool#inline_trust_config}
    */
    readonly inlineTrustConfig?: IamWorkloadIdentityPoolInlineTrustConfig;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#timeouts IamWorkloadIdentityPool#timeouts}
    */
    readonly timeouts?: IamWorkloadIdentityPoolTimeouts;
}
export interface IamWorkloadIdentityPoolAttestationRules {
    /**
    * A single workload operating on Google Cloud. For example:
    * '//run.googleapis.com/projects/123/type/Service/*'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#google_cloud_resource IamWorkloadIdentityPool#google_cloud_resource}
    */
    readonly googleCloudResource: string;
}
export declare function iamWorkloadIdentityPoolAttestationRulesToTerraform(struct?: IamWorkloadIdentityPoolAttestationRules | cdktf.IResolvable): any;
export declare function iamWorkloadIdentityPoolAttestationRulesToHclTerraform(struct?: IamWorkloadIdentityPoolAttestationRules | cdktf.IResolvable): any;
export declare class IamWorkloadIdentityPoolAttestationRulesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): IamWorkloadIdentityPoolAttestationRules | cdktf.IResolvable | undefined;
    set internalValue(value: IamWorkloadIdentityPoolAttestationRules | cdktf.IResolvable | undefined);
    private _googleCloudResource?;
    get googleCloudResource(): string;
    set googleCloudResource(value: string);
    get googleCloudResourceInput(): string | undefined;
}
export declare class IamWorkloadIdentityPoolAttestationRulesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: IamWorkloadIdentityPoolAttestationRules[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): IamWorkloadIdentityPoolAttestationRulesOutputReference;
}
export interface IamWorkloadIdentityPoolInlineCertificateIssuanceConfig {
    /**
    * A required mapping of a cloud region to the CA pool resource located in that region used
    * for certificate issuance, adhering to these constraints:
    *
    * * **Key format:** A supported cloud region name equivalent to the location identifier in
    * the corresponding map entry's value.
    * * **Value format:** A valid CA pool resource path format like:
    * 'projects/{project}/locations/{location}/caPools/{ca_pool}'
    * * **Region Matching:** Workloads are ONLY issued certificates from CA pools within the
    * same region. Also the CA pool region (in value) must match the workload's region (key).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#ca_pools IamWorkloadIdentityPool#ca_pools}
    */
    readonly caPools?: {
        [key: string]: string;
    };
    /**
    * Key algorithm to use when generating the key pair. This key pair will be used to create
    * the certificate. If unspecified, this will default to 'ECDSA_P256'.
    *
    * * 'RSA_2048': Specifies RSA with a 2048-bit modulus.
    * * 'RSA_3072': Specifies RSA with a 3072-bit modulus.
    * * 'RSA_4096': Specifies RSA with a 4096-bit modulus.
    * * 'ECDSA_P256': Specifies ECDSA with curve P256.
    * * 'ECDSA_P384': Specifies ECDSA with curve P384. Possible values: ["RSA_2048", "RSA_3072", "RSA_4096", "ECDSA_P256", "ECDSA_P384"]
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#key_algorithm IamWorkloadIdentityPool#key_algorithm}
    */
    readonly keyAlgorithm?: string;
    /**
    * Lifetime of the workload certificates issued by the CA pool in seconds. Must be between
    * '86400s' (24 hours) to '2592000s' (30 days), ends in the suffix "'s'" (indicating seconds)
    * and is preceded by the number of seconds. If unspecified, this will be defaulted to
    * '86400s' (24 hours).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#lifetime IamWorkloadIdentityPool#lifetime}
    */
    readonly lifetime?: string;
    /**
    * Rotation window percentage indicating when certificate rotation should be initiated based
    * on remaining lifetime. Must be between '50' - '80'. If unspecified, this will be defaulted
    * to '50'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#rotation_window_percentage IamWorkloadIdentityPool#rotation_window_percentage}
    */
    readonly rotationWindowPercentage?: number;
    /**
    * If set to true, the trust domain will utilize the GCP-provisioned default CA. A default
    * CA in the same region as the workload will be selected to issue the certificate. Enabling
    * this will clear any existing 'ca_pools' configuration to provision the certificates.
    *
    * ~> **Note** This field is mutually exclusive with 'ca_pools'. If this flag is enabled,
    * certificates will be automatically provisioned from the default shared CAs. This flag should
    * not be set if you want to use your own CA pools to provision the certificates.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#use_default_shared_ca IamWorkloadIdentityPool#use_default_shared_ca}
    */
    readonly useDefaultSharedCa?: boolean | cdktf.IResolvable;
}
export declare function iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToTerraform(struct?: IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference | IamWorkloadIdentityPoolInlineCertificateIssuanceConfig): any;
export declare function iamWorkloadIdentityPoolInlineCertificateIssuanceConfigToHclTerraform(struct?: IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference | IamWorkloadIdentityPoolInlineCertificateIssuanceConfig): any;
export declare class IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): IamWorkloadIdentityPoolInlineCertificateIssuanceConfig | undefined;
    set internalValue(value: IamWorkloadIdentityPoolInlineCertificateIssuanceConfig | undefined);
    private _caPools?;
    get caPools(): {
        [key: string]: string;
    };
    set caPools(value: {
        [key: string]: string;
    });
    resetCaPools(): void;
    get caPoolsInput(): {
        [key: string]: string;
    } | undefined;
    private _keyAlgorithm?;
    get keyAlgorithm(): string;
    set keyAlgorithm(value: string);
    resetKeyAlgorithm(): void;
    get keyAlgorithmInput(): string | undefined;
    private _lifetime?;
    get lifetime(): string;
    set lifetime(value: string);
    resetLifetime(): void;
    get lifetimeInput(): string | undefined;
    private _rotationWindowPercentage?;
    get rotationWindowPercentage(): number;
    set rotationWindowPercentage(value: number);
    resetRotationWindowPercentage(): void;
    get rotationWindowPercentageInput(): number | undefined;
    private _useDefaultSharedCa?;
    get useDefaultSharedCa(): boolean | cdktf.IResolvable;
    set useDefaultSharedCa(value: boolean | cdktf.IResolvable);
    resetUseDefaultSharedCa(): void;
    get useDefaultSharedCaInput(): boolean | cdktf.IResolvable | undefined;
}
export interface IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors {
    /**
    * PEM certificate of the PKI used for validation. Must only contain one ca
    * certificate(either root or intermediate cert).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#pem_certificate IamWorkloadIdentityPool#pem_certificate}
    */
    readonly pemCertificate: string;
}
export declare function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors | cdktf.IResolvable): any;
export declare function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsToHclTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors | cdktf.IResolvable): any;
export declare class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors | cdktf.IResolvable | undefined;
    set internalValue(value: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors | cdktf.IResolvable | undefined);
    private _pemCertificate?;
    get pemCertificate(): string;
    set pemCertificate(value: string);
    get pemCertificateInput(): string | undefined;
}
export declare class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsOutputReference;
}
export interface IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles {
    /**
    * If set to True, the trust bundle will include the private ca managed identity regional root
    * public certificates.
    *
    * ~> **Note** 'trust_default_shared_ca' is only supported for managed identity trust domain
    * resource.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#trust_default_shared_ca IamWorkloadIdentityPool#trust_default_shared_ca}
    */
    readonly trustDefaultSharedCa?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#trust_domain IamWorkloadIdentityPool#trust_domain}
    */
    readonly trustDomain: string;
    /**
    * trust_anchors block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#trust_anchors IamWorkloadIdentityPool#trust_anchors}
    */
    readonly trustAnchors: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors[] | cdktf.IResolvable;
}
export declare function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles | cdktf.IResolvable): any;
export declare function iamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesToHclTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles | cdktf.IResolvable): any;
export declare class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles | cdktf.IResolvable | undefined;
    set internalValue(value: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles | cdktf.IResolvable | undefined);
    private _trustDefaultSharedCa?;
    get trustDefaultSharedCa(): boolean | cdktf.IResolvable;
    set trustDefaultSharedCa(value: boolean | cdktf.IResolvable);
    resetTrustDefaultSharedCa(): void;
    get trustDefaultSharedCaInput(): boolean | cdktf.IResolvable | undefined;
    private _trustDomain?;
    get trustDomain(): string;
    set trustDomain(value: string);
    get trustDomainInput(): string | undefined;
    private _trustAnchors;
    get trustAnchors(): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchorsList;
    putTrustAnchors(value: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors[] | cdktf.IResolvable): void;
    get trustAnchorsInput(): cdktf.IResolvable | IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesTrustAnchors[] | undefined;
}
export declare class IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesOutputReference;
}
export interface IamWorkloadIdentityPoolInlineTrustConfig {
    /**
    * additional_trust_bundles block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#additional_trust_bundles IamWorkloadIdentityPool#additional_trust_bundles}
    */
    readonly additionalTrustBundles?: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles[] | cdktf.IResolvable;
}
export declare function iamWorkloadIdentityPoolInlineTrustConfigToTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigOutputReference | IamWorkloadIdentityPoolInlineTrustConfig): any;
export declare function iamWorkloadIdentityPoolInlineTrustConfigToHclTerraform(struct?: IamWorkloadIdentityPoolInlineTrustConfigOutputReference | IamWorkloadIdentityPoolInlineTrustConfig): any;
export declare class IamWorkloadIdentityPoolInlineTrustConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): IamWorkloadIdentityPoolInlineTrustConfig | undefined;
    set internalValue(value: IamWorkloadIdentityPoolInlineTrustConfig | undefined);
    private _additionalTrustBundles;
    get additionalTrustBundles(): IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundlesList;
    putAdditionalTrustBundles(value: IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles[] | cdktf.IResolvable): void;
    resetAdditionalTrustBundles(): void;
    get additionalTrustBundlesInput(): cdktf.IResolvable | IamWorkloadIdentityPoolInlineTrustConfigAdditionalTrustBundles[] | undefined;
}
export interface IamWorkloadIdentityPoolTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#create IamWorkloadIdentityPool#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#delete IamWorkloadIdentityPool#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#update IamWorkloadIdentityPool#update}
    */
    readonly update?: string;
}
export declare function iamWorkloadIdentityPoolTimeoutsToTerraform(struct?: IamWorkloadIdentityPoolTimeouts | cdktf.IResolvable): any;
export declare function iamWorkloadIdentityPoolTimeoutsToHclTerraform(struct?: IamWorkloadIdentityPoolTimeouts | cdktf.IResolvable): any;
export declare class IamWorkloadIdentityPoolTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): IamWorkloadIdentityPoolTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: IamWorkloadIdentityPoolTimeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool google_iam_workload_identity_pool}
*/
export declare class IamWorkloadIdentityPool extends cdktf.TerraformResource {
    static readonly tfResourceType = "google_iam_workload_identity_pool";
    /**
    * Generates CDKTF code for importing a IamWorkloadIdentityPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IamWorkloadIdentityPool to import
    * @param importFromId The id of the existing IamWorkloadIdentityPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IamWorkloadIdentityPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/iam_workload_identity_pool google_iam_workload_identity_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IamWorkloadIdentityPoolConfig
    */
    constructor(scope: Construct, id: string, config: IamWorkloadIdentityPoolConfig);
    private _deletionPolicy?;
    get deletionPolicy(): string;
    set deletionPolicy(value: string);
    resetDeletionPolicy(): void;
    get deletionPolicyInput(): string | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _disabled?;
    get disabled(): boolean | cdktf.IResolvable;
    set disabled(value: boolean | cdktf.IResolvable);
    resetDisabled(): void;
    get disabledInput(): boolean | cdktf.IResolvable | undefined;
    private _displayName?;
    get displayName(): string;
    set displayName(value: string);
    resetDisplayName(): void;
    get displayNameInput(): string | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string | undefined;
    get name(): string;
    private _project?;
    get project(): string;
    set project(value: string);
    resetProject(): void;
    get projectInput(): string | undefined;
    get state(): string;
    private _workloadIdentityPoolId?;
    get workloadIdentityPoolId(): string;
    set workloadIdentityPoolId(value: string);
    get workloadIdentityPoolIdInput(): string | undefined;
    private _attestationRules;
    get attestationRules(): IamWorkloadIdentityPoolAttestationRulesList;
    putAttestationRules(value: IamWorkloadIdentityPoolAttestationRules[] | cdktf.IResolvable): void;
    resetAttestationRules(): void;
    get attestationRulesInput(): cdktf.IResolvable | IamWorkloadIdentityPoolAttestationRules[] | undefined;
    private _inlineCertificateIssuanceConfig;
    get inlineCertificateIssuanceConfig(): IamWorkloadIdentityPoolInlineCertificateIssuanceConfigOutputReference;
    putInlineCertificateIssuanceConfig(value: IamWorkloadIdentityPoolInlineCertificateIssuanceConfig): void;
    resetInlineCertificateIssuanceConfig(): void;
    get inlineCertificateIssuanceConfigInput(): IamWorkloadIdentityPoolInlineCertificateIssuanceConfig | undefined;
    private _inlineTrustConfig;
    get inlineTrustConfig(): IamWorkloadIdentityPoolInlineTrustConfigOutputReference;
    putInlineTrustConfig(value: IamWorkloadIdentityPoolInlineTrustConfig): void;
    resetInlineTrustConfig(): void;
    get inlineTrustConfigInput(): IamWorkloadIdentityPoolInlineTrustConfig | undefined;
    private _timeouts;
    get timeouts(): IamWorkloadIdentityPoolTimeoutsOutputReference;
    putTimeouts(value: IamWorkloadIdentityPoolTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | IamWorkloadIdentityPoolTimeouts | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
