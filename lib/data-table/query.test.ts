// Integration: grid state → SQL → real PostgreSQL, on a throwaway table of the test's own.
import { asc, desc, sql } from "drizzle-orm";
import { bigserial, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { encodeCursor, type Cursor } from "./cursor";
import { estimateRows } from "./estimate";
import { totalWithFacets } from "./facets";
import { keysetPage, type KeysetRowQuery } from "./keyset";
import { offsetPage, type OffsetRowQuery } from "./offset";
import type { KeysetPaging } from "./result";
import { loadGridState } from "./search-params";
import { defineGrid, recentWindowNote } from "./spec";
import { bindGrid, gridWhere, selectFromGrid } from "./sql";

const items = pgTable(
  "grid_test_items",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    amount: integer("amount").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("grid_test_items_time").on(t.createdAt, t.id)],
);

// A to-one relation only some items have (ids divisible by 4), for the join kinds.
const owners = pgTable("grid_test_owners", { itemId: bigserial("item_id", { mode: "number" }).primaryKey(), owner: text("owner").notNull() });

const statuses = ["open", "won", "lost"];
const columns = [
  { id: "name", header: "Name", sortable: true, filter: { kind: "text" } },
  { id: "status", header: "Status", filter: { kind: "enum", options: statuses.map((s) => ({ value: s, label: s })) } },
  { id: "amount", header: "Amount", sortable: true, filter: { kind: "number" } },
  { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
] as const;
const binding = { from: items, rowId: items.id, search: [items.name], columns: { name: items.name, status: items.status, amount: items.amount, created: items.createdAt } };

const offsetGrid = bindGrid(defineGrid({ columns, defaultSort: { id: "created", desc: true }, paging: { mode: "offset" } }), binding);
const keysetGrid = bindGrid(
  defineGrid({ columns, defaultSort: { id: "created", desc: true }, paging: { mode: "keyset", timeColumn: "created" } }),
  binding,
);

const specialNames: Record<number, string> = { 3: "100% cotton", 4: "a_b", 5: "back\\slash", 6: "1000 cotton", 7: "axb" };

beforeAll(async () => {
  await db.execute(sql`drop table if exists grid_test_items`);
  await db.execute(sql`create table grid_test_items (
    id bigserial primary key, name text not null, status text not null, amount integer not null, created_at timestamptz not null)`);
  await db.execute(sql`create index grid_test_items_time on grid_test_items (created_at, id)`);
  // 40 rows over four days: rows 3k and 3k+1 share a timestamp (ties broken by id); row 3k+2 is 1 µs later.
  const rows = Array.from({ length: 40 }, (_, i) => ({
    name: specialNames[i] ?? `Item ${i}`,
    status: statuses[i % 3],
    amount: i * 10,
    offset: `${Math.floor(i / 3) * 6} hours ${i % 3 === 2 ? 1 : 0} microseconds`,
  }));
  for (const row of rows) {
    await db.execute(sql`insert into grid_test_items (name, status, amount, created_at)
      values (${row.name}, ${row.status}, ${row.amount}, '2025-01-01 00:00:00+00'::timestamptz + ${row.offset}::interval)`);
  }
});

afterAll(async () => {
  await db.execute(sql`drop table if exists grid_test_owners`);
  await db.execute(sql`drop table if exists grid_test_items`);
});

const selectRows = (q: OffsetRowQuery) =>
  db.select({ id: items.id, name: items.name, amount: items.amount }).from(items).where(q.where).orderBy(...q.orderBy).limit(q.limit).offset(q.offset);

async function names(params: Record<string, string>) {
  const page = await offsetPage(offsetGrid, loadGridState(offsetGrid.spec, { size: "100", ...params }), selectRows);
  return page.rows.map((r) => r.name);
}

describe("filters → SQL", () => {
  it("searches as a literal substring: % _ and \\ are not wildcards", async () => {
    expect(await names({ q: "0%" })).toEqual(["100% cotton"]);
    expect(await names({ q: "a_b" })).toEqual(["a_b"]);
    expect(await names({ q: "k\\s" })).toEqual(["back\\slash"]);
    expect(await names({ q: "COTTON" })).toEqual(["1000 cotton", "100% cotton"]);
  });

  it("matches a text filter case-insensitively with the same escaping", async () => {
    expect(await names({ name: "_" })).toEqual(["a_b"]);
    expect(await names({ name: "ITEM 3" }).then((n) => n.sort())).toEqual(["Item 30", "Item 31", "Item 32", "Item 33", "Item 34", "Item 35", "Item 36", "Item 37", "Item 38", "Item 39"]);
  });

  it("filters an enum with IN", async () => {
    const page = await offsetPage(offsetGrid, loadGridState(offsetGrid.spec, { status: "won,lost", size: "100" }), selectRows);
    expect(page.total.count).toBe(26);
    expect(page.rows.every((r) => r.id % 3 !== 1)).toBe(true);
  });

  it("filters whole UTC days, both ends inclusive", async () => {
    const page = await offsetPage(offsetGrid, loadGridState(offsetGrid.spec, { created: "2025-01-02..2025-01-02" }), selectRows);
    expect(page.total).toEqual({ count: 12, exact: true });
    expect(await names({ created: "2025-01-04.." })).toHaveLength(4);
    expect(await names({ created: "..2025-01-01" })).toHaveLength(12);
  });

  it("filters a number range, both ends inclusive", async () => {
    expect(await names({ amount: "100..200" })).toHaveLength(11);
    expect(await names({ amount: "..0" })).toEqual(["Item 0"]);
  });

  it("combines search and filters with AND, and facets each enum under the other filters", async () => {
    const state = loadGridState(offsetGrid.spec, { status: "open", amount: "..90", q: "item" });
    const page = await offsetPage(offsetGrid, state, selectRows);
    // Rows 0..9, minus the renamed 3..7, with status open (i % 3 == 0): rows 0 and 9.
    expect(page.rows.map((r) => r.name).sort()).toEqual(["Item 0", "Item 9"]);
    // The status facet ignores the status filter itself: rows 0, 1, 2, 8, 9 by status.
    expect(page.facets).toEqual({ status: { open: 2, won: 1, lost: 2 } });
  });

  it("counts the total and the columns not filtered by themselves together, each filtered column apart", async () => {
    const band = { id: "band", header: "Band", filter: { kind: "enum", options: ["low", "high"].map((b) => ({ value: b, label: b })) } } as const;
    const banded = bindGrid(defineGrid({ columns: [...columns, band], defaultSort: { id: "created", desc: true }, paging: { mode: "offset" } }), {
      ...binding,
      columns: { ...binding.columns, band: sql`case when ${items.amount} < 200 then 'low' else 'high' end` },
    });
    const state = loadGridState(banded.spec, { status: "open" });
    // Open rows are i % 3 == 0 (14 of 40), 7 of them below amount 200; the status facet counts all 40.
    expect(await totalWithFacets(banded, state, gridWhere(banded, state))).toEqual({
      total: { count: 14, exact: true },
      facets: { band: { low: 7, high: 7 }, status: { open: 14, won: 13, lost: 13 } },
    });
  });

  it("has no WHERE for a state without filters", () => {
    expect(gridWhere(offsetGrid, loadGridState(offsetGrid.spec, {}))).toBeUndefined();
  });
});

describe("joins", () => {
  const ownerGrid = defineGrid({
    columns: [...columns, { id: "owner", header: "Owner", sortable: true, filter: { kind: "text" } }],
    defaultSort: { id: "created", desc: false },
    paging: { mode: "offset" },
  });
  const ownerBinding = (kind?: "left") =>
    bindGrid(ownerGrid, {
      ...binding,
      joins: [{ table: owners, on: sql`${owners.itemId} = ${items.id}`, kind }],
      columns: { ...binding.columns, owner: owners.owner },
    });

  beforeAll(async () => {
    await db.execute(sql`drop table if exists grid_test_owners`);
    await db.execute(sql`create table grid_test_owners (item_id bigint primary key references grid_test_items (id), owner text not null)`);
    await db.execute(sql`insert into grid_test_owners select id, 'Owner ' || id from grid_test_items where id % 4 = 0`);
  });

  async function ownerPage(kind: "left" | undefined, params: Record<string, string>) {
    const bound = ownerBinding(kind);
    return offsetPage(bound, loadGridState(ownerGrid, { size: "100", ...params }), (q) =>
      selectFromGrid(bound, { id: items.id, owner: owners.owner }).where(q.where).orderBy(...q.orderBy).limit(q.limit).offset(q.offset),
    );
  }

  it("inner-joins by default: rows without the relation are left out", async () => {
    const page = await ownerPage(undefined, {});
    expect(page.total).toEqual({ count: 10, exact: true });
    expect(page.rows.map((r) => r.id)).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  });

  it("left-joins on request: every row stays, the missing relation reads null, and it still filters and sorts", async () => {
    const all = await ownerPage("left", {});
    expect(all.total).toEqual({ count: 40, exact: true });
    expect(all.rows.slice(0, 4)).toEqual([
      { id: 1, owner: null },
      { id: 2, owner: null },
      { id: 3, owner: null },
      { id: 4, owner: "Owner 4" },
    ]);
    const filtered = await ownerPage("left", { owner: "owner 1" });
    expect(filtered.rows.map((r) => r.id)).toEqual([12, 16]);
    const sorted = await ownerPage("left", { sort: "owner.desc", size: "10" });
    // PostgreSQL sorts nulls first when descending; ties by id in the same direction.
    expect(sorted.rows.map((r) => r.owner).slice(0, 2)).toEqual([null, null]);
  });
});

describe("offset paging", () => {
  it("pages in a stable order with an exact count", async () => {
    const pages = await Promise.all(
      ["1", "2", "3", "4"].map((page) => offsetPage(offsetGrid, loadGridState(offsetGrid.spec, { page, size: "10", sort: "created.asc" }), selectRows)),
    );
    expect(pages[0].total).toEqual({ count: 40, exact: true });
    expect(pages[0].paging).toEqual({ mode: "offset", page: 1, pageCount: 4 });
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("shows the last page for a page past the end", async () => {
    const page = await offsetPage(offsetGrid, loadGridState(offsetGrid.spec, { page: "99", size: "25" }), selectRows);
    expect(page.paging).toEqual({ mode: "offset", page: 2, pageCount: 2 });
    expect(page.rows).toHaveLength(15);
  });
});

describe("keyset paging", () => {
  const selectKeyset = (q: KeysetRowQuery) =>
    db.select({ id: items.id, ...q.cursorFields }).from(items).where(q.where).orderBy(...q.orderBy).limit(q.limit);

  async function keyset(params: Record<string, string>) {
    return keysetPage(keysetGrid, loadGridState(keysetGrid.spec, { size: "10", ...params }), selectKeyset);
  }
  const cursorParam = (cursor: Cursor | null): Record<string, string> => (cursor ? { cursor: encodeCursor(cursor) } : {});

  async function expectedIds(direction: "asc" | "desc") {
    const order = direction === "desc" ? desc : asc;
    const rows = await db.select({ id: items.id }).from(items).orderBy(order(items.createdAt), order(items.id));
    return rows.map((r) => r.id);
  }

  it.each(["desc", "asc"] as const)("walks every row exactly once forwards and backwards (%s)", async (direction) => {
    const sort = { sort: `created.${direction}` };
    const forward: number[][] = [];
    let page = await keyset(sort);
    expect((page.paging as KeysetPaging).prev).toBeNull();
    for (;;) {
      forward.push(page.rows.map((r) => r.id));
      const next = (page.paging as KeysetPaging).next;
      if (!next) break;
      page = await keyset({ ...sort, ...cursorParam(next) });
    }
    expect(forward.flat()).toEqual(await expectedIds(direction));
    expect(forward.map((p) => p.length)).toEqual([10, 10, 10, 10]);

    const backward: number[][] = [];
    for (;;) {
      backward.unshift(page.rows.map((r) => r.id));
      const prev = (page.paging as KeysetPaging).prev;
      if (!prev) break;
      page = await keyset({ ...sort, ...cursorParam(prev) });
    }
    expect(backward).toEqual(forward);
    expect((page.paging as KeysetPaging).next).not.toBeNull();
  });

  it("keeps filters while paging and returns no cursor fields", async () => {
    const first = await keyset({ status: "won" });
    expect(first.rows[0]).toEqual({ id: expect.any(Number) });
    const second = await keyset({ status: "won", ...cursorParam((first.paging as KeysetPaging).next) });
    expect([...first.rows, ...second.rows].map((r) => r.id).every((id) => id % 3 === 2)).toBe(true);
    expect(second.rows).toHaveLength(3);
    expect((second.paging as KeysetPaging).next).toBeNull();
    // Few matching rows: the total is an exact (capped) count, not a planner guess.
    expect(first.total).toEqual({ count: first.rows.length + second.rows.length, exact: true });
    // Keyset grids (big tables) skip per-option counts unless the spec asks for them.
    expect(first.facets).toEqual({});
  });

  it("falls back to the first page for a cursor past the end or made for the other sort order", async () => {
    const firstIds = (await keyset({})).rows.map((r) => r.id);
    const pastTheEnd: Cursor = { time: "1999-01-01 00:00:00+00", id: "1", direction: "next", desc: true };
    expect((await keyset(cursorParam(pastTheEnd))).rows.map((r) => r.id)).toEqual(firstIds);
    const otherOrder: Cursor = { time: "2025-01-02 00:00:00+00", id: "20", direction: "next", desc: false };
    expect((await keyset(cursorParam(otherOrder))).rows.map((r) => r.id)).toEqual(firstIds);
    const textId: Cursor = { time: "2025-01-02 00:00:00+00", id: "abc", direction: "next", desc: true };
    expect((await keyset(cursorParam(textId))).rows.map((r) => r.id)).toEqual(firstIds);
  });

  it("opens a stream on its recent days unless the URL sets a range, and says which it shows", async () => {
    // Every test row is from January 2025: outside a three-day window ending today.
    const recent = bindGrid(defineGrid({ ...keysetGrid.spec, paging: { mode: "keyset", timeColumn: "created", recentDays: 3 } }), binding);
    const page = (params: Record<string, string>) => keysetPage(recent, loadGridState(recent.spec, { size: "100", ...params }), selectKeyset);
    expect((await page({})).rows).toEqual([]);
    expect((await page({ created: "2025-01-01..2025-01-31" })).rows).toHaveLength(40);
    expect(recentWindowNote(recent.spec, {})).toBe("The last 3 days; pick a Created range for others.");
    expect(recentWindowNote(recent.spec, { created: { from: "2025-01-01", to: null } })).toBe("The chosen time range.");
  });
});

describe("on a larger table", () => {
  beforeAll(async () => {
    await db.execute(sql`insert into grid_test_items (name, status, amount, created_at)
      select 'Bulk ' || g, (array['open','won','lost'])[1 + g % 3], g, '2024-01-01'::timestamptz + g * interval '1 second'
      from generate_series(1, 20000) g`);
    await db.execute(sql`analyze grid_test_items`);
  });

  it("estimates totals from the planner, filtered or not", async () => {
    expect(await estimateRows(items, undefined)).toBeGreaterThan(18000);
    const where = gridWhere(keysetGrid, loadGridState(keysetGrid.spec, { status: "won" }));
    const wonEstimate = await estimateRows(items, where);
    expect(wonEstimate).toBeGreaterThan(5000);
    expect(wonEstimate).toBeLessThan(8000);
    // Past the exact-count cap the grid shows the estimate; below it, the exact count.
    const { total: all } = await totalWithFacets(keysetGrid, loadGridState(keysetGrid.spec, {}), undefined);
    expect(all.exact).toBe(false);
    expect(all.count).toBeGreaterThan(18000);
    const [{ won }] = await db.select({ won: sql<number>`count(*)::int` }).from(items).where(sql`${items.status} = 'won'`);
    expect((await totalWithFacets(keysetGrid, loadGridState(keysetGrid.spec, { status: "won" }), where)).total).toEqual({ count: won, exact: true });
  });

  it("reads a deep page with one index range scan, no sort and no offset", async () => {
    const plans: string[] = [];
    const deep: Cursor = { time: "2024-01-01 02:00:00+00", id: "7200", direction: "next", desc: true };
    const page = await keysetPage(keysetGrid, loadGridState(keysetGrid.spec, { size: "10", cursor: encodeCursor(deep) }), async (q) => {
      const query = db.select({ id: items.id, amount: items.amount, ...q.cursorFields }).from(items).where(q.where).orderBy(...q.orderBy).limit(q.limit);
      const [explained] = await db.execute<{ "QUERY PLAN": unknown }>(sql`explain (format json) ${query}`);
      plans.push(JSON.stringify(explained["QUERY PLAN"]));
      return query;
    });
    expect(page.rows.map((r) => r.amount)).toEqual([7199, 7198, 7197, 7196, 7195, 7194, 7193, 7192, 7191, 7190]);
    expect(plans[0]).toContain("grid_test_items_time");
    expect(plans[0]).not.toContain('"Node Type":"Sort"');
  });
});
