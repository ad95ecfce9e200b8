"use client";

import { useState } from "react";
import type { FieldValues } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { FieldShell, useField, type FieldProps } from "./field";

type NumberFieldProps<Input extends FieldValues, Output> = FieldProps<Input, Output, number | null | undefined> & {
  min?: number;
  max?: number;
  step?: number;
  /**
   * The stored value is the shown value × scale, rounded to an integer: `scale={100}` lets people
   * type dollars (12.50) into an integer `price_cents` field (1250).
   */
  scale?: number;
  placeholder?: string;
};

const toText = (value: number | null | undefined, scale: number) => (value == null ? "" : String(value / scale));

/** A number input; empty is null. Keeps what is typed ("1.", "-") while the value stays a number. */
export function NumberField<Input extends FieldValues, Output>({
  scale = 1,
  min,
  max,
  step,
  placeholder,
  ...props
}: NumberFieldProps<Input, Output>) {
  const { field, shell } = useField(props);
  const value = field.value as number | null | undefined; // `name` only accepts such fields
  const [text, setText] = useState(() => toText(value, scale));
  const [shownValue, setShownValue] = useState(value);
  // A reset() or setValue() from outside replaces what was typed.
  if (value !== shownValue) {
    setShownValue(value);
    setText(toText(value, scale));
  }

  function change(raw: string) {
    const parsed = raw.trim() === "" ? null : Number(raw);
    const next = parsed === null || Number.isNaN(parsed) ? null : scale === 1 ? parsed : Math.round(parsed * scale);
    setText(raw);
    setShownValue(next);
    field.onChange(next);
  }

  return (
    <FieldShell {...shell}>
      {(aria) => (
        <Input
          {...aria}
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          ref={field.ref}
          name={field.name}
          disabled={field.disabled}
          onBlur={field.onBlur}
          type="number"
          inputMode={scale === 1 && (step ?? 1) % 1 === 0 ? "numeric" : "decimal"}
          value={text}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
