import { RecordLink } from "@/components/records/record-link";

type PersonCellProps = {
  /** The user id: the name links to the user's page (omit it for no link). */
  id?: string;
  name: string;
  email: string;
};

/** A person in a grid cell: the name (linking to their user page) over the email. */
export function PersonCell({ id, name, email }: PersonCellProps) {
  return (
    <span className="grid">
      {id ? (
        <RecordLink resource="user" id={id}>
          {name}
        </RecordLink>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
