"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteFunnel } from "@/lib/analytics/funnels/actions";

export function DeleteFunnelButton({ id, name, appId }: { id: string; name: string; appId: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      run={() => deleteFunnel({ id })}
      trigger={
        <>
          <Trash2Icon aria-hidden /> Delete funnel
        </>
      }
      title={`Delete “${name}”?`}
      description="The funnel's definition goes; the events it counts stay. It cannot be undone."
      confirmLabel="Delete funnel"
      successMessage="Funnel deleted."
      onSuccess={() => router.replace(`/analytics/apps/${appId}`)}
      destructive
    />
  );
}
