import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { dealTimeline } from "@/lib/crm/activities/queries";
import { getDeal } from "@/lib/crm/deals/queries";
import { salesPaths } from "@/lib/crm/paths";
import { pipelineOptions } from "@/lib/crm/pipelines/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { formatCents, formatDate } from "@/lib/format";
import { ActivitiesTable } from "../../activities/activities-table";
import { StageBadge } from "../../stage-badge";
import { DealFormButton } from "../deal-form-button";
import { DeleteDealButton } from "./delete-deal-button";
import { LogActivityForm } from "./log-activity-form";
import { RecordLink } from "@/components/records/record-link";

export const metadata: Metadata = { title: "Deal" };

export default async function DealPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("deal", "read");
  const { id } = await params;
  const deal = await getDeal(id);
  if (!deal) notFound();
  const mayEdit = can(staff.role, "deal", "update");
  const [timeline, pipelines] = await Promise.all([dealTimeline(deal.id, loadGridState(activitiesGrid, await searchParams)), mayEdit ? pipelineOptions() : []]);
  const facts = [
    ["Amount", formatCents(deal.amountCents)],
    ["Close date", formatDate(deal.closeDate)],
    ["Owner", <RecordLink key="owner" resource="user" id={deal.ownerId}>{deal.ownerName}</RecordLink>],
    ["Created", formatDate(deal.createdAt)],
  ] as const;

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">{deal.title}</h1>
            <StageBadge stage={deal.stage} />
          </div>
          <p className="text-sm text-muted-foreground">
            {deal.contactName}
            {deal.companyId && (
              <>
                {" at "}
                <Link href={salesPaths.company(deal.companyId)} className="underline-offset-4 hover:underline">
                  {deal.companyName}
                </Link>
              </>
            )}{" "}
            · <Link href={salesPaths.board(deal.pipelineId)} className="underline-offset-4 hover:underline">{deal.pipelineName}</Link> pipeline
          </p>
        </div>
        <div className="flex gap-2">
          {mayEdit && <DealFormButton deal={deal} pipelines={pipelines} />}
          {can(staff.role, "deal", "delete") && <DeleteDealButton id={deal.id} title={deal.title} />}
        </div>
      </div>
      <Card>
        <CardContent>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-muted-foreground">{label}</dt>
                <dd className="font-medium tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="timeline-heading" className="min-w-0 space-y-3">
          <h2 id="timeline-heading" className="text-lg font-semibold">Activity timeline</h2>
          <ActivitiesTable result={timeline} label="Activity timeline" />
        </section>
        {can(staff.role, "activity", "create") && (
          <Card>
            <CardHeader>
              <CardTitle>Log activity</CardTitle>
            </CardHeader>
            <CardContent>
              <LogActivityForm dealId={deal.id} />
            </CardContent>
          </Card>
        )}
      </div>
    </div>
  );
}
