import Link from "next/link";
import { recordHref } from "@/lib/records/routes";

/** Another record by name, linked to its page; its raw id when it has no name (deleted) or no page. */
export function RecordLink({ resource, id, names }: { resource: string; id: string; names: Record<string, string> }) {
  const name = names[`${resource}:${id}`];
  const href = recordHref(resource, id);
  if (!name || !href) return <span className="font-mono text-xs break-all">{id}</span>;
  return (
    <Link href={href} className="underline-offset-4 hover:underline" title={id}>
      {name}
    </Link>
  );
}
