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

# With several stacks at once the pool fills the cores: each terraform (and provider) process
# then runs its Go code on one thread (GOMAXPROCS=1) instead of every process scheduling
# threads for every core; goroutines waiting on Google's APIs are not limited by it. One at a
# time, Go's defaults stay (its collector then runs on an otherwise idle core).
# pool_go_env <parallelism>; `npm run bench:ci` runs terraform alone with the same setting.
pool_go_env() {
  [ "$1" -eq 1 ] || export GOMAXPROCS="${GOMAXPROCS:-1}"
}

# Per stack, the pool starts only terraform: every helper below is a shell builtin or runs
# once per job (a process start costs ~4 ms of CPU here, and a stack used to start about
# twenty of them, half of its CPU beside terraform's).

# The plan guard of every stack in one Node.js process per run (changepath/guard-server.ts):
# Node's start, the guard's modules and the estate's config once per job instead of once per
# stack. start_guard <stack>... before the pool, guard_stack <stack> <plan-guard arguments>
# in a stack (prints the guard's output, returns its exit status), stop_guard after.
start_guard() {
  local s fifos=()
  guard_dir="$(mktemp -d)"
  mkdir -p "$guard_dir/req" "$guard_dir/res"
  # One FIFO per stack, all made by one mkfifo: the server wakes the stack through it.
  for s in "$@"; do fifos+=("$guard_dir/res/$s.fifo"); done
  mkfifo "${fifos[@]}"
  GUARD_PARENT=$$ node "$kit/dist/scripts/ci/guard-server.js" "$guard_dir" &
  guard_pid=$!
  # Not a job of this shell: run_pool counts and waits for its jobs, the stacks.
  disown "$guard_pid"
}
guard_stack() {
  local stack="$1" fd code
  shift
  exec {fd}<>"$guard_dir/res/$stack.fifo"
  # The arguments, then the empty marker that tells the server they are complete.
  printf '%s\0' "$@" >"$guard_dir/req/$stack.args"
  : >"$guard_dir/req/$stack"
  until [ -f "$guard_dir/res/$stack.status" ]; do
    if ! kill -0 "$guard_pid" 2>/dev/null; then
      echo "::error title=plan guard::the guard process stopped before it judged $stack" >&2
      exec {fd}>&-
      return 70
    fi
    read -r -t 1 -u "$fd" || true
  done
  exec {fd}>&-
  print_file "$guard_dir/res/$stack.out"
  read -r code <"$guard_dir/res/$stack.status"
  return "$code"
}
stop_guard() {
  local i
  : >"$guard_dir/stop"
  for i in $(seq 40); do kill -0 "$guard_pid" 2>/dev/null || break; sleep 0.05; done
  rm -rf "$guard_dir"
}

# What a stack's stamp records: the sha256 of its synthesized JSON and of its lock file, so a
# changed synth never counts as done. Worked out for every stack of the run by one sha256sum
# (stack_digests), after the lock files are in place and before any stack starts.
declare -A stack_digests=()
digest_stacks() {
  local s f hash file files=()
  for s in "$@"; do
    for f in cdk.tf.json .terraform.lock.hcl; do
      [ ! -f "$app/cdktf.out/stacks/$s/$f" ] || files+=("$app/cdktf.out/stacks/$s/$f")
    done
    stack_digests[$s]=""
  done
  [ "${#files[@]}" -gt 0 ] || return 0
  while read -r hash file; do
    s="${file#"$app/cdktf.out/stacks/"}"
    s="${s%%/*}"
    stack_digests[$s]+="${stack_digests[$s]:+ }$hash"
  done < <(sha256sum -- "${files[@]}")
}
# Seconds since an $EPOCHREALTIME reading, to a tenth, into the variable named $2.
elapsed() {
  local d=$((${EPOCHREALTIME/[.,]/} - ${1/[.,]/}))
  printf -v "$2" '%d.%d' $((d / 1000000)) $((d / 100000 % 10))
}
# Prints a file with builtins only.
print_file() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do printf '%s\n' "$line"; done <"$1"
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
  local list=("$@") logs next=0 started=0 running=0 i pid code stop=0 stamped=0 t0=$EPOCHREALTIME stamp
  local -A index_of=()
  local -a began=() status=() seconds=() note=()
  logs="$(mktemp -d)"
  pool_status=()
  [[ "$label" == plan || "$label" == apply ]] && [ "${RESUME:-}" = 1 ] && stamped=1
  # Plans may be cut off by a cancel; applies may not.
  [ "$label" != apply ] || trap 'stop=1; echo "::warning title=apply continues::a cancel or stop was requested: no new apply starts; the running ones finish so no state lock or half-made resource is left behind" >&2' INT TERM
  while [ "$next" -lt "${#list[@]}" ]; do
    if [ "$stop" -eq 0 ] && [ "$started" -lt "${#list[@]}" ] && [ "$running" -lt "$parallelism" ]; then
      i=$started
      started=$((started + 1))
      stamp=""
      [ "$stamped" -eq 0 ] || read -r stamp <"$out/${list[$i]}.$label.done" 2>/dev/null || true
      if [ "$stamped" -eq 1 ] && [ -n "$stamp" ] && [ "$stamp" = "${stack_digests[${list[$i]}]}" ]; then
        status[i]=0 seconds[i]=0.0 note[i]="done in an earlier run of the same synth"
        : >"$logs/$i.log"
        continue
      fi
      began[i]=$EPOCHREALTIME
      "$fn" "${list[$i]}" >"$logs/$i.log" 2>&1 &
      index_of[$!]=$i
      running=$((running + 1))
    elif [ "$running" -gt 0 ]; then
      pid=""
      wait -n -p pid
      code=$?
      # A signal (a cancel) ended the wait, not a stack: go round and wait again.
      [ -n "$pid" ] && [ -n "${index_of[$pid]:-}" ] || continue
      i=${index_of[$pid]}
      unset "index_of[$pid]"
      running=$((running - 1))
      status[i]=$code
      elapsed "${began[i]}" "seconds[i]"
      [ "$code" -ne 0 ] || echo "${stack_digests[${list[$i]}]}" >"$out/${list[$i]}.$label.done"
    elif [ "$started" -ge "${#list[@]}" ] || [ "$stop" -ne 0 ]; then
      # Nothing runs and nothing more starts: the rest are reported as not run.
      [ -n "${status[next]:-}" ] || { status[next]=skipped seconds[next]=0 note[next]="not started: an earlier $label failed or a cancel was asked for"; }
    fi
    # Print every finished stack whose predecessors are printed, in order.
    while [ "$next" -lt "${#list[@]}" ] && [ -n "${status[next]:-}" ]; do
      code="${status[next]}"
      echo "::group::$label ${list[$next]} (${seconds[next]} s${note[next]:+, ${note[next]}})"
      [ ! -f "$logs/$next.log" ] || print_file "$logs/$next.log"
      echo "::endgroup::"
      [ "$code" = 0 ] || [ "$code" = 3 ] || echo "::error title=$label failed::${list[$next]} (exit $code)"
      pool_status+=("$code")
      if [ "$code" != 0 ] && [ "$code" != 3 ] && [ "$policy" = stop ]; then stop=1; fi
      next=$((next + 1))
    done
  done
  trap - INT TERM
  rm -rf "$logs"
  local total
  elapsed "$t0" total
  echo "$label: ${#list[@]} stacks, $parallelism at a time, $total s"
  for i in "${pool_status[@]}"; do [ "$i" = 0 ] || [ "$i" = 3 ] || return 1; done
}
