"use client";

import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { cancelSubscription } from "@/lib/billing/subscriptions/actions";

export function CancelSubscriptionButton({ id, organizationName }: { id: string; organizationName: string }) {
  return (
    <ConfirmActionButton
      run={() => cancelSubscription({ id })}
      trigger="Cancel subscription"
      title={`Cancel ${organizationName}'s subscription?`}
      description="Its status becomes canceled. A new Polar subscription for this organization would then take over the row."
      confirmLabel="Cancel subscription"
      successMessage="Subscription canceled."
      destructive
    />
  );
}
