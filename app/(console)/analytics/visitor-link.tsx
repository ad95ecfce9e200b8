import Link from "next/link";

/** A visitor id linking to their timeline in one app (sessions and events in order). */
export function VisitorLink({ appId, visitor }: { appId: string; visitor: string }) {
  return (
    <Link className="underline underline-offset-4" href={`/analytics/visitors/${appId}/${encodeURIComponent(visitor)}`}>
      {visitor}
    </Link>
  );
}
