"use client";

import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { NumberField } from "@/components/forms/number-field";
import { RelationPicker } from "@/components/forms/relation-picker";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createProfile, updateProfile } from "@/lib/ai/profiles/actions";
import { createProfileSchema } from "@/lib/ai/profiles/schemas";
import { aiModels, defaultAiModel } from "@/lib/db/schema/ai-values";
import { searchUsers } from "@/lib/people/search";

export type EditableProfile = { id: string; userId: string; userName: string; displayName: string | null; defaultModel: string; monthlyTokenBudget: number };

const modelOptions = aiModels.map((model) => ({ value: model, label: model }));

/** Create (user picker) or edit (model, budget) an AI profile; loaded when its button is first used. */
export default function ProfileForm({ profile, open, onOpenChange, onCloseAutoFocus }: { profile?: EditableProfile } & LazyDialogContentProps) {
  const empty = { userId: "", displayName: "", defaultModel: defaultAiModel, monthlyTokenBudget: 0 };
  const { form, onSubmit } = useActionForm({
    schema: createProfileSchema,
    action: profile ? (values) => updateProfile({ ...values, id: profile.id }) : createProfile,
    defaultValues: profile
      ? { userId: profile.userId, displayName: profile.displayName ?? "", defaultModel: profile.defaultModel as (typeof aiModels)[number], monthlyTokenBudget: profile.monthlyTokenBudget }
      : empty,
    successMessage: profile ? "Profile saved." : "Profile created.",
    onSuccess: () => {
      onOpenChange(false);
      if (!profile) form.reset(empty);
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{profile ? `AI profile of ${profile.userName}` : "New AI profile"}</DialogTitle>
          <DialogDescription>The budget is a soft cap on tokens per calendar month (UTC); 0 means no budget.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          {!profile && <RelationPicker control={form.control} name="userId" label="User" search={searchUsers} placeholder="Choose a user…" />}
          <TextField control={form.control} name="displayName" label="Display name" autoComplete="off" maxLength={100} />
          <SelectField control={form.control} name="defaultModel" label="Default model" options={modelOptions} />
          <NumberField control={form.control} name="monthlyTokenBudget" label="Monthly token budget" min={0} step={1000} />
          <SubmitButton>{profile ? "Save" : "Create"}</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
