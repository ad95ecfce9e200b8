"use client";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { DateFilterValue, NumberRange } from "@/lib/data-table/filters";
import { formatValue } from "@/lib/format";
import { formatDate } from "@/lib/format";
import { FilterPopover } from "./filter-popover";
import { FilterFormActions } from "./filter-form-actions";

type Bounds = { lower: string; upper: string };

type RangeFormProps = {
  type: "date" | "number";
  initial: Bounds;
  labels: [string, string];
  onApply: (bounds: Bounds) => void;
  onClear: () => void;
};

function RangeForm({ type, initial, labels, onApply, onClear }: RangeFormProps) {
  const [bounds, setBounds] = useState(initial);
  const id = useId();
  return (
    <form
      className="grid gap-3 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(bounds);
      }}
    >
      {(["lower", "upper"] as const).map((bound, i) => (
        <div key={bound} className="grid gap-1.5">
          <Label htmlFor={`${id}-${bound}`}>{labels[i]}</Label>
          <Input
            id={`${id}-${bound}`}
            type={type}
            step={type === "number" ? "any" : undefined}
            value={bounds[bound]}
            onChange={(event) => setBounds({ ...bounds, [bound]: event.target.value })}
          />
        </div>
      ))}
      <FilterFormActions onClear={onClear} />
    </form>
  );
}

function summarize(lower: string | null, upper: string | null): string | null {
  if (lower && upper) return `${lower} – ${upper}`;
  if (lower) return `≥ ${lower}`;
  return upper ? `≤ ${upper}` : null;
}

type RangeFilterProps<Value> = { label: string; value: Value | undefined; onChange: (value: Value | null) => void };

/** Calendar days, both inclusive. */
export function DateRangeFilter({ label, value, onChange }: RangeFilterProps<DateFilterValue>) {
  const day = (d: string | null) => (d ? formatDate(`${d}T00:00:00Z`) : null);
  return (
    <FilterPopover label={label} summary={value ? summarize(day(value.from), day(value.to)) : null}>
      {(close) => (
        <RangeForm
          type="date"
          labels={["From", "To"]}
          initial={{ lower: value?.from ?? "", upper: value?.to ?? "" }}
          onApply={({ lower, upper }) => {
            // Bounds given the wrong way round are swapped rather than refused.
            const [from, to] = lower && upper && lower > upper ? [upper, lower] : [lower || null, upper || null];
            onChange(from || to ? { from, to } : null);
            close();
          }}
          onClear={() => {
            onChange(null);
            close();
          }}
        />
      )}
    </FilterPopover>
  );
}

function toNumber(text: string): number | null {
  const number = text.trim() === "" ? NaN : Number(text);
  return Number.isFinite(number) ? number : null;
}

/** Numbers, both bounds inclusive. */
export function NumberRangeFilter({ label, value, onChange }: RangeFilterProps<NumberRange>) {
  const show = (n: number | null) => (n === null ? null : formatValue(n, "count"));
  return (
    <FilterPopover label={label} summary={value ? summarize(show(value.min), show(value.max)) : null}>
      {(close) => (
        <RangeForm
          type="number"
          labels={["Min", "Max"]}
          initial={{ lower: value?.min?.toString() ?? "", upper: value?.max?.toString() ?? "" }}
          onApply={({ lower, upper }) => {
            const [low, high] = [toNumber(lower), toNumber(upper)];
            const [min, max] = low !== null && high !== null && low > high ? [high, low] : [low, high];
            onChange(min !== null || max !== null ? { min, max } : null);
            close();
          }}
          onClear={() => {
            onChange(null);
            close();
          }}
        />
      )}
    </FilterPopover>
  );
}
