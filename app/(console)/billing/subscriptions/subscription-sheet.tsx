"use client";

import { PencilIcon, PlusIcon } from "lucide-react";
import { lazyDialog } from "@/components/forms/lazy-dialog";
import type { SubscriptionStatus } from "@/lib/db/schema/saas-values";

export type PlanChoice = { value: string; label: string };
export type EditableSubscription = { id: string; planId: string; status: SubscriptionStatus; currentPeriodEnd: string | null };

type Props = { organizationId: string; plans: PlanChoice[]; subscription?: EditableSubscription };

const LazySubscriptionForm = lazyDialog<Props>(() => import("./subscription-form"));

/** A manual subscription: "Add a manual subscription" (none yet) or "Edit subscription". */
export function SubscriptionSheet(props: Props) {
  return (
    <LazySubscriptionForm
      {...props}
      button={{
        size: "sm",
        variant: props.subscription ? "outline" : "default",
        children: (
          <>
            {props.subscription ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />} {props.subscription ? "Edit subscription" : "Add a manual subscription"}
          </>
        ),
      }}
    />
  );
}
