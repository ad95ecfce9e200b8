import Link from "next/link";
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
  /** The grid it counts, filtered to match: the whole card is a link there. */
  href?: string;
};

/** One headline figure (overviews, a record's counts), a region named by its label. */
export function StatCard({ label, value, detail, title, href }: StatCardProps) {
  const name = typeof label === "string" ? label : undefined;
  return (
    <Card role="region" aria-label={name} className="relative gap-2 has-[a:hover]:bg-accent/40">
      <CardHeader>
        <CardDescription>{label}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-1">
        <p className="text-3xl font-semibold tabular-nums" data-slot="stat-value" title={title}>
          {href ? (
            <Link href={href} className="after:absolute after:inset-0 after:rounded-xl" aria-label={name ? `${name}: ${value}` : undefined}>
              {value}
            </Link>
          ) : (
            value
          )}
        </p>
        {/* A link in the detail sits above the card's own link. */}
        {detail && <div className="relative text-sm text-muted-foreground [&_a]:z-10">{detail}</div>}
      </CardContent>
    </Card>
  );
}
