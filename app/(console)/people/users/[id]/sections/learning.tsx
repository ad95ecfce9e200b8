import Link from "next/link";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { EnrollDialog } from "@/app/(console)/learning/enrollments/enroll-dialog";
import { enrollmentsOfStudent, type StudentEnrollmentRow } from "@/lib/learning/enrollments/queries";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";
import { ResetProgressButton } from "./reset-progress-button";

type Props = { user: { id: string; name: string; email: string }; canEnroll: boolean; canReset: boolean };

function progress(row: StudentEnrollmentRow) {
  const share = row.lessons === 0 ? 0 : row.completed / row.lessons;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-muted" aria-hidden>
        <span className="block h-full bg-primary" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {row.completed} of {row.lessons} lessons ({formatPercent(share)})
    </span>
  );
}

/** Courses the person is enrolled in, with progress and last activity; enroll and reset progress here. */
export async function LearningSection({ user, canEnroll, canReset }: Props) {
  const rows = await enrollmentsOfStudent(user.id);
  return (
    <RelatedList
      title="Learning"
      description={`Enrolled in ${rows.length} ${rows.length === 1 ? "course" : "courses"}.`}
      actions={canEnroll && <EnrollDialog student={{ id: user.id, name: user.name }} />}
    >
      <CompactTable
        label="Course enrollments"
        rows={rows}
        rowKey={(row) => row.id}
        empty="Not enrolled in any course."
        more={rows.length > 0 ? { href: `/learning/progress?student=${encodeURIComponent(user.email)}`, label: "Lesson by lesson progress" } : undefined}
        columns={[
          { header: "Course", cell: (row) => <Link href={`/learning/courses/${row.courseId}`} className="underline-offset-4 hover:underline">{row.courseTitle}</Link> },
          { header: "Progress", cell: progress },
          { header: "Last activity", cell: (row) => (row.lastActivityAt ? formatDateTime(row.lastActivityAt) : "None yet") },
          { header: "Enrolled", cell: (row) => formatDate(row.enrolledAt) },
          ...(canReset ? [{ header: "Actions", cell: (row: StudentEnrollmentRow) => <ResetProgressButton courseId={row.courseId} courseTitle={row.courseTitle} studentId={user.id} /> }] : []),
        ]}
      />
    </RelatedList>
  );
}
