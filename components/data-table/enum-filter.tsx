"use client";
import { CheckIcon } from "lucide-react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandSeparator } from "@/components/ui/command";
import type { EnumOption } from "@/lib/data-table/spec";
import { formatValue } from "@/lib/charts/format";
import { cn } from "@/lib/utils";
import { FilterPopover } from "./filter-popover";

type EnumFilterProps = {
  label: string;
  options: readonly EnumOption[];
  selected: string[];
  /** Rows per option under the other filters; absent when the grid skips counting. */
  counts?: Record<string, number>;
  onChange: (values: string[] | null) => void;
};

// Long option lists get a search box; short ones are quicker to scan.
const searchableFrom = 8;

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
        <Command>
          {options.length >= searchableFrom && <CommandInput placeholder={label} />}
          <CommandList>
            <CommandEmpty>No matches.</CommandEmpty>
            <CommandGroup>
              {options.map((option) => {
                const isSelected = selected.includes(option.value);
                return (
                  <CommandItem key={option.value} value={option.label} onSelect={() => toggle(option.value)} aria-checked={isSelected}>
                    <span
                      aria-hidden
                      className={cn(
                        "flex size-4 items-center justify-center rounded-[4px] border border-input",
                        isSelected && "border-primary bg-primary text-primary-foreground",
                      )}
                    >
                      {isSelected && <CheckIcon className="size-3 text-current" />}
                    </span>
                    <span>{option.label}</span>
                    {counts && (
                      <span className="ml-auto font-mono text-xs tabular-nums text-muted-foreground">
                        {formatValue(counts[option.value] ?? 0, "count")}
                      </span>
                    )}
                  </CommandItem>
                );
              })}
            </CommandGroup>
            {selected.length > 0 && (
              <>
                <CommandSeparator />
                <CommandGroup>
                  <CommandItem onSelect={() => onChange(null)} className="justify-center">
                    Clear filter
                  </CommandItem>
                </CommandGroup>
              </>
            )}
          </CommandList>
        </Command>
      )}
    </FilterPopover>
  );
}
