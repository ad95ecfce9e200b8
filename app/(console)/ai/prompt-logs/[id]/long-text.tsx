"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const COLLAPSE_LINES = 16;
const COLLAPSE_CHARS = 1_500;

/** Text exactly as written (monospace, whitespace kept); long text starts collapsed with a Show all. */
export function LongText({ text, label }: { text: string; label: string }) {
  const long = text.length > COLLAPSE_CHARS || text.split("\n").length > COLLAPSE_LINES;
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const collapsed = long && !expanded;
  return (
    <div className="grid gap-2">
      <pre
        id={id}
        aria-label={label}
        className={cn("overflow-x-auto rounded-md border bg-muted/40 p-3 font-mono text-sm break-words whitespace-pre-wrap", collapsed && "max-h-72 overflow-y-hidden [mask-image:linear-gradient(to_bottom,black_70%,transparent)]")}
      >
        {text}
      </pre>
      {long && (
        <Button type="button" variant="outline" size="sm" className="justify-self-start" aria-controls={id} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? "Collapse" : `Show all (${text.length.toLocaleString("en-US")} characters)`}
        </Button>
      )}
    </div>
  );
}
