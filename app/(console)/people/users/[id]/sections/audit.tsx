import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { auditOfUser } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format";

/** What staff did to this person: bans, role changes, revoked sessions, progress resets. */
export async function AuditSection({ userId }: { userId: string }) {
  const rows = await auditOfUser(userId);
  return (
    <RelatedList title="Staff actions" description="What staff did to this account, newest first.">
      <CompactTable
        label="Staff actions on this account"
        rows={rows}
        rowKey={(row) => String(row.id)}
        empty="No staff action on this account yet."
        more={rows.length > 0 ? { href: `/audit?q=${encodeURIComponent(userId)}`, label: "Open in the audit log" } : undefined}
        columns={[
          { header: "When", cell: (row) => formatDateTime(row.createdAt) },
          { header: "Who", cell: (row) => row.actorEmail },
          { header: "What", cell: (row) => `${row.resource} ${row.action}` },
        ]}
      />
    </RelatedList>
  );
}
