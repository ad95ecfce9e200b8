import Link from "next/link";
import type { ReactNode } from "react";
import { recordHref } from "@/lib/records/routes";
import { cn } from "@/lib/utils";

type RecordLinkProps = { resource: string; id: string; children: ReactNode; className?: string };

/**
 * Another record (its name as children) linked to its page (lib/records/routes.ts); plain text when
 * it has none. Not prefetched: a grid page holds dozens of these, and each prefetch renders a page.
 */
export function RecordLink({ resource, id, children, className }: RecordLinkProps) {
  const href = recordHref(resource, id);
  if (!href) return <span className={className}>{children}</span>;
  return (
    <Link href={href} prefetch={false} className={cn("ui-record-link", className)}>
      {children}
    </Link>
  );
}

/** A record by its looked-up name (`names["resource:id"]`, lib/records/names.ts), linked; its raw id when it has no name (deleted). */
export function NamedRecordLink({ resource, id, names }: { resource: string; id: string; names: Record<string, string> }) {
  const name = names[`${resource}:${id}`];
  if (!name) return <span className="font-mono text-xs break-all">{id}</span>;
  return (
    <RecordLink resource={resource} id={id}>
      <span title={id}>{name}</span>
    </RecordLink>
  );
}
