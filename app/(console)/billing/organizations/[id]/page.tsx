import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { organizationMembersGrid } from "@/lib/billing/members/grid";
import { listOrganizationMembers } from "@/lib/billing/members/queries";
import { auditReferenceNames } from "@/lib/audit/references";
import { creditsInPeriod, dailyCredits, listOrganizationAudit, usageByApiKey } from "@/lib/billing/organizations/detail";
import { organizationAuditGrid } from "@/lib/billing/organizations/grid";
import { getOrganization } from "@/lib/billing/organizations/queries";
import { planChoices } from "@/lib/billing/plans/queries";
import { usageGrid } from "@/lib/billing/usage/grid";
import { polarOwnedMessage } from "@/lib/billing/subscriptions/schemas";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { gridQueryString, loadGridState } from "@/lib/data-table/search-params";
import { toIsoDay } from "@/lib/dates";
import { formatCents, formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { AuditTable } from "../../../audit/audit-table";
import { CreditsBar } from "../../credits-bar";
import { SubscriptionStatusBadge } from "../../subscription-status-badge";
import { CancelSubscriptionButton } from "../../subscriptions/cancel-subscription-button";
import { SubscriptionSheet } from "../../subscriptions/subscription-sheet";
import { OrganizationSheet } from "../organization-sheet";
import { AddMemberDialog } from "./add-member-dialog";
import { DeleteOrganizationButton } from "./delete-organization-button";
import { MembersTable } from "./members-table";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("organization", "read");
  const { id } = await params;
  const organization = await getOrganization(id);
  if (!organization) notFound();
  const role = staff.role;
  const { period, subscription, plan } = organization;
  const previousStart = new Date(period.start);
  previousStart.setUTCMonth(previousStart.getUTCMonth() - 1);
  // Each section reads only what the role may see.
  const query = await searchParams;
  const [members, used, daily, keys, audit, plans] = await Promise.all([
    can(role, "membership", "read") ? listOrganizationMembers(id, loadGridState(organizationMembersGrid, query)) : null,
    creditsInPeriod(id, period),
    dailyCredits(id, previousStart, period),
    usageByApiKey(id, period),
    can(role, "audit", "read") ? listOrganizationAudit(id, loadGridState(organizationAuditGrid, query)) : null,
    can(role, "subscription", "create") ? planChoices() : [],
  ]);
  const auditNames = audit ? await auditReferenceNames(staff, audit.rows) : {};
  const manual = subscription?.id && !subscription.polarSubscriptionId;
  // This period's rows in the Usage grid: the organization's, or one of its keys'.
  const periodDays = { from: toIsoDay(period.start), to: toIsoDay(new Date(period.end.getTime() - 1)) };
  const usageHref = (apiKey?: string) => `/billing/usage${gridQueryString(usageGrid, { organization: organization.slug, apiKey, time: periodDays })}`;
  const periodLabel = `${formatDate(period.start)} – ${formatDate(new Date(period.end.getTime() - 1))}`;

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">{organization.name}</h1>
            <SubscriptionStatusBadge status={subscription?.status ?? null} />
          </div>
          <p className="text-sm text-muted-foreground">
            <code>{organization.slug}</code> · created {formatDate(organization.createdAt)} · {organization.counts.memberships} members
          </p>
        </div>
        <div className="flex gap-2">
          {can(role, "organization", "update") && <OrganizationSheet organization={organization} />}
          {can(role, "organization", "delete") && <DeleteOrganizationButton id={organization.id} name={organization.name} counts={organization.counts} />}
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-label="Subscription" role="region">
          <CardHeader>
            <CardTitle>Subscription</CardTitle>
            <CardDescription>
              {!subscription?.id ? "No subscription." : subscription.polarSubscriptionId ? polarOwnedMessage : "Manual subscription (invoiced): managed here, never by Polar's webhook."}
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            {subscription?.id && plan?.id && (
              <dl className="grid grid-cols-2 gap-3 text-sm">
                <dt className="text-muted-foreground">Plan</dt>
                <dd>
                  {plan.name} · {formatCents(plan.priceCents)} / month
                </dd>
                <dt className="text-muted-foreground">Status</dt>
                <dd>
                  <SubscriptionStatusBadge status={subscription.status} />
                </dd>
                <dt className="text-muted-foreground">Period ends</dt>
                <dd>{formatDateTime(subscription.currentPeriodEnd)}</dd>
                <dt className="text-muted-foreground">Polar subscription</dt>
                <dd className="break-all">{subscription.polarSubscriptionId ? <code>{subscription.polarSubscriptionId}</code> : "—"}</dd>
                <dt className="text-muted-foreground">Polar product</dt>
                <dd className="break-all">{plan.polarProductId ? <code>{plan.polarProductId}</code> : "—"}</dd>
                <dt className="text-muted-foreground">Last Polar event</dt>
                <dd>{formatDateTime(subscription.polarEventAt)}</dd>
              </dl>
            )}
            <div className="flex flex-wrap gap-2">
              {!subscription?.id && can(role, "subscription", "create") && <SubscriptionSheet organizationId={organization.id} plans={plans} />}
              {manual && can(role, "subscription", "update") && (
                <>
                  <SubscriptionSheet
                    organizationId={organization.id}
                    plans={plans}
                    subscription={{ id: subscription.id!, version: subscription.version!, planId: subscription.planId!, status: subscription.status!, currentPeriodEnd: subscription.currentPeriodEnd ? toIsoDay(subscription.currentPeriodEnd) : null }}
                  />
                  {subscription.status !== "canceled" && <CancelSubscriptionButton id={subscription.id!} organizationName={organization.name} />}
                </>
              )}
            </div>
          </CardContent>
        </Card>

        <Card aria-label="Credits this period" role="region">
          <CardHeader>
            <CardTitle>Credits this period</CardTitle>
            <CardDescription>{periodLabel} (UTC)</CardDescription>
          </CardHeader>
          <CardContent className="space-y-2">
            <p className="text-3xl font-semibold tabular-nums">{formatNumber(used)}</p>
            <p className="text-sm text-muted-foreground">{plan?.monthlyCredits ? `of ${formatNumber(plan.monthlyCredits)} monthly credits on ${plan.name}` : "No plan quota"}</p>
            <CreditsBar used={used} quota={plan?.monthlyCredits ?? null} />
          </CardContent>
        </Card>
      </div>

      <TimeSeriesChart
        title="Credits per day"
        description={`The previous and the current period, from ${formatDate(previousStart)} (the current one starts ${formatDate(period.start)})`}
        data={daily}
        bucket="day"
        valueLabel="Credits"
      />

      {members && (
        <RelatedList
          title="Members"
          description={`${organization.counts.memberships} in total`}
          actions={can(role, "membership", "create") && <AddMemberDialog organizationId={organization.id} />}
        >
          <MembersTable result={members} canManage={can(role, "membership", "update") && can(role, "membership", "delete")} />
        </RelatedList>
      )}

      <RelatedList title="Usage by API key" description={`This period (${periodLabel})`}>
        <CompactTable
          label="Usage by API key"
          rows={keys}
          rowKey={(key) => key.apiKeyId ?? "none"}
          empty="No usage this period."
          more={keys.length > 0 ? { href: usageHref(), label: "Open in Usage" } : undefined}
          columns={[
            {
              header: "API key",
              cell: (key) =>
                key.apiKeyId ? (
                  <Link href={usageHref(key.apiKeyId)} className="underline-offset-4 hover:underline">
                    <code className="text-xs">{key.apiKeyId}</code>
                  </Link>
                ) : (
                  <span className="text-muted-foreground">No key (organization-level)</span>
                ),
            },
            { header: "Calls", cell: (key) => formatNumber(key.calls), numeric: true },
            { header: "Credits", cell: (key) => formatNumber(key.credits), numeric: true },
            { header: "Last used", cell: (key) => formatDateTime(key.lastUsedAt) },
          ]}
        />
      </RelatedList>

      {audit && (
        <RelatedList title="History" description="Changes to this organization, its members and its subscription, newest first">
          <AuditTable result={audit} names={auditNames} spec={organizationAuditGrid} label={`History of ${organization.name}`} />
        </RelatedList>
      )}
    </div>
  );
}
