import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OverBudgetUser } from "@/lib/ai/spend/queries";
import { formatValue } from "@/lib/format";

/** Users past their monthly token budget this month, most over first; each opens their burn view. */
export function OverBudgetList({ count, users }: { count: number; users: OverBudgetUser[] }) {
  return (
    <Card role="group" aria-labelledby="over-budget-title">
      <CardHeader>
        <CardTitle>
          <h2 id="over-budget-title">Users over budget this month</h2>
        </CardTitle>
        <CardDescription>
          {count === 0 ? "Nobody is over their budget." : `${formatValue(count, "count")} ${count === 1 ? "user" : "users"}`}{" "}
          {count > 0 && (
            <Link href="/ai/profiles?budgetUse=over" className="underline underline-offset-4">
              See them all
            </Link>
          )}
        </CardDescription>
      </CardHeader>
      {users.length > 0 && (
        <CardContent>
          <ul className="grid gap-2">
            {users.map((user) => (
              <li key={user.userId} className="flex items-baseline justify-between gap-4 text-sm">
                <Link href={`/ai/users/${encodeURIComponent(user.userId)}`} className="truncate underline-offset-4 hover:underline">
                  {user.name}
                </Link>
                <span className="shrink-0 text-muted-foreground tabular-nums">
                  {formatValue(user.tokens, "count")} of {formatValue(user.budget, "count")} · {formatValue(user.share, "percent")}
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      )}
    </Card>
  );
}
