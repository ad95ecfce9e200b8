import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { RelatedList } from "@/components/data-table/related-list";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { companyTimeline } from "@/lib/crm/activities/queries";
import { getCompany } from "@/lib/crm/companies/queries";
import { companyContactsGrid } from "@/lib/crm/contacts/grid";
import { listCompanyContacts } from "@/lib/crm/contacts/queries";
import { companyDealsGrid } from "@/lib/crm/deals/grid";
import { listCompanyDeals } from "@/lib/crm/deals/queries";
import { salesPaths } from "@/lib/crm/paths";
import { pipelineOptions } from "@/lib/crm/pipelines/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { ActivitiesTable } from "../../activities/activities-table";
import { ContactsTable } from "../../contacts/contacts-table";
import { DealsTable } from "../../deals/deals-table";
import { CompanyFormButton } from "../company-form-button";

export const metadata: Metadata = { title: "Company" };

export default async function CompanyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("company", "read");
  const { id } = await params;
  const company = await getCompany(id);
  if (!company) notFound();
  const query = await searchParams;
  const [contacts, companyDeals, timeline, pipelines] = await Promise.all([
    listCompanyContacts(company.id, loadGridState(companyContactsGrid, query)),
    listCompanyDeals(company.id, loadGridState(companyDealsGrid, query)),
    companyTimeline(company.id, loadGridState(activitiesGrid, query)),
    pipelineOptions(),
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

      <RelatedList
        title="Contacts"
        description={`${formatNumber(contacts.total.count)} at this company`}
        actions={<Link href={filtered(salesPaths.contacts)} className="text-sm underline underline-offset-4">Open in Contacts</Link>}
      >
        <ContactsTable result={contacts} spec={companyContactsGrid} label={`Contacts of ${company.name}`} canEdit={can(staff.role, "contact", "update")} canDelete={can(staff.role, "contact", "delete")} />
      </RelatedList>
      <RelatedList
        title="Deals"
        description="With this company’s contacts"
        actions={<Link href={filtered(salesPaths.deals)} className="text-sm underline underline-offset-4">Open in Deals</Link>}
      >
        <DealsTable result={companyDeals} pipelines={pipelines} spec={companyDealsGrid} label={`Deals of ${company.name}`} />
      </RelatedList>

      <section aria-labelledby="company-timeline" className="space-y-3">
        <h2 id="company-timeline" className="text-lg font-semibold">Activity timeline across its deals</h2>
        <ActivitiesTable result={timeline} label="Company activity timeline" />
      </section>
    </div>
  );
}
