import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import { gridQueryString, loadGridState } from "./search-params";
import { defineGrid, withUrlPrefix } from "./spec";

const grid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, filter: { kind: "text" } },
    { id: "status", header: "Status", filter: { kind: "enum", options: [{ value: "open", label: "Open" }, { value: "won", label: "Won" }] } },
    { id: "amount", header: "Amount", sortable: true, filter: { kind: "number" } },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
    { id: "notes", header: "Notes", hiddenByDefault: true },
    { id: "id", header: "Id", hideable: false },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search" },
});

const keysetGrid = defineGrid({
  columns: [
    { id: "time", header: "Time", sortable: true },
    { id: "kind", header: "Kind", sortable: true },
  ],
  defaultSort: { id: "time", desc: true },
  paging: { mode: "keyset", timeColumn: "time" },
});

const defaults = {
  page: 1,
  pageSize: 25,
  sort: { id: "created", desc: true },
  q: "",
  visible: ["name", "status", "amount", "created", "id"],
  cursor: null,
  filters: {},
};

describe("loadGridState", () => {
  it("gives the defaults for an empty URL", () => {
    expect(loadGridState(grid, {})).toEqual(defaults);
  });

  it("reads every kind of state", () => {
    const state = loadGridState(grid, {
      page: "3",
      size: "50",
      sort: "amount.asc",
      q: "  acme  ",
      cols: "name,notes",
      name: "bob",
      status: "won,open,won",
      amount: "10..99.5",
      created: "2025-01-01..2025-01-31",
    });
    expect(state).toEqual({
      page: 3,
      pageSize: 50,
      sort: { id: "amount", desc: false },
      q: "acme",
      visible: ["name", "notes", "id"],
      cursor: null,
      filters: {
        name: "bob",
        status: ["won", "open"],
        amount: { min: 10, max: 99.5 },
        created: { from: "2025-01-01", to: "2025-01-31" },
      },
    });
  });

  it("accepts open-ended ranges", () => {
    const state = loadGridState(grid, { amount: "..5", created: "2025-02-01.." });
    expect(state.filters).toEqual({ amount: { min: null, max: 5 }, created: { from: "2025-02-01", to: null } });
  });

  it.each([
    ["page", "-3"],
    ["page", "0"],
    ["page", "1.5"],
    ["page", "99999999999"],
    ["page", "abc"],
    ["size", "5000"],
    ["size", "7"],
    ["sort", "password.asc"],
    ["sort", "notes.asc"],
    ["sort", "created.sideways"],
    ["sort", "created"],
    ["cols", "nope,nada"],
    ["q", "   "],
  ])("resets %s=%s to its default", (key, value) => {
    expect(loadGridState(grid, { [key]: value })).toEqual(defaults);
  });

  it.each([
    ["status", "lost,closed"],
    ["status", ""],
    ["amount", "abc..1"],
    ["amount", "9..1"],
    ["amount", "1e400.."],
    ["amount", "5"],
    ["created", "2025-02-30..2025-03-01"],
    ["created", "2025-03-01..2025-02-01"],
    ["created", "yesterday"],
    ["created", ".."],
    ["name", ""],
  ])("drops the malformed filter %s=%s", (key, value) => {
    expect(loadGridState(grid, { [key]: value }).filters).toEqual({});
  });

  it("keeps the known options of an enum filter and ignores unknown URL keys", () => {
    const state = loadGridState(grid, { status: "won,bogus", evil: "1; drop table user" });
    expect(state.filters).toEqual({ status: ["won"] });
  });

  it("keeps only row ids in an enum filter over rows", () => {
    const rowsGrid = defineGrid({ ...grid, columns: [...grid.columns, { id: "pipeline", header: "Pipeline", filter: { kind: "enum", options: [], rowIds: true } }] });
    const id = "5ca10009-0000-4000-8000-000000000001";
    expect(loadGridState(rowsGrid, { pipeline: `${id},New business,1; drop table deals` }).filters).toEqual({ pipeline: [id] });
    expect(loadGridState(rowsGrid, { pipeline: "New business" }).filters).toEqual({});
  });

  it("takes the first of repeated keys", () => {
    expect(loadGridState(grid, { page: ["2", "5"] }).page).toBe(2);
  });

  it("caps the search length", () => {
    expect(loadGridState(grid, { q: "x".repeat(500) }).q).toHaveLength(200);
  });
});

