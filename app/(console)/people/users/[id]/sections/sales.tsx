import Link from "next/link";
import { StageBadge } from "@/app/(console)/sales/stage-badge";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { activitiesOfActor } from "@/lib/crm/activities/queries";
import { contactsOfOwner } from "@/lib/crm/contacts/queries";
import { dealsOfOwner } from "@/lib/crm/deals/queries";
import { salesPaths } from "@/lib/crm/paths";
import { activityTypeLabels } from "@/lib/db/schema/crm-values";
import { formatCents, formatDate, formatDateTime, formatNumber } from "@/lib/format";

const linkClass = "underline-offset-4 hover:underline";
const countOf = (total: number, one: string, many: string) => `${formatNumber(total)} ${total === 1 ? one : many}`;

/** Deals the person owns (as a sales rep). */
export async function DealsSection({ user }: { user: { id: string; email: string } }) {
  const { total, rows } = await dealsOfOwner(user.id);
  return (
    <RelatedList title="Deals" description={`Owns ${countOf(total, "deal", "deals")}.`}>
      <CompactTable
        label="Deals owned"
        rows={rows}
        rowKey={(deal) => deal.id}
        empty="Owns no deals."
        more={total > rows.length ? { href: `${salesPaths.deals}?owner=${encodeURIComponent(user.email)}`, label: `See all ${formatNumber(total)}` } : undefined}
        columns={[
          { header: "Deal", cell: (deal) => <Link href={salesPaths.deal(deal.id)} className={linkClass}>{deal.title}</Link> },
          { header: "Contact", cell: (deal) => deal.contactName },
          { header: "Stage", cell: (deal) => <StageBadge stage={deal.stage} /> },
          { header: "Amount", cell: (deal) => formatCents(deal.amountCents), numeric: true },
        ]}
      />
    </RelatedList>
  );
}

/** Contacts the person owns. */
export async function ContactsSection({ user }: { user: { id: string; email: string } }) {
  const { total, rows } = await contactsOfOwner(user.id);
  return (
    <RelatedList title="Contacts" description={`Owns ${countOf(total, "contact", "contacts")}.`}>
      <CompactTable
        label="Contacts owned"
        rows={rows}
        rowKey={(contact) => contact.id}
        empty="Owns no contacts."
        more={total > rows.length ? { href: `${salesPaths.contacts}?owner=${encodeURIComponent(user.email)}`, label: `See all ${formatNumber(total)}` } : undefined}
        columns={[
          { header: "Contact", cell: (contact) => contact.name ?? contact.email },
          { header: "Email", cell: (contact) => contact.email },
          { header: "Company", cell: (contact) => (contact.companyId ? <Link href={salesPaths.company(contact.companyId)} className={linkClass}>{contact.companyName}</Link> : "—") },
          { header: "Added", cell: (contact) => formatDate(contact.createdAt) },
        ]}
      />
    </RelatedList>
  );
}

/** Activities the person logged on deals. */
export async function ActivitiesSection({ user }: { user: { id: string; email: string } }) {
  const rows = await activitiesOfActor(user.id);
  return (
    <RelatedList title="Activities logged" description="The latest calls, emails and notes they logged.">
      <CompactTable
        label="Activities logged"
        rows={rows}
        rowKey={(activity) => activity.id}
        empty="Logged no activities."
        more={rows.length > 0 ? { href: `${salesPaths.activities}?actor=${encodeURIComponent(user.email)}`, label: "See all" } : undefined}
        columns={[
          { header: "When", cell: (activity) => formatDateTime(activity.occurredAt) },
          { header: "Type", cell: (activity) => activityTypeLabels[activity.type] },
          { header: "Deal", cell: (activity) => <Link href={salesPaths.deal(activity.dealId)} className={linkClass}>{activity.dealTitle}</Link> },
          { header: "Note", cell: (activity) => <span className="line-clamp-1 max-w-xs">{activity.body ?? "—"}</span> },
        ]}
      />
    </RelatedList>
  );
}
