"use client";

import { CircleAlertIcon } from "lucide-react";
import type { ComponentProps, FormEvent } from "react";
import { FormProvider, useFormContext, useFormState, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/utils";

type FormProps<Input extends FieldValues, Output> = Omit<ComponentProps<"form">, "onSubmit"> & {
  /** Both from useActionForm. */
  form: UseFormReturn<Input, unknown, Output>;
  onSubmit: (event?: FormEvent) => Promise<void>;
};

/** The <form>: gives SubmitButton its context and shows form-level errors above the fields. */
export function Form<Input extends FieldValues, Output>({ form, onSubmit, className, children, ...props }: FormProps<Input, Output>) {
  return (
    <FormProvider {...form}>
      {/* noValidate: the zod schema validates, with the same messages the server would give. */}
      <form noValidate onSubmit={onSubmit} className={cn("grid gap-5", className)} {...props}>
        <FormAlert />
        {children}
      </form>
    </FormProvider>
  );
}

function FormAlert() {
  const { errors } = useFormState();
  const message = errors.root?.server?.message;
  if (!message) return null;
  return (
    <div
      role="alert"
      className="flex gap-2 rounded-md border border-destructive/50 bg-destructive/5 px-3 py-2 text-sm whitespace-pre-line text-destructive"
    >
      <CircleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p>{message}</p>
    </div>
  );
}

/** Disabled with a spinner while the form validates and the action runs. */
export function SubmitButton({ children, disabled, ...props }: Omit<ComponentProps<typeof Button>, "type">) {
  const { control } = useFormContext();
  const { isSubmitting } = useFormState({ control });
  return (
    <Button type="submit" disabled={disabled || isSubmitting} aria-busy={isSubmitting} {...props}>
      {isSubmitting && <Spinner />}
      {children}
    </Button>
  );
}
