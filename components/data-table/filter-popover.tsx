"use client";
import { ListFilterIcon } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Separator } from "@/components/ui/separator";

type FilterPopoverProps = {
  label: string;
  /** What the active filter holds, shown on the trigger; null when the filter is off. */
  summary: string | null;
  /** The popover body; `close` shuts it (e.g. after Apply). Mounted only while open. */
  children: (close: () => void) => ReactNode;
};

/** The trigger button + popover shell shared by every filter kind. */
export function FilterPopover({ label, summary, children }: FilterPopoverProps) {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className="h-8 border-dashed" aria-label={summary ? `${label}: ${summary}` : `Filter by ${label}`}>
          <ListFilterIcon aria-hidden />
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
      </PopoverTrigger>
      <PopoverContent align="start" className="w-64 p-0">
        {children(() => setOpen(false))}
      </PopoverContent>
    </Popover>
  );
}
