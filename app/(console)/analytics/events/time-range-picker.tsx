import Link from "next/link";
import { Button } from "@/components/ui/button";
import { eventsGrid } from "@/lib/analytics/events/grid";
import type { DateFilterValue } from "@/lib/data-table/filters";
import type { GridState } from "@/lib/data-table/search-params";
import { gridQueryString } from "@/lib/data-table/search-params";
import { addDays, toIsoDay } from "@/lib/dates";

/** Preset ranges of UTC days ending today; null is the explorer's default window (today and yesterday). */
const presets = [
  { label: "Today and yesterday", days: null },
  { label: "Last 7 days", days: 7 },
  { label: "Last 30 days", days: 30 },
  { label: "Last 90 days", days: 90 },
] as const;

/**
 * The explorer's time range as one-click presets over the Occurred filter's URL state (the
 * toolbar's Occurred filter picks any other range). Other filters are kept; paging starts over.
 */
export function TimeRangePicker({ state }: { state: GridState }) {
  const today = toIsoDay(new Date());
  const current = state.filters.occurred as DateFilterValue | undefined;
  return (
    <nav aria-label="Time range" className="flex flex-wrap gap-2">
      {presets.map(({ label, days }) => {
        const range = days === null ? null : { from: addDays(today, -(days - 1)), to: today };
        const pressed = range === null ? current === undefined : current?.from === range.from && current?.to === range.to;
        const query = gridQueryString(eventsGrid, { ...state.filters, occurred: range, size: state.pageSize });
        return (
          <Button key={label} asChild size="sm" variant={pressed ? "default" : "outline"}>
            <Link href={`/analytics/events${query}`} aria-current={pressed ? "page" : undefined}>
              {label}
            </Link>
          </Button>
        );
      })}
    </nav>
  );
}
