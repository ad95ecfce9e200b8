import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { RelatedList } from "@/components/data-table/related-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { organizationMembersGrid } from "@/lib/billing/members/grid";
import { listOrganizationMembers } from "@/lib/billing/members/queries";
import { creditsInPeriod, dailyCredits, organizationAudit, usageByApiKey } from "@/lib/billing/organizations/detail";
import { getOrganization } from "@/lib/billing/organizations/queries";
import { planChoices } from "@/lib/billing/plans/queries";
import { polarOwnedMessage } from "@/lib/billing/subscriptions/schemas";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { toIsoDay } from "@/lib/dates";
import { formatCents, formatDate, formatDateTime, formatNumber } from "@/lib/format";
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
  const [members, used, daily, keys, audit, plans] = await Promise.all([
    can(role, "membership", "read") ? listOrganizationMembers(id, loadGridState(organizationMembersGrid, await searchParams)) : null,
    creditsInPeriod(id, period),
    dailyCredits(id, previousStart, period),
    usageByApiKey(id, period),
    can(role, "audit", "read") ? organizationAudit(id) : null,
    can(role, "subscription", "create") ? planChoices() : [],
  ]);
  const manual = subscription?.id && !subscription.polarSubscriptionId;
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
                    subscription={{ id: subscription.id!, planId: subscription.planId!, status: subscription.status!, currentPeriodEnd: subscription.currentPeriodEnd ? toIsoDay(subscription.currentPeriodEnd) : null }}
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
        {keys.length === 0 ? (
          <p className="text-sm text-muted-foreground">No usage this period.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>API key</TableHead>
                <TableHead className="text-right">Calls</TableHead>
                <TableHead className="text-right">Credits</TableHead>
                <TableHead>Last used</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.apiKeyId ?? "none"}>
                  <TableCell>{key.apiKeyId ? <code className="text-xs">{key.apiKeyId}</code> : <span className="text-muted-foreground">No key (organization-level)</span>}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(key.calls)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(key.credits)}</TableCell>
                  <TableCell>{formatDateTime(key.lastUsedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </RelatedList>

      {audit && (
        <RelatedList title="History" description="The latest changes to this organization, its members and its subscription">
          {audit.length === 0 ? (
            <p className="text-sm text-muted-foreground">No changes recorded.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {audit.map((entry) => (
                <li key={entry.id} className="flex flex-wrap gap-x-2">
                  <time dateTime={entry.createdAt.toISOString()} className="text-muted-foreground tabular-nums">
                    {formatDateTime(entry.createdAt)}
                  </time>
                  <span>
                    {entry.actorEmail} — {entry.action} {entry.resource}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </RelatedList>
      )}
    </div>
  );
}
