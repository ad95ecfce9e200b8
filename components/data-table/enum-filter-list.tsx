"use client";
import { CheckIcon } from "lucide-react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandSeparator } from "@/components/ui/command";
import type { EnumOption } from "@/lib/data-table/spec";
import { formatValue } from "@/lib/format";
import { cn } from "@/lib/utils";

// Long option lists get a search box; short ones are quicker to scan.
const searchableFrom = 8;

type EnumFilterListProps = {
  label: string;
  options: readonly EnumOption[];
  selected: string[];
  counts?: Record<string, number>;
  toggle: (value: string) => void;
  onChange: (values: string[] | null) => void;
};

/** The options of an enum filter (cmdk list): loaded with the popover, not with the page. */
export default function EnumFilterList({ label, options, selected, counts, toggle, onChange }: EnumFilterListProps) {
  return (
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
                    "flex size-4 items-center justify-center rounded-[4px] border",
                    isSelected ? "border-primary bg-primary text-primary-foreground" : "border-input",
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
  );
}
