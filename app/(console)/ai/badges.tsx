import { Badge } from "@/components/ui/badge";
import { budgetStateBadges, budgetStateLabels, callStatusBadges, callStatusLabels, type BudgetState, type CallStatus } from "@/lib/db/schema/ai-values";

export function CallStatusBadge({ status, inFlight }: { status: CallStatus; inFlight?: boolean }) {
  if (inFlight) return <Badge variant="outline">In flight</Badge>;
  return <Badge variant={callStatusBadges[status]}>{callStatusLabels[status]}</Badge>;
}

export function BudgetBadge({ state }: { state: BudgetState }) {
  return <Badge variant={budgetStateBadges[state]}>{budgetStateLabels[state]}</Badge>;
}
