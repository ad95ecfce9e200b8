import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { salesOverview } from "@/lib/crm/overview/queries";
import { salesPaths } from "@/lib/crm/paths";
import { dealStageLabels, openDealStages } from "@/lib/db/schema/crm-values";
import { formatCents, formatNumber, formatPercent } from "@/lib/format";
import { StageBadge } from "./stage-badge";

export const metadata: Metadata = { title: "Sales overview" };

export default async function SalesOverviewPage() {
  await requirePermission("deal", "read");
  const { byStage, wins, closing, owners, stale } = await salesOverview();
  const stageFigures = openDealStages.map((stage) => byStage.find((row) => row.stage === stage) ?? { stage, count: 0, totalCents: 0 });
  const openTotal = stageFigures.reduce((sum, row) => sum + row.totalCents, 0);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sales overview</h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <CardHeader>
            <CardDescription>Open pipeline value</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{formatCents(openTotal)}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-1 text-sm">
            {stageFigures.map((row) => (
              <p key={row.stage} className="flex justify-between gap-2">
                <span>
                  {dealStageLabels[row.stage]} ({formatNumber(row.count)})
                </span>
                <span className="tabular-nums">{formatCents(row.totalCents)}</span>
              </p>
            ))}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Win rate, last {wins.days} days</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{wins.rate === null ? "—" : formatPercent(wins.rate)}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">
            {formatNumber(wins.won)} won of {formatNumber(wins.closed)} closed
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Closing this month</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{formatNumber(closing.count)}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">open deals worth {formatCents(closing.totalCents)}</CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Stale deals</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{formatNumber(stale.count)}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">open, no activity for {stale.days} days</CardContent>
        </Card>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Won per owner, last {wins.days} days</CardTitle>
          </CardHeader>
          <CardContent>
            {owners.length === 0 ? (
              <p className="text-sm text-muted-foreground">No deals won in this period.</p>
            ) : (
              <Table aria-label="Won per owner">
                <TableHeader>
                  <TableRow>
                    <TableHead>Owner</TableHead>
                    <TableHead className="text-right">Deals</TableHead>
                    <TableHead className="text-right">Won</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {owners.map((row) => (
                    <TableRow key={row.ownerId}>
                      <TableCell>{row.ownerName}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(row.count)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatCents(row.totalCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Biggest stale deals</CardTitle>
            <CardDescription>Open, with nothing logged for {stale.days} days.</CardDescription>
          </CardHeader>
          <CardContent>
            {stale.deals.length === 0 ? (
              <p className="text-sm text-muted-foreground">Every open deal had activity recently.</p>
            ) : (
              <Table aria-label="Stale deals">
                <TableHeader>
                  <TableRow>
                    <TableHead>Deal</TableHead>
                    <TableHead>Stage</TableHead>
                    <TableHead>Owner</TableHead>
                    <TableHead className="text-right">Amount</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {stale.deals.map((deal) => (
                    <TableRow key={deal.id}>
                      <TableCell>
                        <Link href={salesPaths.deal(deal.id)} className="underline-offset-4 hover:underline">
                          {deal.title}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <StageBadge stage={deal.stage} />
                      </TableCell>
                      <TableCell>{deal.ownerName}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatCents(deal.amountCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
