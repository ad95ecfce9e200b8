import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { contactsGrid } from "@/lib/crm/contacts/grid";
import { listContacts } from "@/lib/crm/contacts/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { NewContactButton } from "./contact-actions";
import { ContactsTable } from "./contacts-table";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("contact", "read");
  const result = await listContacts(loadGridState(contactsGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Contacts</h1>
        {can(staff.role, "contact", "create") && <NewContactButton />}
      </div>
      <ContactsTable
        result={result}
        canEdit={can(staff.role, "contact", "update")}
        canDelete={can(staff.role, "contact", "delete")}
        exportHref={can(staff.role, "contact", "export") ? "/api/export/contacts" : undefined}
      />
    </div>
  );
}
