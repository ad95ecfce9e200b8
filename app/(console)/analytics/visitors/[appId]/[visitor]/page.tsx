import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { visitorTimeline } from "@/lib/analytics/events/queries";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Visitor" };

export default async function VisitorPage({ params }: { params: Promise<{ appId: string; visitor: string }> }) {
  await requirePermission("event", "read");
  await requirePermission("visitorSession", "read");
  const { appId, visitor } = await params;
  const anonymousId = decodeURIComponent(visitor);
  const timeline = await visitorTimeline(appId, anonymousId);
  if (!timeline) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Visitor {anonymousId}</h1>
        <p className="text-sm text-muted-foreground">
          of{" "}
          <Link className="underline underline-offset-4" href={`/analytics/apps/${timeline.app.id}`}>
            {timeline.app.name}
          </Link>
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="space-y-1 text-sm">
            {timeline.sessions.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.startedAt)} → {s.endedAt ? formatDateTime(s.endedAt) : <Badge>Open</Badge>}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Events (latest {timeline.events.length})</CardTitle>
        </CardHeader>
        <CardContent>
          <ol className="space-y-1 text-sm">
            {timeline.events.map((e) => (
              <li key={e.id} className="flex gap-3">
                <time className="tabular-nums text-muted-foreground" dateTime={e.occurredAt.toISOString()}>
                  {formatDateTime(e.occurredAt)}
                </time>
                <span className="font-medium">{e.name}</span>
                <code className="truncate text-xs text-muted-foreground">{JSON.stringify(e.properties ?? {})}</code>
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </div>
  );
}
