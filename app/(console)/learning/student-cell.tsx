/** A learner as name over email, for the learning grids' cells. */
export function StudentCell({ name, email }: { name: string; email: string }) {
  return (
    <span className="grid">
      <span>{name}</span>
      <span className="text-xs text-muted-foreground">{email}</span>
    </span>
  );
}
