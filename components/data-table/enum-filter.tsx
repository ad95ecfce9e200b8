"use client";
import { lazy, Suspense } from "react";
import type { EnumOption } from "@/lib/data-table/spec";
import { FilterPopover } from "./filter-popover";

const EnumFilterList = lazy(() => import("./enum-filter-list"));

type EnumFilterProps = {
  label: string;
  options: readonly EnumOption[];
  selected: string[];
  /** Rows per option under the other filters; absent when the grid skips counting. */
  counts?: Record<string, number>;
  onChange: (values: string[] | null) => void;
};

function summarize(options: readonly EnumOption[], selected: string[]): string | null {
  if (selected.length === 0) return null;
  if (selected.length > 2) return `${selected.length} selected`;
  return options.filter((o) => selected.includes(o.value)).map((o) => o.label).join(", ");
}

/** Multi-select of a fixed set of values, each with its row count. */
export function EnumFilter({ label, options, selected, counts, onChange }: EnumFilterProps) {
  function toggle(value: string) {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    onChange(next.length > 0 ? options.map((o) => o.value).filter((v) => next.includes(v)) : null);
  }

  return (
    <FilterPopover label={label} summary={summarize(options, selected)}>
      {() => (
        <Suspense fallback={null}>
          <EnumFilterList label={label} options={options} selected={selected} counts={counts} toggle={toggle} onChange={onChange} />
        </Suspense>
      )}
    </FilterPopover>
  );
}
