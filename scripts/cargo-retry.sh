# Sourced by scripts/test.sh and scripts/build.sh. `cargo_retry ARGS…` runs cargo, and once more
# when cargo failed to learn about the target from rustc because rustc read another process's
# output as its program ("unknown start of token" on `error[E0554]: …` text; seen on fresh clones
# on this kind of machine, a few minutes into the build). Cargo caches that failed probe in
# target/.rustc_info.json, so the cache is dropped before the second try. Any other failure is
# reported as it is.
cargo_retry() {
  local err rc
  err=$(mktemp)
  cargo "$@" </dev/null 2> >(tee "$err" >&2) && { rm -f "$err"; return 0; }
  rc=$?
  wait
  if grep -q 'to learn about target-specific information' "$err"; then
    rm -f "$err"
    printf '[cargo_retry] rustc target probe failed (see above); dropping its cache and retrying\n' >&2
    find target -maxdepth 3 -name .rustc_info.json -delete 2>/dev/null || true
    cargo "$@" </dev/null
    return
  fi
  rm -f "$err"
  return "$rc"
}
