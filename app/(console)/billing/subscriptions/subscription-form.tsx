"use client";

import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { FormDialog } from "@/components/forms/form-dialog";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { DateField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { createSubscription, updateSubscription } from "@/lib/billing/subscriptions/actions";
import { createSubscriptionSchema } from "@/lib/billing/subscriptions/schemas";
import { subscriptionStatuses, subscriptionStatusLabels } from "@/lib/db/schema/saas-values";
import type { EditableSubscription, PlanChoice } from "./subscription-sheet";

const statusOptions = subscriptionStatuses.map((status) => ({ value: status, label: subscriptionStatusLabels[status] }));

type Props = { organizationId: string; plans: PlanChoice[]; subscription?: EditableSubscription } & LazyDialogContentProps;

export default function SubscriptionForm({ organizationId, plans, subscription, open, onOpenChange, onCloseAutoFocus }: Props) {
  const record = subscription && { organizationId, planId: subscription.planId, status: subscription.status, currentPeriodEnd: subscription.currentPeriodEnd };
  const { form, onSubmit } = useActionForm({
    schema: createSubscriptionSchema,
    action: subscription
      ? ({ planId, status, currentPeriodEnd }) => updateSubscription({ id: subscription.id, version: subscription.version, planId, status, currentPeriodEnd })
      : createSubscription,
    defaultValues: record ?? { organizationId, planId: "", status: "active", currentPeriodEnd: null },
    record,
    successMessage: subscription ? "Subscription saved." : "Subscription added.",
    onSuccess: () => onOpenChange(false),
  });
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} layout="sheet" form={form} title={subscription ? "Edit subscription" : "Manual subscription"} description="For an invoiced customer: the console owns it, and Polar&apos;s webhook never touches it.">
      <Form form={form} onSubmit={onSubmit}>
        <SelectField control={form.control} name="planId" label="Plan" options={plans} placeholder="Choose a plan…" />
        <SelectField control={form.control} name="status" label="Status" options={statusOptions} />
        <DateField control={form.control} name="currentPeriodEnd" label="Current period ends" description="UTC day; empty for none." />
        <SubmitButton>{subscription ? "Save" : "Add subscription"}</SubmitButton>
      </Form>
    </FormDialog>
  );
}
