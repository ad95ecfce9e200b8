import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

/** One headline figure of an overview, named for assistive technology by its label. */
export function StatCard({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <Card role="region" aria-label={label} className="gap-2">
      <CardHeader>
        <CardDescription>{label}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-1">
        <p className="text-3xl font-semibold tabular-nums" data-slot="stat-value">
          {value}
        </p>
        {detail && <p className="text-sm text-muted-foreground">{detail}</p>}
      </CardContent>
    </Card>
  );
}
