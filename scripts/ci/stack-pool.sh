# Sourced by cdktf-stacks.sh: the bounded pool of stack runs within one runner, and the
# one provider installation every stack of the job shares. Uses $kit, $app, $out, $lock,
# $parallelism and $mode from the caller.

# Installs the providers main's lock file pins, once, into a plugin folder of this job
# (never a restored cache), before any stack starts: Terraform's plugin cache is not safe
# for concurrent installs, but concurrent inits only link what is already in it. The
# install checks each package against the lock file's checksums (zh:, the release archives)
# and records the h1: checksum of what it unpacked beside them: stack_lock, the copy every
# stack gets, lets their read-only inits take the provider from the folder
# (Terraform uses a cached provider only when the lock file holds its h1: checksum).
install_providers() {
  if [ -z "${TF_PLUGIN_CACHE_DIR:-}" ]; then
    TF_PLUGIN_CACHE_DIR="$(mktemp -d "${RUNNER_TEMP:-/tmp}/kit-plugins.XXXXXX")"
  fi
  export TF_PLUGIN_CACHE_DIR
  mkdir -p "$TF_PLUGIN_CACHE_DIR"
  stack_lock=none
  [ "$lock" != none ] || return 0
  local dir providers status
  dir="$(mktemp -d)"
  # provider "<source>" { version = "<v>" ... } -> required_providers of a config of its own.
  providers="$(awk -F'"' '/^provider "/ { source = $2 } /^  version *=/ && source { printf "%s%s=%s", sep, source, $2; sep = " "; source = "" }' "$lock")"
  node -e '
    const required = {};
    for (const pair of process.argv[1].split(" ").filter(Boolean)) {
      const [source, version] = pair.split("=");
      required[source.split("/").pop()] = { source, version };
    }
    process.stdout.write(JSON.stringify({ terraform: { required_providers: required } }));
  ' "$providers" >"$dir/main.tf.json" || return 1
  cp "$lock" "$dir/.terraform.lock.hcl"
  echo "::group::install providers ($providers) into $TF_PLUGIN_CACHE_DIR"
  # Not read-only here: this init may add the h1: line, after the zh: check passed.
  TF_CLI_ARGS_init="" terraform -chdir="$dir" init -backend=false -input=false -no-color
  status=$?
  echo "::endgroup::"
  if [ "$status" -ne 0 ]; then
    echo "::error title=providers::installing the providers of $lock failed (exit $status)" >&2
  else
    stack_lock="$(mktemp)"
    cp "$dir/.terraform.lock.hcl" "$stack_lock"
  fi
  rm -rf "$dir"
  return "$status"
}

# The plan guard of every stack in one Node.js process per run (changepath/guard-server.ts):
# Node's start, the guard's modules and the estate's config once per job instead of once per
# stack. start_guard before the pool, guard_stack <stack> <plan-guard arguments> in a stack
# (prints the guard's output, returns its exit status), stop_guard after.
start_guard() {
  guard_dir="$(mktemp -d)"
  mkdir -p "$guard_dir/req" "$guard_dir/res"
  GUARD_PARENT=$$ node "$kit/dist/scripts/ci/guard-server.js" "$guard_dir" &
  guard_pid=$!
  # Not a job of this shell: run_pool counts and waits for its jobs, the stacks.
  disown "$guard_pid"
}
guard_stack() {
  local stack="$1" req fd
  shift
  # The server wakes this stack through a FIFO of its own as soon as the answer is written.
  mkfifo "$guard_dir/res/$stack.fifo"
  exec {fd}<>"$guard_dir/res/$stack.fifo"
  req="$(mktemp "$guard_dir/.req.XXXXXX")"
  printf '%s\0' "$@" >"$req"
  mv "$req" "$guard_dir/req/$stack"
  until [ -f "$guard_dir/res/$stack.status" ]; do
    if ! kill -0 "$guard_pid" 2>/dev/null; then
      echo "::error title=plan guard::the guard process stopped before it judged $stack" >&2
      exec {fd}>&-
      return 70
    fi
    read -r -t 1 -u "$fd" || true
  done
  exec {fd}>&-
  cat "$guard_dir/res/$stack.out"
  return "$(cat "$guard_dir/res/$stack.status")"
}
stop_guard() {
  local i
  : >"$guard_dir/stop"
  for i in $(seq 40); do kill -0 "$guard_pid" 2>/dev/null || break; sleep 0.05; done
  rm -rf "$guard_dir"
}

