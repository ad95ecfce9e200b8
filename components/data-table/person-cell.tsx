import Link from "next/link";

type PersonCellProps = {
  /** The user id: the name links to /people/users/<id> (omit it for no link). */
  id?: string;
  name: string;
  email: string;
};

/** A person in a grid cell: the name (linking to their user page) over the email. */
export function PersonCell({ id, name, email }: PersonCellProps) {
  return (
    <span className="grid">
      {id ? (
        <Link href={`/people/users/${encodeURIComponent(id)}`} className="w-fit underline-offset-4 hover:underline">
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
