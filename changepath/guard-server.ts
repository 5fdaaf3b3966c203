import * as fs from "fs";
import * as path from "path";
import { format } from "util";
import { KitConfig, loadConfig } from "../lib/config/load";
import { main as planGuard } from "./plan-guard";

/**
 * One plan-guard process for every stack of a cdktf-stacks.sh run, instead of one per stack:
 * Node's start, the guard's modules and the estate's config (which grows with the services:
 * about 0.4 s of CPU at 200 services) are paid once per job, not once per stack.
 *
 * Protocol, in folder <dir> (scripts/ci/stack-pool.sh, guard_stack, is the client):
 *   <dir>/req/<stack>.args    the guard's arguments, each ended by a NUL byte
 *   <dir>/req/<stack>         empty, made once the arguments are written: the request is
 *                             read only then, never half-written (the client, a shell, makes
 *                             it with a redirection instead of starting `mv` per stack)
 *   <dir>/res/<stack>.out     what the guard printed (stdout and stderr, in order)
 *   <dir>/res/<stack>.status  its exit status, renamed into place after .out
 *   <dir>/res/<stack>.fifo    if the client made it: a line written to it wakes the client
 * The server answers requests one at a time as they arrive and stops when <dir>/stop
 * appears or the process `parent` (the script's shell) is gone.
 */

/** Exit status for a guard that threw (not a verdict): the stack's plan counts as failed. */
export const GUARD_CRASHED = 70;

/** Runs the guard on one request's arguments, its console output captured. */
export function judge(
  argv: readonly string[],
  loadKitConfig: (root: string) => KitConfig,
  env: NodeJS.ProcessEnv = process.env,
): { code: number; out: string } {
  const lines: string[] = [];
  const { log, error } = console;
  console.log = console.error = (...a: unknown[]) => void lines.push(format(...a));
  let code: number;
  try {
    code = planGuard(argv, env, loadKitConfig);
  } catch (e) {
    lines.push(`::error title=plan guard::${(e as Error).stack ?? String(e)}`);
    code = GUARD_CRASHED;
  } finally {
    console.log = log;
    console.error = error;
  }
  return { code, out: lines.map((l) => `${l}\n`).join("") };
}

/** The estate's config, loaded once per root for every stack the server judges. */
export function cachedConfig(load: (root: string) => KitConfig = loadConfig): (root: string) => KitConfig {
  const cache = new Map<string, KitConfig>();
  return (root) => {
    if (!cache.has(root)) cache.set(root, load(root));
    return cache.get(root)!;
  };
}

const ARGS = ".args";

/** Answers every request waiting in <dir>/req; returns how many. */
export function answerPending(
  dir: string,
  loadKitConfig: (root: string) => KitConfig,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const [req, res] = [path.join(dir, "req"), path.join(dir, "res")];
  let answered = 0;
  for (const stack of fs.readdirSync(req).sort()) {
    if (stack.endsWith(ARGS)) continue;
    const file = path.join(req, stack + ARGS);
    const argv = fs.readFileSync(file, "utf8").split("\0").slice(0, -1);
    fs.rmSync(file);
    fs.rmSync(path.join(req, stack));
    const { code, out } = judge(argv, loadKitConfig, env);
    fs.writeFileSync(path.join(res, `${stack}.out`), out);
    fs.writeFileSync(path.join(res, `${stack}.status.tmp`), `${code}\n`);
    fs.renameSync(path.join(res, `${stack}.status.tmp`), path.join(res, `${stack}.status`));
    wake(path.join(res, `${stack}.fifo`));
    answered++;
  }
  return answered;
}

/** Serves <dir> until <dir>/stop appears or process `parent` is gone. */
export function serve(dir: string, parent: number = process.ppid): void {
  for (const sub of ["req", "res"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const loadKitConfig = cachedConfig();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    try {
      answerPending(dir, loadKitConfig);
    } finally {
      busy = false;
    }
    if (fs.existsSync(path.join(dir, "stop")) || !alive(parent)) {
      watcher.close();
      clearInterval(timer);
    }
  };
  // inotify answers a request at once; the interval covers a missed event and checks the parent.
  const watcher = fs.watch(path.join(dir, "req"), tick);
  const timer = setInterval(tick, 250);
  fs.writeFileSync(path.join(dir, "ready"), `${process.pid}\n`);
  tick();
}

/** Wakes the client waiting on `fifo`; never blocks (a client that is gone has no reader open). */
function wake(fifo: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
    fs.writeSync(fd, "\n");
  } catch {
    // No FIFO or no reader: the client polls the status file once a second.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
