"use client";

import { useEffect } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { slugFromTitle } from "@/lib/forms/slug";

/** A new record's slug follows its name until someone types a slug of their own (`enabled` false when editing). */
export function useSlugFromName<T extends FieldValues>(form: UseFormReturn<T>, nameField: Path<T>, slugField: Path<T>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    return form.subscribe({
      name: nameField,
      formState: { values: true },
      callback: ({ values }) => {
        const name = (values[nameField] as string | undefined) ?? "";
        if (!form.getFieldState(slugField).isDirty) form.setValue(slugField, slugFromTitle(name) as PathValue<T, Path<T>>);
      },
    });
  }, [enabled, form, nameField, slugField]);
}
