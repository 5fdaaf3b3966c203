# Provider lock file for every stack of the kit. CI copies it into each
# cdktf.out/stacks/<stack>/ and runs terraform init with -lockfile=readonly, so a stack can
# only use exactly this provider version, verified against these checksums (docs/ci.md,
# "Supply chain"). google 7.45.0 is the version the kit's bindings are generated for
# (lib/gcp/provider.ts, tag v7.45.0).
#
# Where the checksums come from (README, "Google provider"): no download here, so they are
# copied from two independent public lock files written by `terraform init` for 7.45.0, which
# agree on every zh: line (the release's SHA256SUMS, one per platform archive) and on the h1:
# line (the linux_amd64 package's content):
#   github.com/GoogleCloudPlatform/mqtt-cloud-pubsub-connector terraform-init/.terraform.lock.hcl
#     at 1ea57790fb39bb85d7e524406420e4c326d3cb37 ("bump hashicorp/google in /terraform-init", 2026-08-21)
#   github.com/collinbentley1/platform terraform/modules/bootstrap/.terraform.lock.hcl
#     at 11c2ee37c4c4f59e73194ab16bd96332dde9a6f3
# terraform init verifies the downloaded archive against the zh: lines and the registry's
# signature of SHA256SUMS; a wrong line here fails init, it never admits another package.

provider "registry.terraform.io/hashicorp/google" {
  version     = "7.45.0"
  constraints = "7.45.0"
  hashes = [
    "h1:5bwzwKa/bvJmUkVMkrF18v9AfFeJ/wjR230oY+4LHrc=",
    "zh:0f33485d068e39b1661d4ad789dfac353134b99cb5746e463e7719c053d70c06",
    "zh:162335c448b15125924c3451dc0a411635138c00e36784d9586b9df61bc8a3d7",
    "zh:172c9e4902e9a01b1111bbbb9063a47804ec5f4207b2221df9c398239ff3b350",
    "zh:39acce0806f1aeca106ea529053778681e332f3f895c21c6a6a9fb267bed1058",
    "zh:58dadd7b96b7b706e2995a04f356862be7cfd6b55f6257464c8b10986abf8efa",
    "zh:7230a5e49abed243317b9de0ee7fd365b4a2775b532a5d66006b39c4703978ac",
    "zh:a1b60814ee9a0726c0cd43d36da2cee3db97ec296ee66b111a7e603997de9122",
    "zh:a454c09162ccd342e101704dca4b0eedc2d11939ac48ebd7b7d505a96c1933e6",
    "zh:ad6fdf73e072f510a7d8e2b70f9e1021d08b9076eae146b420f333905708c982",
    "zh:de1de65b909c99430f8bef092718b75dc5c777e98daf474a2215621f35095bb8",
    "zh:f569b65999264a9416862bca5cd2a6177d94ccb0424f3a4ef424428912b9cb3c",
    "zh:fb1b9d1ea7bc79b7409f02aa7c19ba39afa22dbead69e83ae7eb2691ac5c2426",
  ]
}
