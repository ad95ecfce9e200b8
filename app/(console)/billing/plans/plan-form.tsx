"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { NumberField } from "@/components/forms/number-field";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { createPlan, updatePlan } from "@/lib/billing/plans/actions";
import { createPlanSchema } from "@/lib/billing/plans/schemas";
import type { EditablePlan } from "./plan-sheet";

export default function PlanForm({ plan, open, onOpenChange, onCloseAutoFocus }: { plan?: EditablePlan } & LazyDialogContentProps) {
  const { form, onSubmit } = useActionForm({
    schema: createPlanSchema,
    action: plan ? (values) => updatePlan({ ...values, id: plan.id }) : createPlan,
    defaultValues: plan
      ? { name: plan.name, slug: plan.slug, priceCents: plan.priceCents, monthlyCredits: plan.monthlyCredits, polarProductId: plan.polarProductId ?? "" }
      : { name: "", slug: "", priceCents: 0, monthlyCredits: 0, polarProductId: "" },
    successMessage: plan ? "Plan saved." : "Plan created.",
    onSuccess: () => onOpenChange(false),
  });
  return (
    <Sheet
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.reset();
      }}
    >
      <SheetContent className="overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
        <SheetHeader>
          <SheetTitle>{plan ? `Edit ${plan.name}` : "New plan"}</SheetTitle>
          <SheetDescription>Prices are monthly, in US dollars; credits are the monthly quota.</SheetDescription>
        </SheetHeader>
        <Form form={form} onSubmit={onSubmit} className="px-4 pb-4">
          <TextField control={form.control} name="name" label="Name" autoComplete="off" maxLength={100} />
          <TextField control={form.control} name="slug" label="Slug" autoComplete="off" maxLength={80} />
          <NumberField control={form.control} name="priceCents" label="Price per month (USD)" scale={100} min={0} step={0.01} />
          <NumberField control={form.control} name="monthlyCredits" label="Monthly credits" min={0} step={1} />
          <TextField control={form.control} name="polarProductId" label="Polar product id" description="Empty for a plan Polar does not sell. Unique." autoComplete="off" maxLength={200} />
          <SubmitButton>{plan ? "Save" : "Create plan"}</SubmitButton>
        </Form>
      </SheetContent>
    </Sheet>
  );
}
