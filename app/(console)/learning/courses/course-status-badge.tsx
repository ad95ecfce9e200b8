import { Badge } from "@/components/ui/badge";
import type { CourseStatus } from "@/lib/db/schema/lms-values";
import { courseStatusLabels } from "@/lib/learning/courses/grid";

const variants = { published: "default", draft: "secondary", archived: "outline" } as const;

export function CourseStatusBadge({ status }: { status: CourseStatus }) {
  return <Badge variant={variants[status]}>{courseStatusLabels[status]}</Badge>;
}
