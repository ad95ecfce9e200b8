import { Badge } from "@/components/ui/badge";
import { activityTypeBadges, activityTypeLabels, dealStageBadges, dealStageLabels, type ActivityType, type DealStage } from "@/lib/db/schema/crm-values";

export function StageBadge({ stage }: { stage: DealStage }) {
  return <Badge variant={dealStageBadges[stage]}>{dealStageLabels[stage]}</Badge>;
}

export function ActivityTypeBadge({ type }: { type: ActivityType }) {
  return <Badge variant={activityTypeBadges[type]}>{activityTypeLabels[type]}</Badge>;
}
