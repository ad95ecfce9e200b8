import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

/**
 * One headline figure of an overview, named for assistive technology by its label. With `href`
 * (the grid it counts, filtered to match) the whole card is a link there.
 */
export function StatCard({ label, value, detail, href }: { label: string; value: string; detail?: ReactNode; href?: string }) {
  return (
    <Card role="region" aria-label={label} className="relative gap-2 has-[a:hover]:bg-accent/40">
      <CardHeader>
        <CardDescription>{label}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-1">
        <p className="text-3xl font-semibold tabular-nums" data-slot="stat-value">
          {href ? (
            <Link href={href} className="after:absolute after:inset-0 after:rounded-xl" aria-label={`${label}: ${value}`}>
              {value}
            </Link>
          ) : (
            value
          )}
        </p>
        {detail && <p className="text-sm text-muted-foreground">{detail}</p>}
      </CardContent>
    </Card>
  );
}
