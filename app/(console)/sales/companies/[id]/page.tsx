import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { companyTimeline } from "@/lib/crm/activities/queries";
import { getCompany } from "@/lib/crm/companies/queries";
import { contactsOfCompany } from "@/lib/crm/contacts/queries";
import { dealsOfCompany } from "@/lib/crm/deals/queries";
import { salesPaths } from "@/lib/crm/paths";
import { loadGridState } from "@/lib/data-table/search-params";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { ActivitiesTable } from "../../activities/activities-table";
import { StageBadge } from "../../stage-badge";
import { CompanyFormButton } from "../company-form-button";
import { RecordLink } from "@/components/records/record-link";

export const metadata: Metadata = { title: "Company" };

const relatedLimit = 10;

export default async function CompanyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("company", "read");
  const { id } = await params;
  const company = await getCompany(id);
  if (!company) notFound();
  const [contactRows, dealRows, timeline] = await Promise.all([
    contactsOfCompany(company.id, relatedLimit),
    dealsOfCompany(company.id, relatedLimit),
    companyTimeline(company.id, loadGridState(activitiesGrid, await searchParams)),
  ]);
  const filtered = (path: string) => `${path}?company=${encodeURIComponent(company.name)}`;

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{company.name}</h1>
          <p className="text-sm text-muted-foreground">
            {company.domain ?? "No domain"} · {formatNumber(company.contactCount)} contacts · open deals {formatCents(company.openValueCents)} · since {formatDate(company.createdAt)}
          </p>
        </div>
        {can(staff.role, "company", "update") && <CompanyFormButton company={company} />}
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Contacts</CardTitle>
          </CardHeader>
          <CardContent>
            {contactRows.length === 0 ? (
              <p className="text-sm text-muted-foreground">No contacts at this company.</p>
            ) : (
              <Table aria-label="Contacts">
                <TableHeader>
                  <TableRow>
                    <TableHead>Name</TableHead>
                    <TableHead>Email</TableHead>
                    <TableHead>Owner</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {contactRows.map((contact) => (
                    <TableRow key={contact.id}>
                      <TableCell>{contact.name ?? "—"}</TableCell>
                      <TableCell>{contact.email}</TableCell>
                      <TableCell>
                        <RecordLink resource="user" id={contact.ownerId}>{contact.ownerName}</RecordLink>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {company.contactCount > contactRows.length && (
              <Link href={filtered(salesPaths.contacts)} className="mt-2 inline-block text-sm underline underline-offset-4">
                All {formatNumber(company.contactCount)} contacts
              </Link>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Deals</CardTitle>
          </CardHeader>
          <CardContent>
            {dealRows.length === 0 ? (
              <p className="text-sm text-muted-foreground">No deals with this company’s contacts.</p>
            ) : (
              <Table aria-label="Deals">
                <TableHeader>
                  <TableRow>
                    <TableHead>Title</TableHead>
                    <TableHead>Stage</TableHead>
                    <TableHead className="text-right">Amount</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {dealRows.map((deal) => (
                    <TableRow key={deal.id}>
                      <TableCell>
                        <Link href={salesPaths.deal(deal.id)} className="underline-offset-4 hover:underline">
                          {deal.title}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <StageBadge stage={deal.stage} />
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{formatCents(deal.amountCents)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {dealRows.length === relatedLimit && (
              <Link href={filtered(salesPaths.deals)} className="mt-2 inline-block text-sm underline underline-offset-4">
                All deals of {company.name}
              </Link>
            )}
          </CardContent>
        </Card>
      </div>

      <section aria-labelledby="company-timeline" className="space-y-3">
        <h2 id="company-timeline" className="text-lg font-semibold">Activity timeline across its deals</h2>
        <ActivitiesTable result={timeline} label="Company activity timeline" />
      </section>
    </div>
  );
}
