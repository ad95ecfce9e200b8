import { Badge } from "@/components/ui/badge";
import { subscriptionStatusBadges, subscriptionStatusLabels, type SubscriptionStatus } from "@/lib/db/schema/saas-values";

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus | null }) {
  if (!status) return <span className="text-muted-foreground">No subscription</span>;
  return <Badge variant={subscriptionStatusBadges[status]}>{subscriptionStatusLabels[status]}</Badge>;
}
