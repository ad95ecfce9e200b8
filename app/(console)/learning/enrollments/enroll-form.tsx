"use client";

import { UserPlusIcon } from "lucide-react";
import { useState } from "react";
import { Form, SubmitButton } from "@/components/forms/form";
import { RelationPicker } from "@/components/forms/relation-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { enrollStudent } from "@/lib/learning/enrollments/actions";
import { enrollSchema } from "@/lib/learning/enrollments/schemas";
import { searchCourses } from "@/lib/learning/search";
import { searchUsers } from "@/lib/people/search";

export function EnrollDialog() {
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm({
    schema: enrollSchema,
    action: enrollStudent,
    defaultValues: { courseId: "", studentId: "" },
    successMessage: "Student enrolled.",
    onSuccess: () => {
      setOpen(false);
      form.reset({ courseId: "", studentId: "" });
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden /> Enroll a student
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Enroll a student</DialogTitle>
          <DialogDescription>The student gets access to the course straight away.</DialogDescription>
        </DialogHeader>
        <Form form={form} onSubmit={onSubmit}>
          <RelationPicker control={form.control} name="courseId" label="Course" search={searchCourses} placeholder="Choose a course…" />
          <RelationPicker control={form.control} name="studentId" label="Student" search={searchUsers} placeholder="Choose a student…" />
          <SubmitButton>Enroll</SubmitButton>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
