import Link from "next/link";

/** A user as name over email, linking to their AI month (burn against budget). */
export function UserCell({ id, name, email }: { id: string; name: string; email: string }) {
  return (
    <span className="grid">
      <Link href={`/ai/users/${encodeURIComponent(id)}`} className="underline-offset-4 hover:underline">
        {name}
      </Link>
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
