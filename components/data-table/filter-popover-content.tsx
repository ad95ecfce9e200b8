"use client";
import { useState } from "react";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { FilterTriggerButton, type FilterPopoverProps } from "./filter-trigger";

/** The real filter popover; FilterPopover loads it on the first click of its trigger. */
export default function FilterPopoverContent({ label, summary, children, defaultOpen = false }: FilterPopoverProps & LazyOverlayProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <FilterTriggerButton label={label} summary={summary} />
      </PopoverTrigger>
      <PopoverContent align="start" className="w-64 p-0" aria-label={`Filter by ${label}`}>
        {children(() => setOpen(false))}
      </PopoverContent>
    </Popover>
  );
}
