"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteDeal } from "@/lib/crm/deals/actions";
import { salesPaths } from "@/lib/crm/paths";

/** Deletes a deal without activities; the server refuses one with activities ("mark it lost instead"). */
export function DeleteDealButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      run={() => deleteDeal({ id })}
      trigger={<><Trash2Icon aria-hidden /> Delete deal</>}
      size="default"
      title={`Delete “${title}”?`}
      description="Only a deal with no logged activities can be deleted; activities are never deleted. This cannot be undone."
      confirmLabel="Delete deal"
      successMessage="Deal deleted."
      onSuccess={() => router.replace(salesPaths.deals)}
      destructive
    />
  );
}
