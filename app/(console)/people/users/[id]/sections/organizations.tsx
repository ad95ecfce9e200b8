import Link from "next/link";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { SubscriptionStatusBadge } from "@/app/(console)/billing/subscription-status-badge";
import { organizationsOfUser, type UserOrganizationRow } from "@/lib/billing/members/queries";
import { memberRoleLabels } from "@/lib/db/schema/saas-values";
import { formatNumber } from "@/lib/format";

function credits(row: UserOrganizationRow) {
  if (row.monthlyCredits === null) return formatNumber(row.creditsUsed);
  return `${formatNumber(row.creditsUsed)} of ${formatNumber(row.monthlyCredits)}`;
}

/** The organizations the person belongs to: role, plan, subscription, credits this period vs quota. */
export async function OrganizationsSection({ userId }: { userId: string }) {
  const rows = await organizationsOfUser(userId);
  return (
    <RelatedList title="Organizations" description={`Member of ${rows.length} ${rows.length === 1 ? "organization" : "organizations"}.`}>
      <CompactTable
        label="Organizations"
        rows={rows}
        rowKey={(row) => row.organizationId}
        empty="Not a member of any organization."
        columns={[
          { header: "Organization", cell: (row) => <Link href={`/billing/organizations/${row.organizationId}`} className="underline-offset-4 hover:underline">{row.name}</Link> },
          { header: "Role", cell: (row) => memberRoleLabels[row.role] },
          { header: "Plan", cell: (row) => row.planName ?? "—" },
          { header: "Subscription", cell: (row) => <SubscriptionStatusBadge status={row.status} /> },
          { header: "Credits this period", cell: credits, numeric: true },
        ]}
      />
    </RelatedList>
  );
}
