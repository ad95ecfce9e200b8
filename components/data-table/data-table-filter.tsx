"use client";
import type { DateFilterValue, FilterValue, NumberRange } from "@/lib/data-table/filters";
import type { EnumOption, FilterSpec } from "@/lib/data-table/spec";
import { EnumFilter } from "./enum-filter";
import { DateRangeFilter, NumberRangeFilter } from "./range-filter";
import { TextFilter } from "./text-filter";

type DataTableFilterProps = {
  label: string;
  filter: FilterSpec;
  value: FilterValue | undefined;
  counts: Record<string, number> | undefined;
  /** An enum over rows (`rowIds`): their labels, from the page. */
  rowOptions?: readonly EnumOption[];
  onChange: (value: FilterValue | null) => void;
};

/** The control of one declared filter; the URL parsers guarantee `value` has its kind's shape. */
export function DataTableFilter({ label, filter, value, counts, rowOptions, onChange }: DataTableFilterProps) {
  switch (filter.kind) {
    case "enum":
      return <EnumFilter label={label} options={rowOptions ?? filter.options} selected={(value as string[] | undefined) ?? []} counts={counts} onChange={onChange} />;
    case "date":
      return <DateRangeFilter label={label} value={value as DateFilterValue | undefined} onChange={onChange} />;
    case "number":
      return <NumberRangeFilter label={label} value={value as NumberRange | undefined} onChange={onChange} />;
    case "text":
      return <TextFilter label={label} value={value as string | undefined} onChange={onChange} />;
  }
}
