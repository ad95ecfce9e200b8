import { RecordLink } from "@/components/records/record-link";

/** A user as name over email, linking to their AI month (burn against budget). */
export function UserCell({ id, name, email }: { id: string; name: string; email: string }) {
  return (
    <span className="grid">
      <RecordLink resource="aiUser" id={id}>
        {name}
      </RecordLink>
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
