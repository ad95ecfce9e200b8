// What a grid query returns to the page, and the client table renders. Plain data (RSC-serializable).
import type { Cursor } from "./cursor";

/** Per enum filter column: option value → rows matching every other active filter. */
export type Facets = Record<string, Record<string, number>>;

export type OffsetPaging = { mode: "offset"; page: number; pageCount: number };
export type KeysetPaging = { mode: "keyset"; next: Cursor | null; prev: Cursor | null };

export type GridPage<Row> = {
  rows: Row[];
  /** Offset mode: an exact count. Keyset mode: the planner's estimate, exact when the matching rows are few. */
  total: { count: number; exact: boolean };
  paging: OffsetPaging | KeysetPaging;
  facets: Facets;
};
