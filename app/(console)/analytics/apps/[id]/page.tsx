import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { appDeletionCounts, appEventNames, appEventsPerDay, appOpenSessions, appTopEventNames, getApp } from "@/lib/analytics/apps/queries";
import { appFunnels } from "@/lib/analytics/funnels/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { FunnelBuilder } from "../../funnel-builder";
import { DeleteAppButton, RotateKeyButton } from "./key-actions";
import { RecordLink } from "@/components/records/record-link";

export const metadata: Metadata = { title: "Tracked app" };

export default async function AppPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePermission("trackedApp", "read");
  const { id } = await params;
  const app = await getApp(id, { showKeys: can(staff.role, "trackedApp", "read-key") });
  if (!app) notFound();
  const canCreateFunnel = can(staff.role, "funnel", "create");
  const [perDay, topNames, openSessions, funnels, counts, eventNames] = await Promise.all([
    appEventsPerDay(id),
    appTopEventNames(id),
    appOpenSessions(id),
    appFunnels(id),
    can(staff.role, "trackedApp", "delete") ? appDeletionCounts(id) : null,
    canCreateFunnel ? appEventNames(id) : [],
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{app.name}</h1>
          <p className="text-sm text-muted-foreground">
            Owner <RecordLink resource="user" id={app.ownerId}>{app.ownerName}</RecordLink> ({app.ownerEmail}) · created {formatDate(app.createdAt)}
            {app.maskedKey && (
              <>
                {" "}· key <code data-testid="masked-key">{app.maskedKey}</code>
              </>
            )}
          </p>
        </div>
        <div className="flex gap-2">
          <Link className="text-sm underline underline-offset-4" href={`/analytics/events?app=${app.id}`}>
            Events
          </Link>
          {can(staff.role, "trackedApp", "rotate-key") && <RotateKeyButton id={app.id} name={app.name} />}
          {counts && <DeleteAppButton id={app.id} name={app.name} counts={counts} />}
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TimeSeriesChart title="Events per day" description="Last 30 days (UTC)" data={perDay.map((d) => ({ bucket: d.day, value: d.events }))} bucket="day" valueLabel="Events" />
        <BarChart title="Top event names" description="Last 30 days" data={topNames.map((t) => ({ label: t.name, value: t.events }))} categoryLabel="Event" valueLabel="Events" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Open sessions</CardTitle>
          </CardHeader>
          <CardContent>
            {openSessions.length === 0 ? (
              <p className="text-sm text-muted-foreground">No visitor has an open session.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {openSessions.map((s) => (
                  <li key={s.id}>
                    <Link className="underline underline-offset-4" href={`/analytics/visitors/${app.id}/${encodeURIComponent(s.anonymousId)}`}>
                      {s.anonymousId}
                    </Link>{" "}
                    since {formatDateTime(s.startedAt)}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="flex flex-row items-center justify-between">
            <CardTitle>Funnels</CardTitle>
            {canCreateFunnel && <FunnelBuilder appId={app.id} eventNames={eventNames} />}
          </CardHeader>
          <CardContent>
            {funnels.length === 0 ? (
              <p className="text-sm text-muted-foreground">No funnels yet.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {funnels.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-2">
                    <Link className="underline underline-offset-4" href={`/analytics/funnels/${f.id}`}>
                      {f.name}
                    </Link>
                    {f.steps.map((s, i) => (
                      <Badge key={i} variant="secondary">
                        {s.event}
                      </Badge>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
