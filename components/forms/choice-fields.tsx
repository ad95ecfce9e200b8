"use client";

import type { FieldValues } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { FieldShell, useField, type FieldProps } from "./field";

export type SelectOption = { value: string; label: string };

/** One of a short, fixed list (statuses, roles). For rows of another table use RelationPicker. */
export function SelectField<Input extends FieldValues, Output>({
  options,
  placeholder = "Choose…",
  ...props
}: FieldProps<Input, Output, string | null | undefined> & { options: readonly SelectOption[]; placeholder?: string }) {
  const { field, shell } = useField(props);
  return (
    <FieldShell {...shell}>
      {({ id, ...aria }) => (
        <Select name={field.name} value={field.value ?? ""} onValueChange={field.onChange} disabled={field.disabled}>
          <SelectTrigger id={id} {...aria} ref={field.ref} onBlur={field.onBlur} className="w-full">
            <SelectValue placeholder={placeholder} />
          </SelectTrigger>
          <SelectContent>
            {options.map((option) => (
              <SelectItem key={option.value} value={option.value}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      )}
    </FieldShell>
  );
}

export function CheckboxField<Input extends FieldValues, Output>(props: FieldProps<Input, Output, boolean | undefined>) {
  const { field, shell } = useField(props);
  return (
    <FieldShell {...shell} layout="inline">
      {(aria) => (
        <Checkbox
          {...aria}
          ref={field.ref}
          name={field.name}
          disabled={field.disabled}
          onBlur={field.onBlur}
          checked={field.value ?? false}
          onCheckedChange={(checked) => field.onChange(checked === true)}
        />
      )}
    </FieldShell>
  );
}
