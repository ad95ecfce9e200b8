"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import { SelectField } from "@/components/forms/choice-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { allRoles } from "@/lib/auth/roles";
import { setUserRole } from "@/lib/people/actions";
import { setRoleSchema } from "@/lib/people/schemas";

const roleOptions = allRoles.map((role) => ({ value: role, label: role }));

export function RoleForm({ userId, role, version }: { userId: string; role: string; version: string }) {
  const record = { userId, version, role: role as (typeof allRoles)[number] };
  const { form, onSubmit } = useActionForm({
    schema: setRoleSchema,
    action: setUserRole,
    defaultValues: record,
    record,
    successMessage: (data) => `Role changed to ${data?.role}.`,
  });
  return (
    <Form form={form} onSubmit={onSubmit} className="flex items-end gap-2">
      <SelectField control={form.control} name="role" label="Role" options={roleOptions} className="flex-1" />
      <SubmitButton variant="outline">Change role</SubmitButton>
    </Form>
  );
}
