import Link from "next/link";

type PersonCellProps = {
  /** The user id: the name links to /people/users/<id> (omit it for no link). */
  id?: string;
  /** Where the name links instead of the user page (e.g. the person's AI month). */
  href?: string;
  name: string;
  email: string;
};

/** A person in a grid cell: the name (linking to their user page) over the email. */
export function PersonCell({ id, href, name, email }: PersonCellProps) {
  const target = href ?? (id && `/people/users/${encodeURIComponent(id)}`);
  return (
    <span className="grid">
      {target ? (
        <Link href={target} className="w-fit underline-offset-4 hover:underline">
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
