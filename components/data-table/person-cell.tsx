import { RecordLink } from "@/components/records/record-link";

type PersonCellProps = {
  /** The user id: the name links to their page (omit it for no link). */
  id?: string;
  /** Which of their pages: the user page, or e.g. "aiUser" for their AI month (lib/records/routes.ts). */
  resource?: string;
  name: string;
  email: string;
};

/** A person in a grid cell: the name (linking to their page) over the email. */
export function PersonCell({ id, resource = "user", name, email }: PersonCellProps) {
  return (
    <span className="grid">
      {id ? (
        <RecordLink resource={resource} id={id}>
          {name}
        </RecordLink>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
