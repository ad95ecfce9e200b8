// The CRM tables' fixed value lists (CHECK constraints in crm.ts) with their labels and badge
// variants, as plain data: grids, boards and forms in the browser import them from here.
export const dealStages = ["lead", "qualified", "won", "lost"] as const;
export const activityTypes = ["call", "email", "note"] as const;
export type DealStage = (typeof dealStages)[number];
export type ActivityType = (typeof activityTypes)[number];

/** Stages a deal is still being worked in; won and lost are closed. */
export const openDealStages = ["lead", "qualified"] as const satisfies readonly DealStage[];
export const closedDealStages = ["won", "lost"] as const satisfies readonly DealStage[];

export const dealStageLabels: Record<DealStage, string> = { lead: "Lead", qualified: "Qualified", won: "Won", lost: "Lost" };
export const dealStageBadges = { lead: "secondary", qualified: "default", won: "success", lost: "outline" } as const satisfies Record<
  DealStage,
  string
>;

export const activityTypeLabels: Record<ActivityType, string> = { call: "Call", email: "Email", note: "Note" };
export const activityTypeBadges = { call: "default", email: "secondary", note: "outline" } as const satisfies Record<ActivityType, string>;

export const isClosedStage = (stage: DealStage) => (closedDealStages as readonly DealStage[]).includes(stage);
