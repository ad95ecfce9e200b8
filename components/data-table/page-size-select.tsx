"use client";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { pageSizes, type PageSize } from "@/lib/data-table/spec";

export type PageSizePickerProps = { value: PageSize; labelledBy: string; onChange: (size: PageSize) => void };

/** The real rows-per-page select; the pagination bar loads it on the first click of its stand-in. */
export default function PageSizeSelect({ value, labelledBy, onChange, defaultOpen }: PageSizePickerProps & LazyOverlayProps) {
  return (
    <Select value={String(value)} onValueChange={(next) => onChange(Number(next) as PageSize)} defaultOpen={defaultOpen}>
      <SelectTrigger size="sm" className="w-18" aria-labelledby={labelledBy}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {pageSizes.map((size) => (
          <SelectItem key={size} value={String(size)}>
            {size}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
