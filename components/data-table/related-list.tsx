// A related list on a detail page: a titled section around a kit grid scoped to the page's record
// (a user's sessions, an organization's members). The grid inside keeps its own URL keys (urlPrefix).
import { useId, type ReactNode } from "react";

type RelatedListProps = {
  title: string;
  /** One line under the title, e.g. the row count. */
  description?: ReactNode;
  /** Buttons next to the title, e.g. "Revoke all" or "Add member". */
  actions?: ReactNode;
  children: ReactNode;
};

export function RelatedList({ title, description, actions, children }: RelatedListProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-xl border bg-card p-6 text-card-foreground shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 id={headingId} className="leading-none font-semibold">
            {title}
          </h2>
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
