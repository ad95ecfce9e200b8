"use client";

import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { TextareaField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { logActivity } from "@/lib/crm/activities/actions";
import { logActivitySchema } from "@/lib/crm/schemas";
import { activityTypeLabels, activityTypes } from "@/lib/db/schema/crm-values";

const typeOptions = activityTypes.map((type) => ({ value: type, label: activityTypeLabels[type] }));

/** Logs a call, email or note on the deal; the form empties for the next one. */
export function LogActivityForm({ dealId }: { dealId: string }) {
  const { form, onSubmit } = useActionForm({
    schema: logActivitySchema,
    action: logActivity,
    defaultValues: { dealId, type: "call", body: "" },
    successMessage: "Activity logged.",
    onSuccess: () => form.reset({ dealId, type: form.getValues("type"), body: "" }),
  });
  return (
    <Form form={form} onSubmit={onSubmit} aria-label="Log activity">
      <SelectField control={form.control} name="type" label="Type" options={typeOptions} />
      <TextareaField control={form.control} name="body" label="What happened" maxLength={5000} />
      <SubmitButton>Log activity</SubmitButton>
    </Form>
  );
}
