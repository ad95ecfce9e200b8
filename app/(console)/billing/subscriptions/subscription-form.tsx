"use client";

import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { DateField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { createSubscription, updateSubscription } from "@/lib/billing/subscriptions/actions";
import { createSubscriptionSchema } from "@/lib/billing/subscriptions/schemas";
import { subscriptionStatuses, subscriptionStatusLabels } from "@/lib/db/schema/saas-values";
import type { EditableSubscription, PlanChoice } from "./subscription-sheet";

const statusOptions = subscriptionStatuses.map((status) => ({ value: status, label: subscriptionStatusLabels[status] }));

type Props = { organizationId: string; plans: PlanChoice[]; subscription?: EditableSubscription } & LazyDialogContentProps;

export default function SubscriptionForm({ organizationId, plans, subscription, open, onOpenChange, onCloseAutoFocus }: Props) {
  const { form, onSubmit } = useActionForm({
    schema: createSubscriptionSchema,
    action: subscription
      ? ({ planId, status, currentPeriodEnd }) => updateSubscription({ id: subscription.id, planId, status, currentPeriodEnd })
      : createSubscription,
    defaultValues: {
      organizationId,
      planId: subscription?.planId ?? "",
      status: subscription?.status ?? "active",
      currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
    },
    successMessage: subscription ? "Subscription saved." : "Subscription added.",
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
          <SheetTitle>{subscription ? "Edit subscription" : "Manual subscription"}</SheetTitle>
          <SheetDescription>For an invoiced customer: the console owns it, and Polar&apos;s webhook never touches it.</SheetDescription>
        </SheetHeader>
        <Form form={form} onSubmit={onSubmit} className="px-4 pb-4">
          <SelectField control={form.control} name="planId" label="Plan" options={plans} placeholder="Choose a plan…" />
          <SelectField control={form.control} name="status" label="Status" options={statusOptions} />
          <DateField control={form.control} name="currentPeriodEnd" label="Current period ends" description="UTC day; empty for none." />
          <SubmitButton>{subscription ? "Save" : "Add subscription"}</SubmitButton>
        </Form>
      </SheetContent>
    </Sheet>
  );
}
