"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { SelectField } from "@/components/forms/choice-fields";
import { Form, SubmitButton } from "@/components/forms/form";
import { RelationPicker } from "@/components/forms/relation-picker";
import { TextField } from "@/components/forms/text-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { courseStatuses, type CourseStatus } from "@/lib/db/schema/lms";
import { createCourse, updateCourse } from "@/lib/learning/courses/actions";
import { courseStatusLabels } from "@/lib/learning/courses/grids";
import { createCourseSchema, slugFromTitle } from "@/lib/learning/courses/schemas";
import { searchUsers } from "@/lib/people/search";

const statusOptions = courseStatuses.map((status) => ({ value: status, label: courseStatusLabels[status] }));

export type EditableCourse = {
  id: string;
  title: string;
  slug: string;
  status: CourseStatus;
  instructorId: string;
  instructorName: string;
};

/** "New course" (no `course`) or "Edit course": the course form in a side sheet. */
export function CourseSheet({ course }: { course?: EditableCourse }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: createCourseSchema,
    action: course ? (values) => updateCourse({ ...values, id: course.id }) : createCourse,
    defaultValues: course
      ? { title: course.title, slug: course.slug, status: course.status, instructorId: course.instructorId }
      : { title: "", slug: "", status: "draft", instructorId: "" },
    successMessage: course ? "Course saved." : "Course created.",
    onSuccess: (data) => {
      setOpen(false);
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
        setOpen(next);
        if (!next) form.reset(); // closing without saving drops the unsaved edits
      }}
    >
      <SheetTrigger asChild>
        <Button variant={course ? "outline" : "default"}>
          {course ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {title}
        </Button>
      </SheetTrigger>
      <SheetContent className="overflow-y-auto">
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