describe("keyset grids", () => {
  const cursor: Cursor = { time: "2025-03-04 05:06:07.123456+00", id: "42", direction: "next", desc: true };

  it("read a cursor and only sort by the time column", () => {
    const state = loadGridState(keysetGrid, { cursor: encodeCursor(cursor), sort: "kind.asc", page: "4" });
    expect(state.cursor).toEqual(cursor);
    expect(state.sort).toEqual({ id: "time", desc: true });
    expect(state.page).toBe(1);
  });

  it("ignore a cursor in an offset grid", () => {
    expect(loadGridState(grid, { cursor: encodeCursor(cursor) }).cursor).toBeNull();
  });

  it.each([
    ["not base64", "%%%"],
    ["not json", btoa("hello").replace(/=+$/, "")],
    ["a wrong shape", btoa(JSON.stringify({ time: "x" })).replace(/=+$/, "")],
    ["an impossible time", encodeCursor({ ...cursor, time: "2025-13-45 99:00:00" })],
    ["an SQL injection", encodeCursor({ ...cursor, time: "2025-01-01'); drop table x;--" })],
    ["an empty id", encodeCursor({ ...cursor, id: "" })],
  ])("reset a cursor that is %s", (_, value) => {
    expect(loadGridState(keysetGrid, { cursor: value }).cursor).toBeNull();
  });

  it("round-trip cursors through opaque base64url", () => {
    const encoded = encodeCursor({ ...cursor, id: "ü/+=", direction: "prev", desc: false });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual({ ...cursor, id: "ü/+=", direction: "prev", desc: false });
  });
});

describe("gridQueryString", () => {
  it("writes state back in the form it is read, dropping defaults", () => {
    const query = gridQueryString(grid, {
      page: 2,
      size: 25,
      sort: { id: "name", desc: false },
      status: ["open", "won"],
      amount: { min: null, max: 10 },
      created: { from: "2025-01-01", to: null },
    });
    expect(query).toBe("?sort=name.asc&page=2&status=open,won&amount=..10&created=2025-01-01..");
    expect(loadGridState(grid, query)).toMatchObject({
      page: 2,
      sort: { id: "name", desc: false },
      filters: { status: ["open", "won"], amount: { min: null, max: 10 }, created: { from: "2025-01-01", to: null } },
    });
  });
});

describe("several grids on one page (urlPrefix)", () => {
  const related = withUrlPrefix(grid, "deals");
  const otherKeyset = withUrlPrefix(keysetGrid, "log");

  it("reads each grid from its own keys only, so their states never clash", () => {
    const url = "?page=3&sort=name.asc&q=main&status=won&deals.page=2&deals.sort=amount.desc&deals.q=acme&deals.status=open&log.size=50";
    expect(loadGridState(grid, url)).toMatchObject({ page: 3, sort: { id: "name", desc: false }, q: "main", filters: { status: ["won"] } });
    expect(loadGridState(related, url)).toEqual({
      ...defaults,
      page: 2,
      sort: { id: "amount", desc: true },
      q: "acme",
      filters: { status: ["open"] },
    });
    expect(loadGridState(otherKeyset, url)).toMatchObject({ pageSize: 50, cursor: null, sort: { id: "time", desc: true } });
    expect(loadGridState(related, "?page=2&q=main")).toEqual(defaults);
  });

  it("writes prefixed keys, or plain ones for the export route", () => {
    const values = { page: 2, amount: { min: 5, max: null } };
    expect(gridQueryString(related, values)).toBe("?deals.page=2&deals.amount=5..");
    expect(gridQueryString(related, values, { unprefixed: true })).toBe("?page=2&amount=5..");
    expect(loadGridState(related, gridQueryString(related, values))).toMatchObject({ page: 2, filters: { amount: { min: 5, max: null } } });
  });

  it("refuses a prefix that is not a plain word", () => {
    expect(() => withUrlPrefix(grid, "a.b")).toThrow(/prefix/);
  });
});

describe("defineGrid", () => {
  it("refuses column ids that clash with the grid's own URL keys", () => {
    expect(() =>
      defineGrid({ columns: [{ id: "page", header: "Page", sortable: true }], defaultSort: { id: "page", desc: false }, paging: { mode: "offset" } }),
    ).toThrow(/reserved/);
  });

  it("refuses a default sort on a column that cannot sort", () => {
    expect(() =>
      defineGrid({ columns: [{ id: "name", header: "Name" }], defaultSort: { id: "name", desc: false }, paging: { mode: "offset" } }),
    ).toThrow(/sortable/);
  });
});
