import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GUARD_CRASHED, answerPending, cachedConfig, judge, serve } from "../changepath/guard-server";
import { KitConfig, loadConfig } from "../lib/config/load";
import { FIXTURE_ROOT } from "./helpers";

// The one plan-guard process of a cdktf-stacks.sh run (the shell side, guard_stack in
// scripts/ci/stack-pool.sh, runs in the end-to-end suite with real terraform).
const plan = (name: string) => path.join(__dirname, "fixtures", "plans", `${name}.json`);
const env = { KIT_ROOT: FIXTURE_ROOT };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "guard-server-"));
  for (const sub of ["req", "res"]) fs.mkdirSync(path.join(dir, sub));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A request as guard_stack writes it: the arguments, each ended by a NUL byte, then the empty marker. */
const request = (stack: string, ...argv: string[]) => {
  fs.writeFileSync(path.join(dir, "req", `${stack}.args`), argv.map((a) => `${a}\0`).join(""));
  fs.writeFileSync(path.join(dir, "req", stack), "");
};
const answer = (stack: string) => ({
  status: Number(fs.readFileSync(path.join(dir, "res", `${stack}.status`), "utf8")),
  out: fs.readFileSync(path.join(dir, "res", `${stack}.out`), "utf8"),
});

describe("guard server", () => {
  it("judges every stack's plan as the guard's command line does, reading the estate's config once", () => {
    let loads = 0;
    const counted = (root: string): KitConfig => (loads++, loadConfig(root));
    request("prd", "--plan", plan("node-pool-replace"), "--stack", "prd");
    request("dev", "--plan", plan("node-pool-replace"), "--stack", "dev");
    expect(answerPending(dir, cachedConfig(counted), env)).toBe(2);
    // prd is production-like in the fixture estate: its node pool replacement needs approval; dev's does not.
    expect(answer("prd")).toEqual({ status: 1, out: expect.stringContaining("BLOCKED prd") });
    expect(answer("dev")).toEqual({ status: 0, out: expect.stringContaining("plan guard: dev") });
    expect(loads).toBe(1);
    expect(fs.readdirSync(path.join(dir, "req"))).toEqual([]);
    // Break case: without the cache every stack reads the estate again (what one process per stack did).
    request("prd", "--plan", plan("node-pool-replace"), "--stack", "prd");
    request("dev", "--plan", plan("node-pool-replace"), "--stack", "dev");
    answerPending(dir, counted, env);
    expect(loads).toBe(3);
  });

  it("reads a request only once its marker says the arguments are written", () => {
    fs.writeFileSync(path.join(dir, "req", "dev.args"), "--plan\0");
    expect(answerPending(dir, loadConfig, env)).toBe(0);
    expect(fs.existsSync(path.join(dir, "res", "dev.status"))).toBe(false);
    // The client finishes writing, then marks it.
    request("dev", "--plan", plan("create-only"), "--stack", "dev");
    expect(answerPending(dir, loadConfig, env)).toBe(1);
    expect(answer("dev").status).toBe(0);
    expect(fs.readdirSync(path.join(dir, "req"))).toEqual([]);
  });

  it("reports bad input as the command line does (2), and a guard that throws as a failed plan, not a verdict", () => {
    expect(judge(["--stack", "dev"], loadConfig, env)).toEqual({ code: 2, out: expect.stringContaining("--plan") });
    const broken = judge(["--plan", plan("node-pool-replace"), "--stack", "dev"], () => {
      throw new Error("config unreadable");
    });
    expect(broken).toEqual({ code: GUARD_CRASHED, out: expect.stringContaining("config unreadable") });
  });

  it("serves requests as they arrive and stops when asked", async () => {
    serve(dir, process.pid);
    expect(fs.existsSync(path.join(dir, "ready"))).toBe(true);
    request("dev", "--plan", plan("create-only"), "--stack", "dev");
    const status = path.join(dir, "res", "dev.status");
    for (let i = 0; i < 100 && !fs.existsSync(status); i++) await new Promise((r) => setTimeout(r, 50));
    expect(answer("dev").status).toBe(0);
    fs.writeFileSync(path.join(dir, "stop"), "");
    await new Promise((r) => setTimeout(r, 400));
    // Stopped: a later request is not answered.
    request("stg", "--plan", plan("create-only"), "--stack", "stg");
    await new Promise((r) => setTimeout(r, 400));
    expect(fs.existsSync(path.join(dir, "res", "stg.status"))).toBe(false);
  });
});
