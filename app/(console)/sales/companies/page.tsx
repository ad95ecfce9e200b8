import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { companiesGrid } from "@/lib/crm/companies/grid";
import { listCompanies } from "@/lib/crm/companies/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { CompaniesTable } from "./companies-table";
import { CompanyFormButton } from "./company-form-button";

export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("company", "read");
  const result = await listCompanies(loadGridState(companiesGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Companies</h1>
        {can(staff.role, "company", "create") && <CompanyFormButton />}
      </div>
      <CompaniesTable result={result} exportHref={can(staff.role, "company", "export") ? "/api/export/companies" : undefined} />
    </div>
  );
}
