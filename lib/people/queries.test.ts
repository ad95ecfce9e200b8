import { like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { loadGridState } from "@/lib/data-table/search-params";
import { usersGrid } from "./grid";
import { listUsers } from "./queries";

// Every test searches for "gridtest", so rows other test files leave in the shared database do not count.
const domain = "@grid-test.example";
const named = [
  { id: "gt-alice", name: "Gridtest Alice", role: "admin", banned: false, createdAt: "2025-01-01T10:00:00Z" },
  { id: "gt-bob", name: "Gridtest Bob", role: "support", banned: true, createdAt: "2025-01-02T10:00:00Z" },
  { id: "gt-carol", name: "Gridtest Carol", role: "finance", banned: false, createdAt: "2025-01-03T10:00:00Z" },
  { id: "gt-dave", name: "Gridtest Dave", role: null, banned: null, createdAt: "2025-01-04T10:00:00Z" },
  { id: "gt-eve", name: "Gridtest Eve", role: "user", banned: true, createdAt: "2025-01-05T10:00:00Z" },
  { id: "gt-pct", name: "Gridtest 100% Off", role: "user", banned: false, createdAt: "2025-01-06T10:00:00Z" },
];
const fillers = Array.from({ length: 8 }, (_, i) => ({
  id: `gt-filler-${i}`,
  name: `Gridtest Filler ${i}`,
  role: "user",
  banned: false,
  createdAt: `2025-02-0${i + 1}T10:00:00Z`,
}));

beforeAll(async () => {
  await db.insert(user).values(
    [...named, ...fillers].map((u) => ({
      ...u,
      email: `${u.id.slice(3)}${domain}`,
      createdAt: new Date(u.createdAt),
      updatedAt: new Date(u.createdAt),
    })),
  );
});

afterAll(async () => {
  await db.delete(user).where(like(user.email, `%${domain}`));
});

function list(params: Record<string, string>) {
  return listUsers(loadGridState(usersGrid, { q: "gridtest", size: "10", ...params }));
}
const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe("listUsers", () => {
  it("lists newest first by default, with an exact count and role/banned facets", async () => {
    const page = await list({});
    expect(page.total).toEqual({ count: 14, exact: true });
    expect(page.paging).toEqual({ mode: "offset", page: 1, pageCount: 2 });
    expect(page.rows).toHaveLength(10);
    expect(page.rows[0]).toEqual({
      id: "gt-filler-7",
      name: "Gridtest Filler 7",
      email: `filler-7${domain}`,
      role: "user",
      banned: false,
      createdAt: new Date("2025-02-08T10:00:00Z"),
    });
    expect(page.facets).toEqual({ role: { admin: 1, support: 1, finance: 1, user: 11 }, banned: { yes: 2, no: 12 } });
  });

  it("pages through every user once", async () => {
    const second = await list({ page: "2" });
    expect(ids(second)).toEqual(["gt-dave", "gt-carol", "gt-bob", "gt-alice"]);
  });

  it("searches name and email, case-insensitively and literally", async () => {
    expect(ids(await listUsers(loadGridState(usersGrid, { q: "BOB@GRID-TEST" })))).toEqual(["gt-bob"]);
    expect(ids(await list({ q: "100%" }))).toEqual(["gt-pct"]);
    expect(ids(await list({ q: "gridtest_" }))).toEqual([]);
  });

  it("filters by role, treating a missing role as user, with facets under the other filters", async () => {
    const page = await list({ role: "admin,user", banned: "no" });
    expect(page.total.count).toBe(11);
    expect(page.rows.some((r) => r.id === "gt-dave" && r.role === "user")).toBe(true);
    expect(page.facets.role).toEqual({ admin: 1, finance: 1, user: 10 });
    expect(page.facets.banned).toEqual({ yes: 1, no: 11 });
  });

  it("filters banned users", async () => {
    expect(ids(await list({ banned: "yes" }))).toEqual(["gt-eve", "gt-bob"]);
  });

  it("filters by creation day, inclusive", async () => {
    expect(ids(await list({ created: "2025-01-02..2025-01-03" }))).toEqual(["gt-carol", "gt-bob"]);
  });

  it("sorts by name and by email", async () => {
    const byName = await list({ sort: "name.asc", size: "25" });
    expect(ids(byName).slice(0, 3)).toEqual(["gt-pct", "gt-alice", "gt-bob"]);
    const byEmail = await list({ sort: "email.desc", size: "25" });
    expect(ids(byEmail)[0]).toBe("gt-pct");
  });

  it("resets garbage URL state to the defaults instead of failing", async () => {
    const garbage = {
      page: "-3",
      size: "5000",
      sort: "password.asc",
      role: "superuser",
      banned: "maybe",
      created: "2025-13-99..",
      cols: "secret",
      cursor: "%%%",
    };
    const defaults = await listUsers(loadGridState(usersGrid, { q: "gridtest" }));
    expect(await listUsers(loadGridState(usersGrid, { q: "gridtest", ...garbage }))).toEqual(defaults);
    expect(defaults.rows).toHaveLength(14);
    const pastTheEnd = await list({ page: "9999" });
    expect(pastTheEnd.paging).toEqual({ mode: "offset", page: 2, pageCount: 2 });
  });
});
