# Provider lock file for every stack of the kit. CI copies it into each
# cdktf.out/stacks/<stack>/ and runs terraform init with -lockfile=readonly, so a stack can
# only use exactly this provider version (docs/ci.md, "Supply chain").
# google 8.0.0 is the version the kit's bindings are generated for (lib/gcp/provider.ts).
# Its checksums are not recorded yet: no published SHA256SUMS of 8.0.0 could be read where the
# kit was upgraded. Before the first plan, record them once with network access:
#   npm run synth && cd cdktf.out/stacks/dev && terraform providers lock \
#     -platform=linux_amd64 -platform=darwin_arm64 && cp .terraform.lock.hcl ../../..
# then compare the zh: lines with the release's terraform-provider-google_8.0.0_SHA256SUMS
# (releases.hashicorp.com) and commit. Until then terraform init -lockfile=readonly refuses to
# record them and CI cannot plan (README, "Provider upgrade").

provider "registry.terraform.io/hashicorp/google" {
  version     = "8.0.0"
  constraints = "8.0.0"
  hashes = [
  ]
}
