"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";

export type EditablePlan = { id: string; name: string; slug: string; priceCents: number; monthlyCredits: number; polarProductId: string | null };

const LazyPlanForm = lazyDialog<{ plan?: EditablePlan }>(() => import("./plan-form"));

export function PlanSheet({ plan }: { plan?: EditablePlan }) {
  return (
    <LazyPlanForm
      plan={plan}
      button={{
        variant: plan ? "ghost" : "default",
        size: plan ? "sm" : "default",
        "aria-label": plan ? `Edit the ${plan.name} plan` : undefined,
        children: plan ? (
          <>
            <PencilIcon aria-hidden /> Edit
          </>
        ) : (
          <>
            <PlusIcon aria-hidden /> New plan
          </>
        ),
      }}
    />
  );
}
