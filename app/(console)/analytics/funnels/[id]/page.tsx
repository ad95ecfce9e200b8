import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getFunnel } from "@/lib/analytics/funnels/queries";
import { funnelRange, funnelReport } from "@/lib/analytics/funnels/report";
import { appEventNames } from "@/lib/analytics/apps/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDuration } from "@/lib/format";
import { FunnelBuilder } from "../../funnel-builder";
import { DeleteFunnelButton } from "./delete-funnel-button";

export const metadata: Metadata = { title: "Funnel" };

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export default async function FunnelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePermission("funnel", "read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const funnel = await getFunnel(id);
  if (!funnel) notFound();
  const range = funnelRange(query);
  const canEdit = can(staff.role, "funnel", "update");
  const [report, eventNames] = await Promise.all([
    funnel.steps.length ? funnelReport({ appId: funnel.appId, steps: funnel.steps, ...range }) : [],
    canEdit ? appEventNames(funnel.appId) : [],
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{funnel.name}</h1>
        <p className="text-sm text-muted-foreground">
          <Link className="underline underline-offset-4" href={`/analytics/apps/${funnel.appId}`}>
            {funnel.appName}
          </Link>{" "}
          · step 1 from {range.from.toISOString().slice(0, 10)} to {range.to.toISOString().slice(0, 10)} · conversion window {range.windowDays} days
        </p>
      </div>
        <div className="flex gap-2">
          {canEdit && (
            <FunnelBuilder
              appId={funnel.appId}
              eventNames={eventNames}
              funnel={{ id: funnel.id, version: funnel.version, name: funnel.name, steps: funnel.steps.map((s) => s.event) }}
            />
          )}
          {can(staff.role, "funnel", "delete") && <DeleteFunnelButton id={funnel.id} name={funnel.name} appId={funnel.appId} />}
        </div>
      </div>
      <form className="flex flex-wrap items-end gap-3 text-sm" method="get">
        <label className="flex flex-col gap-1">
          From <input className="h-9 rounded-md border bg-background px-2" type="date" name="from" defaultValue={range.from.toISOString().slice(0, 10)} />
        </label>
        <label className="flex flex-col gap-1">
          To <input className="h-9 rounded-md border bg-background px-2" type="date" name="to" defaultValue={range.to.toISOString().slice(0, 10)} />
        </label>
        <label className="flex flex-col gap-1">
          Window (days) <input className="h-9 w-24 rounded-md border bg-background px-2" type="number" min={1} max={90} name="window" defaultValue={range.windowDays} />
        </label>
        <button className="h-9 rounded-md border px-3" type="submit">
          Apply
        </button>
      </form>
      <BarChart title="Visitors per step" data={report.map((r) => ({ label: `${r.step}. ${r.event}`, value: r.visitors }))} categoryLabel="Step" valueLabel="Visitors" />
      <Table aria-label="Funnel steps">
        <TableHeader>
          <TableRow>
            <TableHead>Step</TableHead>
            <TableHead>Event</TableHead>
            <TableHead className="text-right">Visitors</TableHead>
            <TableHead className="text-right">Conversion</TableHead>
            <TableHead className="text-right">From previous</TableHead>
            <TableHead className="text-right">Drop-off</TableHead>
            <TableHead className="text-right">Median time from previous</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.map((r) => (
            <TableRow key={r.step}>
              <TableCell>{r.step}</TableCell>
              <TableCell>{r.event}</TableCell>
              <TableCell className="text-right tabular-nums">{r.visitors.toLocaleString("en-US")}</TableCell>
              <TableCell className="text-right tabular-nums" data-testid={`conversion-${r.step}`}>
                {percent(r.conversion)}
              </TableCell>
              <TableCell className="text-right tabular-nums">{percent(r.stepConversion)}</TableCell>
              <TableCell className="text-right tabular-nums">{r.dropOff.toLocaleString("en-US")}</TableCell>
              <TableCell className="text-right tabular-nums">{formatDuration(r.medianSeconds)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
