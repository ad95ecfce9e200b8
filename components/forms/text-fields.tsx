"use client";

import type { ComponentProps } from "react";
import { useController, type FieldValues } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FieldShell, type FieldProps } from "./field";

type TextValue = string | null | undefined;

type TextFieldProps<Input extends FieldValues, Output> = FieldProps<Input, Output, TextValue> &
  Pick<ComponentProps<"input">, "placeholder" | "autoComplete" | "maxLength"> & {
    type?: "text" | "email" | "url" | "tel" | "password" | "search" | "datetime-local";
  };

export function TextField<Input extends FieldValues, Output>({
  control,
  name,
  label,
  description,
  disabled,
  className,
  type = "text",
  ...inputProps
}: TextFieldProps<Input, Output>) {
  const { field, fieldState } = useController({ control, name, disabled });
  return (
    <FieldShell label={label} description={description} error={fieldState.error?.message} className={className}>
      {(aria) => <Input {...aria} {...inputProps} {...field} type={type} value={field.value ?? ""} />}
    </FieldShell>
  );
}

type TextareaFieldProps<Input extends FieldValues, Output> = FieldProps<Input, Output, TextValue> &
  Pick<ComponentProps<"textarea">, "placeholder" | "rows" | "maxLength">;

export function TextareaField<Input extends FieldValues, Output>({
  control,
  name,
  label,
  description,
  disabled,
  className,
  ...textareaProps
}: TextareaFieldProps<Input, Output>) {
  const { field, fieldState } = useController({ control, name, disabled });
  return (
    <FieldShell label={label} description={description} error={fieldState.error?.message} className={className}>
      {(aria) => <Textarea {...aria} {...textareaProps} {...field} value={field.value ?? ""} />}
    </FieldShell>
  );
}

/** A calendar date as "YYYY-MM-DD" (the browser's date input); empty is null. Pair with z.iso.date(). */
export function DateField<Input extends FieldValues, Output>({
  control,
  name,
  label,
  description,
  disabled,
  className,
  min,
  max,
}: FieldProps<Input, Output, TextValue> & { min?: string; max?: string }) {
  const { field, fieldState } = useController({ control, name, disabled });
  return (
    <FieldShell label={label} description={description} error={fieldState.error?.message} className={className}>
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
