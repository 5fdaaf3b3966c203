# Provider lock file for every stack of the kit. CI copies it into each
# cdktf.out/stacks/<stack>/ and runs terraform init with -lockfile=readonly, so a stack can
# only use exactly this provider build (docs/ci.md, "Supply chain").
# The zh: entries are the SHA-256 sums of the google 6.50.0 release archives, one per
# platform (the release's SHA256SUMS file, as terraform records them). To add the h1:
# hashes that let Terraform reuse its plugin cache, run once with network access:
#   npm run synth && cd cdktf.out/stacks/dev && terraform providers lock \
#     -platform=linux_amd64 -platform=darwin_arm64 && cp .terraform.lock.hcl ../../..
# and review the diff: only h1: lines may be added.

provider "registry.terraform.io/hashicorp/google" {
  version     = "6.50.0"
  constraints = "6.50.0"
  hashes = [
    "zh:1f3513fcfcbf7ca53d667a168c5067a4dd91a4d4cccd19743e248ff31065503c",
    "zh:3da7db8fc2c51a77dd958ea8baaa05c29cd7f829bd8941c26e2ea9cb3aadc1e5",
    "zh:3e09ac3f6ca8111cbb659d38c251771829f4347ab159a12db195e211c76068bb",
    "zh:7bb9e41c568df15ccf1a8946037355eefb4dfb4e35e3b190808bb7c4abae547d",
    "zh:81e5d78bdec7778e6d67b5c3544777505db40a826b6eb5abe9b86d4ba396866b",
    "zh:8d309d020fb321525883f5c4ea864df3d5942b6087f6656d6d8b3a1377f340fc",
    "zh:93e112559655ab95a523193158f4a4ac0f2bfed7eeaa712010b85ebb551d5071",
    "zh:d3efe589ffd625b300cef5917c4629513f77e3a7b111c9df65075f76a46a63c7",
    "zh:d4a4d672bbef756a870d8f32b35925f8ce2ef4f6bbd5b71a3cb764f1b6c85421",
    "zh:e13a86bca299ba8a118e80d5f84fbdd708fe600ecdceea1a13d4919c068379fe",
    "zh:f569b65999264a9416862bca5cd2a6177d94ccb0424f3a4ef424428912b9cb3c",
    "zh:fec30c095647b583a246c39d557704947195a1b7d41f81e369ba377d997faef6",
  ]
}
