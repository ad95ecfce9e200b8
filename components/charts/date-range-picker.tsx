"use client";

// Writes the chart date range to the URL (?range=… or ?from=…&to=…). Not shallow: the server
// page re-runs its queries, reading the same keys with loadDateRange.
import { CalendarIcon } from "lucide-react";
import { useQueryStates } from "nuqs";
import { useId, useMemo, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import {
  dateRangeParsers,
  datePresets,
  presetLabels,
  resolveDateRange,
  type ChartRange,
  type DatePreset,
} from "@/lib/charts/date-range";
import { parseIsoDay } from "@/lib/dates";
import { formatBucket } from "@/lib/format";
import { cn } from "@/lib/utils";

/** `defaultPreset` must be the one the page passes to loadDateRange. */
export function DateRangePicker({ defaultPreset, className }: { defaultPreset: DatePreset; className?: string }) {
  const parsers = useMemo(() => dateRangeParsers(defaultPreset), [defaultPreset]);
  const [isPending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(parsers, { shallow: false, startTransition });
  const range = resolveDateRange(values);

  return (
    <div
      role="group"
      aria-label="Date range"
      aria-busy={isPending}
      className={cn("flex flex-wrap items-center gap-1", isPending && "opacity-70", className)}
    >
      {datePresets.map((preset) => (
        <Button
          key={preset}
          type="button"
          size="sm"
          variant={range.preset === preset ? "secondary" : "ghost"}
          aria-pressed={range.preset === preset}
          title={presetLabels[preset]}
          onClick={() => setValues({ range: preset, from: null, to: null })}
        >
          {preset}
        </Button>
      ))}
      <CustomRange range={range} onApply={(from, to) => setValues({ range: null, from, to })} />
    </div>
  );
}

function CustomRange({ range, onApply }: { range: ChartRange; onApply: (from: string, to: string) => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const isCustom = range.preset === null;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = parseIsoDay(String(data.get("from")));
    const to = parseIsoDay(String(data.get("to")));
    if (!from || !to) return setError("Enter both dates.");
    if (from > to) return setError("The start date must not be after the end date.");
    setError(null);
    setOpen(false);
    onApply(from, to);
  }

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button type="button" size="sm" variant={isCustom ? "secondary" : "ghost"} aria-pressed={isCustom}>
          <CalendarIcon aria-hidden />
          {isCustom ? `${formatBucket(range.from, "day", true)} – ${formatBucket(range.to, "day", true)}` : "Custom"}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end">
        <form onSubmit={apply} className="grid gap-3" noValidate>
          <div className="grid gap-1.5">
            <Label htmlFor={fromId}>From</Label>
            <Input id={fromId} name="from" type="date" defaultValue={range.from} required aria-describedby={error ? errorId : undefined} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={toId}>To</Label>
            <Input id={toId} name="to" type="date" defaultValue={range.to} required aria-describedby={error ? errorId : undefined} />
          </div>
          {error && (
            <p id={errorId} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <Button type="submit" size="sm">
            Apply
          </Button>
        </form>
      </PopoverContent>
    </Popover>
  );
}
