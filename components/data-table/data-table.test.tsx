// Server render of the grid with real URL parsing (nuqs testing adapter) and no router behind it:
// proves the grid kit renders headers, sort state, row links, paging and empty states.
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { GridPage } from "@/lib/data-table/result";
import { defineGrid } from "@/lib/data-table/spec";
import { DataTable } from "./data-table";
import { gridColumnHelper } from "./features";

type Person = { id: string; name: string; team: string; joined: string };

const grid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "team", header: "Team", filter: { kind: "enum", options: [{ value: "red", label: "Red" }, { value: "blue", label: "Blue" }] } },
    { id: "joined", header: "Joined", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "joined", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search people" },
});

const column = gridColumnHelper<Person, typeof grid>();
const columns = column.columns([column.accessor("name", {}), column.accessor("team", {}), column.accessor("joined", {})]);

// Compile-time checks (tsc fails if these typos stop being errors): a column id must be the spec's.
// @ts-expect-error -- "nmae" is not a column of the grid
column.accessor("name", { id: "nmae" });
// @ts-expect-error -- the row key "id" is no column of the grid, so the column must name one
column.accessor("id", {});
// @ts-expect-error -- a display column's id must be the spec's too
column.display({ id: "tema", cell: () => null });

const people: Person[] = [
  { id: "p1", name: "Ada", team: "red", joined: "2025-01-02" },
  { id: "p2", name: "Bo", team: "blue", joined: "2025-01-01" },
];
const offsetResult: GridPage<Person> = {
  rows: people,
  total: { count: 12, exact: true },
  paging: { mode: "offset", page: 1, pageCount: 2 },
  facets: { team: { red: 7, blue: 5 } },
};

const noRouter = {} as AppRouterInstance;

function render(result: GridPage<Person>, searchParams = "", spec = grid) {
  return renderToString(
    <AppRouterContext.Provider value={noRouter}>
      <NuqsTestingAdapter searchParams={searchParams}>
        <DataTable label="People" spec={spec} columns={columns} result={result} getRowId={(p) => p.id} rowHref={(p) => `/people/${p.id}`} bulkActions={() => null} />
      </NuqsTestingAdapter>
    </AppRouterContext.Provider>,
  );
}

describe("DataTable", () => {
  it("renders spec headers with aria-sort on sortable columns", () => {
    const html = render(offsetResult);
    expect(html).toContain('aria-label="People"');
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*>.*?Joined/);
    expect(html).toMatch(/<th[^>]*aria-sort="none"[^>]*>.*?Name/);
    expect(html).not.toMatch(/<th[^>]*aria-sort[^>]*>[^<]*Team/);
  });

  it("follows the URL's sort and hidden columns", () => {
    const html = render(offsetResult, "?sort=name.asc&cols=name");
    expect(html).toMatch(/<th[^>]*aria-sort="ascending"[^>]*>.*?Name/);
    const head = /<thead.*<\/thead>/.exec(html)?.[0] ?? "";
    expect(head).toContain("Name");
    expect(head).not.toContain("Team");
    expect(head).not.toContain("Joined");
  });

  it("makes the first cell of each row a link, with a selection checkbox before it", () => {
    const html = render(offsetResult);
    expect(html).toContain('<a class="ui-row-link"');
    expect(html).toMatch(/href="\/people\/p1"[^>]*>Ada<\/a>/);
    expect(html).toContain('aria-label="Select all rows on this page"');
    expect(html).toContain('aria-label="Select row"');
  });

  it("shows the toolbar: search, declared filters, the column menu", () => {
    const html = render(offsetResult, "?q=ad&team=red");
    expect(html).toContain('placeholder="Search people"');
    expect(html).toContain('value="ad"');
    expect(html).toContain('aria-label="Team: Red"');
    expect(html).toContain('aria-label="Filter by Joined"');
    expect(html).toContain(">Reset");
    expect(html).toContain("Columns");
  });

  it("shows offset paging with the exact count", () => {
    const html = render(offsetResult);
    expect(html).toContain("12 rows");
    expect(html).toMatch(/Page <!-- -->1<!-- --> of <!-- -->2/);
  });

  it("shows an estimate and cursor buttons in keyset mode", () => {
    const keysetGrid = defineGrid({ ...grid, paging: { mode: "keyset", timeColumn: "joined" } });
    const next = { time: "2025-01-01 00:00:00", id: "p2", direction: "next" as const, desc: true };
    const html = render({ ...offsetResult, total: { count: 123456, exact: false }, paging: { mode: "keyset", prev: null, next } }, "", keysetGrid);
    expect(html).toContain("~123,456 rows");
    expect(html).not.toContain("Page ");
    expect(html).toMatch(/<button[^>]*aria-label="Next page"(?![^>]*disabled)/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Previous page"|<button[^>]*aria-label="Previous page"[^>]*disabled=""/);
  });

  it("offers to clear filters when they match nothing", () => {
    const empty = { ...offsetResult, rows: [], total: { count: 0, exact: true } };
    expect(render(empty, "?team=blue")).toContain("No rows match these filters.");
    expect(render(empty)).toContain("Nothing here yet.");
  });
});
