import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { countChanges, main, PLAN_COMMENT_MARKER, renderPlanSummary, StackPlan } from "../changepath/plan-summary";
import { guardPlan, planDigest } from "../changepath/plan-guard";
import { readPlanFile } from "../changepath/plan-json";

const fixture = (name: string) => path.join(__dirname, "fixtures", "plans", `${name}.json`);
function stackPlan(stack: string, name: string, productionLike: boolean, environmentApproval = false): StackPlan {
  const changes = readPlanFile(fixture(name));
  const approval = environmentApproval ? { environmentApproval: { planDigest: planDigest(stack, changes) } } : {};
  return { stack, changes, guard: guardPlan(changes, { stack, productionLike, ...approval }) };
}

describe("plan summary", () => {
  const plans = [
    stackPlan("prd", "mixed", true, true),
    stackPlan("svc-payments-prd", "replace-redis", true),
    stackPlan("svc-orders-dev", "create-only", false),
    stackPlan("stg", "no-op", true),
  ];
  const md = renderPlanSummary(plans, {
    removed: ["svc-legacy-dev"],
    runUrl: "https://github.com/acme/kit/actions/runs/1",
  });

  it("starts with the hidden marker the workflow finds its comment by", () => {
    expect(md.split("\n")[0]).toBe(PLAN_COMMENT_MARKER);
    expect(PLAN_COMMENT_MARKER).toBe("<!-- gke-kit-plan -->");
  });

  it("counts a replacement once, as replace", () => {
    expect(countChanges(readPlanFile(fixture("mixed")))).toEqual({ add: 1, change: 1, destroy: 2, replace: 1 });
  });

  it("has one table row per stack with add / change / destroy / replace, losses highlighted", () => {
    expect(md).toContain("| Stack | Add | Change | Destroy | Replace | Guard |");
    expect(md).toContain("| `prd` | 1 | 1 | ⚠️ **2** | ⚠️ **1** | ⚠️ **approved** (3) |");
    expect(md).toContain("| `svc-payments-prd` | 0 | 0 | 0 | ⚠️ **2** | ⛔ **blocked** (1) |");
    expect(md).toContain("| `svc-orders-dev` | 4 | 0 | 0 | 0 | ✅ |");
    expect(md).toContain("| `stg` | 0 | 0 | 0 | 0 | ✅ |");
    expect(md).toContain("4 stacks: 5 to add, 1 to change, **2 to destroy**, **3 to replace**.");
  });

  it("lists destroys and replaces in the open, marking the protected ones", () => {
    expect(md).toContain(
      "- ⚠️ **replace** `google_redis_instance.redis_instance_0F6C1B2A` _(replace because cannot update)_ ⛔ **protected**",
    );
    expect(md).toContain("- ⚠️ **destroy** `google_compute_address.nat_egress-ip-1_9B96F0AD` ⚠️ **approved**");
    expect(md).toContain(
      "- ⚠️ **approved** `google_service_account.legacy_sa_11223344` (forget): removes the identity",
    );
    expect(md).toContain("- ⚠️ **destroy** `google_project_iam_member.node-sa_monitoringviewer_CCEDF834`\n");
  });

  it("collapses the full list, grouped by action, in <details>", () => {
    const prd = md.slice(md.indexOf("### `prd`"), md.indexOf("### `svc-payments-prd`"));
    expect(prd).toMatch(/<details><summary>All 6 changes: 1 replace, 2 destroy, 1 create, 1 update in place, 1 forget/);
    expect(prd).toMatch(/\*\*Create\*\* \(1\)\n\n- `google_compute_address.nat_egress-ip-3_C08095CA`/);
    expect(prd).toMatch(/\*\*Update in place\*\* \(1\)\n\n- `google_compute_router_nat.nat_A7314987`/);
    expect(prd).toContain("</details>");
    expect(md).not.toContain("### `stg`");
  });

  it("states the guard results: blocked stacks, and approved ones", () => {
    expect(md).toContain("⛔ **The plan guard blocked 1 stack** (`svc-payments-prd`)");
    expect(md).toContain("**Approved: merging WILL destroy, replace or weaken protected resources** in `prd`");
    expect(md).not.toContain("label");
  });

  it("says that removed stacks keep their resources, and links the run", () => {
    expect(md).toContain("`svc-legacy-dev` is no longer synthesized. Merging does **not** destroy its resources");
    expect(md).toContain("(https://github.com/acme/kit/actions/runs/1)");
  });

  it("reports stacks whose plan is missing", () => {
    const text = renderPlanSummary([{ stack: "svc-payments-dev" }]);
    expect(text).toContain("| `svc-payments-dev` | – | – | – | – | ❌ no plan |");
    expect(text).toContain("❌ No plan for `svc-payments-dev`");
  });

  it("says so when nothing is affected", () => {
    expect(renderPlanSummary([])).toContain("No stack is affected by this change: nothing to plan.");
  });

  it("stays under GitHub's comment limit by dropping the full lists first", () => {
    const short = renderPlanSummary(plans, { maxLength: 2500 });
    expect(short.length).toBeLessThanOrEqual(2500);
    expect(short).not.toContain("<details>");
    expect(short).toContain("⛔ **protected**");
    expect(short).toContain("did not fit in a comment");
    expect(renderPlanSummary(plans, { maxLength: 600 }).length).toBeLessThanOrEqual(600);
  });
});

describe("plan-summary CLI", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-summary-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads <stack>.plan.json and <stack>.guard.json from --dir, in the expected order, to a file", () => {
    const guarded = stackPlan("svc-payments-prd", "replace-redis", true);
    fs.copyFileSync(fixture("replace-redis"), path.join(dir, "svc-payments-prd.plan.json"));
    fs.writeFileSync(path.join(dir, "svc-payments-prd.guard.json"), JSON.stringify(guarded.guard));
    fs.copyFileSync(fixture("create-only"), path.join(dir, "svc-orders-dev.plan.json"));
    const out = path.join(dir, "comment.md");
    const code = main([
      "--dir",
      dir,
      "--expected",
      '["dev","svc-orders-dev","svc-payments-prd"]',
      "--removed",
      "[]",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    const md = fs.readFileSync(out, "utf8");
    const rows = md.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows.map((r) => r.split("`")[1])).toEqual(["dev", "svc-orders-dev", "svc-payments-prd"]);
    expect(rows[0]).toContain("❌ no plan");
    expect(rows[1]).toMatch(/\| – \|$/);
    expect(rows[2]).toContain("⛔ **blocked**");
  });

  it("exits 2 naming the flag when a list is not JSON", () => {
    const err = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(main(["--expected", "dev,stg"])).toBe(2);
    expect(err.mock.calls[0][0]).toContain("--expected: expected a JSON array of strings");
    err.mockRestore();
  });
});
