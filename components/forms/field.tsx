"use client";

// The chrome every field shares: label, optional description, the error message under the
// control, and the ids that tie them together (aria-invalid / aria-describedby).
import { useId, type ReactNode } from "react";
import { useController, type Control, type FieldPathByValue, type FieldValues } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** Props of every field: `name` only accepts fields whose value type the field can edit. */
export type FieldProps<Input extends FieldValues, Output, Value> = {
  control: Control<Input, unknown, Output>;
  name: FieldPathByValue<Input, Value>;
  label: string;
  description?: string;
  disabled?: boolean;
  className?: string;
};

export type ControlAria = { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined };

type FieldShellProps = {
  label: string;
  description?: string;
  error?: string;
  className?: string;
  /** "inline" puts the control before its label (checkboxes). */
  layout?: "stacked" | "inline";
  children: (aria: ControlAria) => ReactNode;
};

export function FieldShell({ label, description, error, className, layout = "stacked", children }: FieldShellProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description && descriptionId, error && errorId].filter(Boolean).join(" ") || undefined;
  const control = children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy });
  const labelElement = (
    <Label htmlFor={id} className={cn(error && "text-destructive")}>
      {label}
    </Label>
  );
  return (
    <div className={cn("grid gap-2", className)}>
      {layout === "inline" ? (
        <div className="flex items-center gap-2">
          {control}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {control}
        </>
      )}
      {description && (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

/** The react-hook-form controller of one field, and the props its FieldShell takes. */
export function useField<Input extends FieldValues, Output, Value>({
  control,
  name,
  label,
  description,
  disabled,
  className,
}: FieldProps<Input, Output, Value>) {
  const { field, fieldState } = useController({ control, name, disabled });
  return { field, shell: { label, description, className, error: fieldState.error?.message } };
}
