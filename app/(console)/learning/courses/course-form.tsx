"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { RelationPicker } from "@/components/forms/relation-picker";
import { TextField } from "@/components/forms/text-fields";
import type { LazyDialogContentProps } from "@/components/forms/lazy-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { courseStatuses } from "@/lib/db/schema/lms-values";
import { createCourse, updateCourse } from "@/lib/learning/courses/actions";
import { courseStatusLabels } from "@/lib/learning/courses/grid";
import { slugFromTitle } from "@/lib/forms/slug";
import { createCourseSchema } from "@/lib/learning/courses/schemas";
import type { EditableCourse } from "@/lib/learning/courses/queries";
import { searchUsers } from "@/lib/people/search";

const statusOptions = courseStatuses.map((status) => ({ value: status, label: courseStatusLabels[status] }));

/** The course form in a side sheet; loaded when its button (course-sheet.tsx) is first used. */
export default function CourseForm({ course, open, onOpenChange, onCloseAutoFocus }: { course?: EditableCourse } & LazyDialogContentProps) {
  const router = useRouter();
  const record = course && { title: course.title, slug: course.slug, status: course.status, instructorId: course.instructorId };
  const { form, onSubmit } = useActionForm({
    schema: createCourseSchema,
    action: course ? (values) => updateCourse({ ...values, id: course.id, version: course.version }) : createCourse,
    defaultValues: record ?? { title: "", slug: "", status: "draft", instructorId: "" },
    record,
    successMessage: course ? "Course saved." : "Course created.",
    onSuccess: (data) => {
      onOpenChange(false);
      if (!course && data) router.push(`/learning/courses/${data.id}`);
    },
  });

  // A new course's slug follows its title until someone types a slug of their own.
  useEffect(() => {
    if (course) return;
    return form.subscribe({
      name: "title",
      formState: { values: true },
      callback: ({ values }) => {
        if (!form.getFieldState("slug").isDirty) form.setValue("slug", slugFromTitle(values.title ?? ""));
      },
    });
  }, [course, form]);

  const title = course ? "Edit course" : "New course";
  return (
    <Sheet
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.reset(); // closing without saving drops the unsaved edits
      }}
    >
      <SheetContent className="overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          <SheetDescription>{course ? `Changes to “${course.title}”.` : "Modules and lessons are added on the course page."}</SheetDescription>
        </SheetHeader>
        <Form form={form} onSubmit={onSubmit} className="px-4 pb-4">
          <TextField control={form.control} name="title" label="Title" autoComplete="off" maxLength={200} />
          <TextField
            control={form.control}
            name="slug"
            label="Slug"
            description="Lowercase words joined by hyphens; part of the course's address."
            autoComplete="off"
            maxLength={80}
          />
          <SelectField control={form.control} name="status" label="Status" options={statusOptions} />
          <RelationPicker
            control={form.control}
            name="instructorId"
            label="Instructor"
            search={searchUsers}
            initialLabel={course?.instructorName}
            placeholder="Search users…"
          />
          <SubmitButton>{course ? "Save" : "Create course"}</SubmitButton>
        </Form>
      </SheetContent>
    </Sheet>
  );
}
