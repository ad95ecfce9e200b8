import type { ReactNode } from "react";

type PageHeaderProps = {
  /** The page's one h1. */
  title: ReactNode;
  /** Next to the title, e.g. status badges. */
  badges?: ReactNode;
  /** A line under the title. */
  description?: ReactNode;
  /** On the right: the page's buttons (New…, Edit, Delete) or a date range picker. */
  actions?: ReactNode;
};

/** The top of a console page: title (h1), optional badges and description, and the page's actions. */
export function PageHeader({ title, badges, description, actions }: PageHeaderProps) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {badges}
        </div>
        {description && <div className="text-sm text-muted-foreground">{description}</div>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
