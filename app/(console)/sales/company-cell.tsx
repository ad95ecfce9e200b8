import { RecordLink } from "@/components/records/record-link";

/** A contact's or deal's company, linked; "No company" for a lead. */
export function CompanyCell({ id, name }: { id: string | null; name: string | null }) {
  if (!id) return <span className="text-muted-foreground">No company</span>;
  return (
    <RecordLink resource="company" id={id}>
      {name}
    </RecordLink>
  );
}
