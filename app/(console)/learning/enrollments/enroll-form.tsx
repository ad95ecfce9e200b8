"use client";

import { Form, SubmitButton } from "@/components/forms/form";
import { RelationPicker } from "@/components/forms/relation-picker";
import { FormDialog } from "@/components/forms/form-dialog";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { enrollStudent } from "@/lib/learning/enrollments/actions";
import { enrollSchema } from "@/lib/learning/enrollments/schemas";
import { searchCourses } from "@/lib/learning/search";
import { searchUsers } from "@/lib/people/search";

/** The "Enroll a student" dialog; loaded when its button (enroll-dialog.tsx) is first used. */
export default function EnrollForm({ open, onOpenChange, onCloseAutoFocus }: LazyDialogContentProps) {
  const { form, onSubmit } = useActionForm({
    schema: enrollSchema,
    action: enrollStudent,
    defaultValues: { courseId: "", studentId: "" },
    successMessage: "Student enrolled.",
    onSuccess: () => {
      onOpenChange(false);
      form.reset({ courseId: "", studentId: "" });
    },
  });
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} title="Enroll a student" description="The student gets access to the course straight away.">
      <Form form={form} onSubmit={onSubmit}>
        <RelationPicker control={form.control} name="courseId" label="Course" search={searchCourses} placeholder="Choose a course…" />
        <RelationPicker control={form.control} name="studentId" label="Student" search={searchUsers} placeholder="Choose a student…" />
        <SubmitButton>Enroll</SubmitButton>
      </Form>
    </FormDialog>
  );
}
