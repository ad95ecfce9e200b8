import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatCard } from "@/components/charts/stat-card";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/format";
import { getCourse } from "@/lib/learning/courses/queries";
import { getCurriculum } from "@/lib/learning/curriculum/queries";
import { CourseSheet } from "../course-sheet";
import { CourseStatusBadge } from "../course-status-badge";
import { Curriculum } from "./curriculum";
import { DeleteCourseButton } from "./delete-course-button";

export const metadata: Metadata = { title: "Course" };

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePermission("course", "read");
  const { id } = await params;
  const course = await getCourse(id);
  if (!course) notFound();
  const modules = await getCurriculum(course.id);
  const role = staff.role;
  const figures = [
    ["Modules", course.counts.modules],
    ["Lessons", course.counts.lessons],
    ["Enrollments", course.counts.enrollments],
    ["Progress records", course.counts.progress],
  ] as const;

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        title={course.title}
        badges={<CourseStatusBadge status={course.status} />}
        description={
          <>
            <code>{course.slug}</code> · by{" "}
            {can(role, "user", "read") ? (
              <Link href={`/people/users/${encodeURIComponent(course.instructorId)}`} className="underline-offset-4 hover:underline">
                {course.instructorName}
              </Link>
            ) : (
              course.instructorName
            )}{" "}
            · created {formatDate(course.createdAt)}
          </>
        }
        actions={
          <>
            {can(role, "course", "update") && <CourseSheet course={course} />}
            {can(role, "course", "delete") && <DeleteCourseButton id={course.id} title={course.title} counts={course.counts} />}
          </>
        }
      />

      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <StatCard key={label} label={label} value={formatNumber(value)} />
        ))}
      </div>

      <Curriculum
        courseId={course.id}
        modules={modules}
        permissions={{
          module: { create: can(role, "module", "create"), update: can(role, "module", "update"), delete: can(role, "module", "delete") },
          lesson: { create: can(role, "lesson", "create"), update: can(role, "lesson", "update"), delete: can(role, "lesson", "delete") },
        }}
      />
    </div>
  );
}
