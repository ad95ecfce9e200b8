"use client";

import type { ComponentProps } from "react";
import type { FieldValues } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FieldShell, useField, type FieldProps } from "./field";

type TextValue = string | null | undefined;

type TextFieldProps<Input extends FieldValues, Output> = FieldProps<Input, Output, TextValue> &
  Pick<ComponentProps<"input">, "placeholder" | "autoComplete" | "maxLength"> & {
    type?: "text" | "email" | "url" | "tel" | "password" | "search" | "datetime-local";
  };

export function TextField<Input extends FieldValues, Output>({
  type = "text",
  placeholder,
  autoComplete,
  maxLength,
  ...props
}: TextFieldProps<Input, Output>) {
  const { field, shell } = useField(props);
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <Input
          {...aria}
          {...field}
          type={type}
          placeholder={placeholder}
          autoComplete={autoComplete}
          maxLength={maxLength}
          value={field.value ?? ""}
        />
      )}
    </FieldShell>
  );
}

type TextareaFieldProps<Input extends FieldValues, Output> = FieldProps<Input, Output, TextValue> &
  Pick<ComponentProps<"textarea">, "placeholder" | "rows" | "maxLength">;

export function TextareaField<Input extends FieldValues, Output>({
  placeholder,
  rows,
  maxLength,
  ...props
}: TextareaFieldProps<Input, Output>) {
  const { field, shell } = useField(props);
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <Textarea {...aria} {...field} placeholder={placeholder} rows={rows} maxLength={maxLength} value={field.value ?? ""} />
      )}
    </FieldShell>
  );
}

/** A calendar date as "YYYY-MM-DD" (the browser's date input); empty is null. Pair with z.iso.date(). */
export function DateField<Input extends FieldValues, Output>({
  min,
  max,
  ...props
}: FieldProps<Input, Output, TextValue> & { min?: string; max?: string }) {
  const { field, shell } = useField(props);
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <Input
          {...aria}
          {...field}
          type="date"
          min={min}
          max={max}
          className="w-fit"
          value={field.value ?? ""}
          onChange={(event) => field.onChange(event.target.value || null)}
        />
      )}
    </FieldShell>
  );
}
