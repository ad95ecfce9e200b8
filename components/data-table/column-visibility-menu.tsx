"use client";
import { Settings2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { GridSpec } from "@/lib/data-table/spec";

type ColumnVisibilityMenuProps = { spec: GridSpec; visible: string[]; onChange: (visible: string[]) => void };

export function ColumnVisibilityMenu({ spec, visible, onChange }: ColumnVisibilityMenuProps) {
  const hideable = spec.columns.filter((c) => c.hideable !== false);
  if (hideable.length === 0) return null;

  function toggle(id: string, show: boolean) {
    const next = spec.columns.filter((c) => (c.id === id ? show : visible.includes(c.id))).map((c) => c.id);
    onChange(next);
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="h-8">
          <Settings2Icon aria-hidden />
          Columns
        </Button>
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
