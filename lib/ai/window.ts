// Append-only AI streams (token usage, prompt logs) open on a recent window: without a time
// filter in the URL, the grid and its CSV export cover the last `days` UTC days.
import type { GridState } from "@/lib/data-table/search-params";

export const DEFAULT_WINDOW_DAYS = 30;

/** `state` with a `from` on `column` when the URL set no time range for it. */
export function withRecentWindow(state: GridState, column: string, now = new Date(), days = DEFAULT_WINDOW_DAYS): GridState {
  if (state.filters[column] !== undefined) return state;
  const from = new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { ...state, filters: { ...state.filters, [column]: { from, to: null } } };
}

/** True when `state` shows the default window (the page says so next to the grid). */
export function isDefaultWindow(urlState: GridState, column: string): boolean {
  return urlState.filters[column] === undefined;
}