# What a stack's stamp records: its synthesized JSON and lock file, so a changed synth
# never counts as done.
stack_digest() { cat "$app/cdktf.out/stacks/$1/cdk.tf.json" "$app/cdktf.out/stacks/$1/.terraform.lock.hcl" 2>/dev/null | sha256sum | cut -d' ' -f1; }
stamp_file() { echo "$out/$1.$2.done"; }
# Seconds since an $EPOCHREALTIME reading, to a tenth.
elapsed() {
  local d=$((${EPOCHREALTIME/[.,]/} - ${1/[.,]/}))
  printf '%d.%d' $((d / 1000000)) $((d / 100000 % 10))
}

# run_pool <label> <function> continue|stop <stack>...
# Runs <function> <stack> for every stack, $parallelism at a time, each with its output in a
# file of its own, printed in the given order as soon as it and the stacks before it ended.
# On a failure "stop" starts no further stack (applies); "continue" runs them all (plans).
# A cancel (INT/TERM) starts nothing new and waits for the running ones. Sets pool_status
# (exit status per stack, "skipped" when not started) and returns 1 if any failed.
run_pool() {
  local label="$1" fn="$2" policy="$3"
  shift 3
  local list=("$@") logs next=0 started=0 i stop=0 stamped=0 t0=$EPOCHREALTIME
  logs="$(mktemp -d)"
  pool_status=()
  [[ "$label" == plan || "$label" == apply ]] && [ "${RESUME:-}" = 1 ] && stamped=1
  # Plans may be cut off by a cancel; applies may not.
  [ "$label" != apply ] || trap 'stop=1; echo "::warning title=apply continues::a cancel or stop was requested: no new apply starts; the running ones finish so no state lock or half-made resource is left behind" >&2' INT TERM
  while [ "$next" -lt "${#list[@]}" ]; do
    if [ "$stop" -eq 0 ] && [ "$started" -lt "${#list[@]}" ] && [ "$(jobs -rp | wc -l)" -lt "$parallelism" ]; then
      i=$started
      started=$((started + 1))
      if [ "$stamped" -eq 1 ] && [ "$(cat "$(stamp_file "${list[$i]}" "$label")" 2>/dev/null)" = "$(stack_digest "${list[$i]}")" ]; then
        echo "0 0.0 done in an earlier run of the same synth" >"$logs/$i.status"
        : >"$logs/$i.log"
        continue
      fi
      (
        s=$EPOCHREALTIME
        "$fn" "${list[$i]}" >"$logs/$i.log" 2>&1
        status=$?
        [ "$status" -ne 0 ] || stack_digest "${list[$i]}" >"$(stamp_file "${list[$i]}" "$label")"
        # Renamed into place: the loop below reads a status file as soon as it exists, and a
        # file still being written would read as an empty status (a failed stack).
        echo "$status $(elapsed "$s")" >"$logs/$i.status.tmp"
        mv "$logs/$i.status.tmp" "$logs/$i.status"
      ) &
    elif [ "$(jobs -rp | wc -l)" -gt 0 ]; then
      wait -n
    elif [ "$started" -ge "${#list[@]}" ] || [ "$stop" -ne 0 ]; then
      # Nothing runs and nothing more starts: the rest are reported as not run.
      [ -f "$logs/$next.status" ] || echo "skipped 0 not started: an earlier $label failed or a cancel was asked for" >"$logs/$next.status"
    fi
    # Print every finished stack whose predecessors are printed, in order.
    while [ "$next" -lt "${#list[@]}" ] && [ -f "$logs/$next.status" ]; do
      local status seconds note
      read -r status seconds note <"$logs/$next.status"
      echo "::group::$label ${list[$next]} (${seconds} s${note:+, $note})"
      cat "$logs/$next.log" 2>/dev/null
      echo "::endgroup::"
      [ "$status" = 0 ] || [ "$status" = 3 ] || echo "::error title=$label failed::${list[$next]} (exit $status)"
      pool_status+=("$status")
      if [ "$status" != 0 ] && [ "$status" != 3 ] && [ "$policy" = stop ]; then stop=1; fi
      next=$((next + 1))
    done
  done
  trap - INT TERM
  rm -rf "$logs"
  echo "$label: ${#list[@]} stacks, $parallelism at a time, $(elapsed "$t0") s"
  for i in "${pool_status[@]}"; do [ "$i" = 0 ] || [ "$i" = 3 ] || return 1; done
}
