import Link from "next/link";
import { recordHref } from "@/lib/records/routes";

/** A learner as name (a link to their page) over email, for the learning grids' cells. */
export function StudentCell({ id, name, email }: { id: string; name: string; email: string }) {
  return (
    <span className="grid">
      <Link href={recordHref("user", id)!} className="hover:underline">
        {name}
      </Link>
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}

/** A course title as a link to the course's page. */
export function CourseCell({ id, title }: { id: string; title: string }) {
  return (
    <Link href={recordHref("course", id)!} className="hover:underline">
      {title}
    </Link>
  );
}
