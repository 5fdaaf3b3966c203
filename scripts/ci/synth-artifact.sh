#!/usr/bin/env bash
# Hands the synthesized output from the unprivileged synth job to the jobs that hold a
# cloud identity, which never run the change's code themselves.
#   pack <file.tgz>             each stack's cdktf.out/stacks/<stack>/cdk.tf.json and
#                               cdktf.out/manifest.json into <file.tgz>; prints sha256=<hex>
#   unpack <file.tgz> <sha256>  verifies the digest the synth job reported, refuses anything
#                               but regular files and folders under those paths, then puts
#                               them in place in the current directory
# Nothing else travels: the lock file, the approvals and every script come from main's
# checkout in the privileged job, never from the change (docs/ci.md, Threat model).
set -euo pipefail
mode="${1:-}"
file="${2:-}"
[ -n "$file" ] || { echo "usage: $0 pack <file.tgz> | unpack <file.tgz> <sha256>" >&2; exit 2; }
allowed='^(cdktf\.out/|cdktf\.out/stacks(/[a-z0-9-]+(/cdk\.tf\.json)?)?/?|cdktf\.out/manifest\.json)$'

case "$mode" in
  pack)
    paths=(cdktf.out/manifest.json cdktf.out/stacks/*/cdk.tf.json)
    tar --create --gzip --file "$file" --owner=0 --group=0 --numeric-owner "${paths[@]}"
    echo "sha256=$(sha256sum "$file" | cut -d' ' -f1)"
    ;;
  unpack)
    expected="${3:-}"
    [[ "$expected" =~ ^[0-9a-f]{64}$ ]] || { echo "unpack: expected a sha256 digest (64 hex), got '$expected'" >&2; exit 2; }
    actual="$(sha256sum "$file" | cut -d' ' -f1)"
    if [ "$actual" != "$expected" ]; then
      echo "::error title=synth artifact::$file has sha256 $actual, the synth job reported $expected: refusing it" >&2
      exit 1
    fi
    # Names and types first: no links, devices or paths outside the expected ones.
    bad="$(tar --list --verbose --gzip --file "$file" | awk '$1 !~ /^[-d]/ {print}')"
    [ -z "$bad" ] || { echo "::error title=synth artifact::only files and folders are accepted: $bad" >&2; exit 1; }
    while IFS= read -r name; do
      [[ "$name" =~ $allowed ]] || { echo "::error title=synth artifact::unexpected path in the artifact: $name" >&2; exit 1; }
    done < <(tar --list --gzip --file "$file")
    rm -rf cdktf.out
    tar --extract --gzip --file "$file" --no-same-owner --no-same-permissions
    ;;
  *) echo "usage: $0 pack <file.tgz> | unpack <file.tgz> <sha256>" >&2; exit 2 ;;
esac
