"use client";

import { useRouter } from "next/navigation";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { NumberField } from "@/components/forms/number-field";
import { RelationPicker } from "@/components/forms/relation-picker";
import { DateField, TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { createDeal, updateDeal } from "@/lib/crm/deals/actions";
import { stageOptions } from "@/lib/crm/deals/grid";
import { salesPaths } from "@/lib/crm/paths";
import { createDealSchema } from "@/lib/crm/schemas";
import { searchContacts } from "@/lib/crm/search";
import { toIsoDay } from "@/lib/dates";
import { searchUsers } from "@/lib/people/search";
import type { EditableDeal, PipelineOption } from "./deal-form-button";

/** New deal or edit one, in a side sheet: contact, pipeline and owner pickers, the amount in dollars. */
export default function DealForm({ deal, pipelines, open, onOpenChange, onCloseAutoFocus }: { deal?: EditableDeal; pipelines: PipelineOption[] } & LazyDialogContentProps) {
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createDealSchema,
    action: deal ? (values) => updateDeal({ ...values, id: deal.id }) : createDeal,
    defaultValues: {
      title: deal?.title ?? "",
      contactId: deal?.contactId ?? "",
      pipelineId: deal?.pipelineId ?? pipelines[0]?.value ?? "",
      ownerId: deal?.ownerId ?? "",
      amountCents: deal?.amountCents ?? 0,
      stage: deal?.stage ?? "lead",
      closeDate: deal?.closeDate ? toIsoDay(new Date(deal.closeDate)) : "",
    },
    successMessage: deal ? "Deal saved." : "Deal created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (!deal && data) router.push(salesPaths.deal(data.id));
    },
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
          <SheetTitle>{deal ? "Edit deal" : "New deal"}</SheetTitle>
          <SheetDescription>Closing a deal (won or lost) without a close date closes it today.</SheetDescription>
        </SheetHeader>
        <Form form={form} onSubmit={onSubmit} className="px-4 pb-4">
          <TextField control={form.control} name="title" label="Title" autoComplete="off" maxLength={200} />
          <RelationPicker control={form.control} name="contactId" label="Contact" search={searchContacts} initialLabel={deal?.contactName} placeholder="Search contacts…" />
          <SelectField control={form.control} name="pipelineId" label="Pipeline" options={pipelines} />
          <SelectField control={form.control} name="stage" label="Stage" options={stageOptions} />
          <RelationPicker control={form.control} name="ownerId" label="Owner" search={searchUsers} initialLabel={deal?.ownerName} placeholder="Search users…" />
          <NumberField control={form.control} name="amountCents" label="Amount (USD)" scale={100} min={0} step={0.01} />
          <DateField control={form.control} name="closeDate" label="Close date (optional)" />
          <SubmitButton>{deal ? "Save" : "Create deal"}</SubmitButton>
        </Form>
      </SheetContent>
    </Sheet>
  );
}
