import { formatNumber, formatPercent } from "@/lib/format";
import { cn } from "@/lib/utils";

/** Credits used against the plan's monthly credits: a bar (red past the quota) and the figures. */
export function CreditsBar({ used, quota, className }: { used: number; quota: number | null; className?: string }) {
  if (!quota) return <span className="tabular-nums">{formatNumber(used)}</span>;
  const share = used / quota;
  const label = `${formatNumber(used)} of ${formatNumber(quota)} credits (${formatPercent(share)})`;
  return (
    <div className={cn("grid min-w-36 gap-1", className)} title={label}>
      <div role="meter" aria-label="Credits used" aria-valuemin={0} aria-valuemax={quota} aria-valuenow={used} aria-valuetext={label} className="h-1.5 overflow-hidden rounded-full bg-muted">
        <div className={cn("h-full rounded-full", share > 1 ? "bg-destructive" : share > 0.8 ? "bg-warning" : "bg-primary")} style={{ width: `${Math.min(share, 1) * 100}%` }} />
      </div>
      <span className="text-xs tabular-nums text-muted-foreground">
        {formatNumber(used)} / {formatNumber(quota)}
      </span>
    </div>
  );
}
