"use client";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { maxTextLength } from "@/lib/data-table/filters";
import { FilterPopover } from "./filter-popover";
import { FilterFormActions } from "./filter-form-actions";

type TextFilterProps = { label: string; value: string | undefined; onChange: (value: string | null) => void };

function TextForm({ label, initial, onApply }: { label: string; initial: string; onApply: (text: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="grid gap-3 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(text.trim());
      }}
    >
      <Input aria-label={`${label} contains`} placeholder="Contains…" maxLength={maxTextLength} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <FilterFormActions onClear={() => onApply("")} />
    </form>
  );
}

/** Case-insensitive "contains". */
export function TextFilter({ label, value, onChange }: TextFilterProps) {
  return (
    <FilterPopover label={label} summary={value ? `“${value}”` : null}>
      {(close) => (
        <TextForm
          label={label}
          initial={value ?? ""}
          onApply={(text) => {
            onChange(text === "" ? null : text);
            close();
          }}
        />
      )}
    </FilterPopover>
  );
}
