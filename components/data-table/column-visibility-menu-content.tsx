"use client";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { ColumnsButton, type ColumnVisibilityMenuProps } from "./columns-button";

/** The real column menu; ColumnVisibilityMenu loads it on the first click of its button. */
export default function ColumnVisibilityMenuContent({ spec, visible, onChange, defaultOpen }: ColumnVisibilityMenuProps & LazyOverlayProps) {
  const hideable = spec.columns.filter((c) => c.hideable !== false);

  function toggle(id: string, show: boolean) {
    const next = spec.columns.filter((c) => (c.id === id ? show : visible.includes(c.id))).map((c) => c.id);
    onChange(next);
  }

  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <ColumnsButton />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-44">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {hideable.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={visible.includes(column.id)}
            // Keep the menu open to toggle several columns in a row.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => toggle(column.id, checked === true)}
          >
            {column.header}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
