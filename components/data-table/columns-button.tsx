"use client";
// The column menu's trigger and props, shared by the stand-in and the real menu.
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { GridSpec } from "@/lib/data-table/spec";

export type ColumnVisibilityMenuProps = { spec: GridSpec; visible: string[]; onChange: (visible: string[]) => void };

export function ColumnsButton(props: ButtonProps) {
  return (
    <Button variant="outline" size="sm" className="h-8" {...props}>
      <SpriteIcon name="Settings2" />
      Columns
    </Button>
  );
}
