"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { contactsGrid } from "@/lib/crm/contacts/grid";
import type { ContactListRow } from "@/lib/crm/contacts/queries";
import type { GridPage } from "@/lib/data-table/result";
import { formatDate } from "@/lib/format";
import { ContactActions } from "./contact-actions";
import { RecordLink } from "@/components/records/record-link";
import { CompanyCell } from "../company-cell";

const column = gridColumnHelper<ContactListRow>();

// Ids match contactsGrid (lib/crm/contacts/grid.ts); headers come from there too.
const contactColumns = column.columns([
  column.accessor("name", { cell: (info) => info.getValue() ?? <span className="text-muted-foreground">—</span> }),
  column.accessor("email", {}),
  column.accessor("companyName", {
    id: "company",
    cell: ({ row }) => <CompanyCell id={row.original.companyId} name={row.original.companyName} />,
  }),
  column.accessor("ownerName", { id: "owner", cell: (info) => <RecordLink resource="user" id={info.row.original.ownerId}>{info.getValue()}</RecordLink> }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);

type Props = {
  result: GridPage<ContactListRow>;
  canEdit: boolean;
  canDelete: boolean;
  exportHref?: string;
  /** The grid under other URL keys, e.g. a company's contacts on its page. */
  spec?: typeof contactsGrid;
  label?: string;
};

export function ContactsTable({ result, canEdit, canDelete, exportHref, spec = contactsGrid, label = "Contacts" }: Props) {
  const columns =
    canEdit || canDelete
      ? [...contactColumns, column.display({ id: "actions", header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => <ContactActions contact={row.original} canEdit={canEdit} canDelete={canDelete} /> })]
      : contactColumns;
  return <DataTable label={label} spec={spec} columns={columns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
