import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

type StatCardProps = {
  /** Names the figure, on screen and for assistive technology. */
  label: ReactNode;
  /** The figure, already formatted (lib/format.ts). */
  value: string;
  /** A line under the figure, e.g. how it splits up. */
  detail?: ReactNode;
  /** The full-precision figure on hover, when `value` is compact ("1.2M"). */
  title?: string;
};

/** One headline figure (overviews, a record's counts), a region named by its label. */
export function StatCard({ label, value, detail, title }: StatCardProps) {
  return (
    <Card role="region" aria-label={typeof label === "string" ? label : undefined} className="gap-2">
      <CardHeader>
        <CardDescription>{label}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-1">
        <p className="text-3xl font-semibold tabular-nums" data-slot="stat-value" title={title}>
          {value}
        </p>
        {detail && <p className="text-sm text-muted-foreground">{detail}</p>}
      </CardContent>
    </Card>
  );
}
