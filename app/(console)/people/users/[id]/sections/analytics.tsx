import Link from "next/link";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { appsOfOwner } from "@/lib/analytics/apps/queries";
import { formatDate, formatNumber } from "@/lib/format";

/** The tracked apps the person owns, with their events of the last 7 days. */
export async function AnalyticsSection({ userId }: { userId: string }) {
  const apps = await appsOfOwner(userId);
  return (
    <RelatedList title="Analytics" description={`Owns ${apps.length} tracked ${apps.length === 1 ? "app" : "apps"}.`}>
      <CompactTable
        label="Tracked apps"
        rows={apps}
        rowKey={(app) => app.id}
        empty="Owns no tracked apps."
        columns={[
          { header: "App", cell: (app) => <Link href={`/analytics/apps/${app.id}`} className="underline-offset-4 hover:underline">{app.name}</Link> },
          { header: "Events, last 7 days", cell: (app) => formatNumber(app.events7d), numeric: true },
          { header: "Created", cell: (app) => formatDate(app.createdAt) },
        ]}
      />
    </RelatedList>
  );
}
