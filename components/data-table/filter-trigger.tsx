"use client";
// The filter popover's trigger and props, shared by the stand-in (filter-popover.tsx) and the real
// popover (filter-popover-content.tsx), so neither imports the other.
import { SpriteIcon } from "@/components/ui/sprite-icon";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Separator } from "@/components/ui/separator";

export type FilterPopoverProps = {
  label: string;
  /** What the active filter holds, shown on the trigger; null when the filter is off. */
  summary: string | null;
  /** The popover body; `close` shuts it (e.g. after Apply). Mounted only while open. */
  children: (close: () => void) => ReactNode;
};

/** The filter's trigger: its label, and what it holds when active. */
export function FilterTriggerButton({ label, summary, ...props }: ButtonProps & { label: string; summary: string | null }) {
  return (
    <Button variant="outline" size="sm" className="h-8 border-dashed" aria-label={summary ? `${label}: ${summary}` : `Filter by ${label}`} {...props}>
      <SpriteIcon name="ListFilter" />
      {label}
      {summary && (
        <>
          <Separator orientation="vertical" className="mx-0.5 h-4" />
          <Badge variant="secondary" className="max-w-40 truncate rounded-sm px-1 font-normal">
            {summary}
          </Badge>
        </>
      )}
    </Button>
  );
}
