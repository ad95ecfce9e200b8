"use client";

import { RotateCwIcon, Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteTrackedApp, rotateTrackedAppKey } from "@/lib/analytics/apps/actions";
import type { AppDeletionCounts } from "@/lib/analytics/apps/queries";
import { KeyDialog } from "../key-dialog";

const plural = (count: number, one: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : `${one}s`}`;

/** Rotate: the new key is shown once; the old one stops working when the rotation commits. */
export function RotateKeyButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [apiKey, setApiKey] = useState<string | null>(null);
  return (
    <>
      <ConfirmActionButton
        run={() => rotateTrackedAppKey({ id })}
        trigger={
          <>
            <RotateCwIcon aria-hidden /> Rotate key
          </>
        }
        title={`Rotate the key of “${name}”?`}
        description="The current key stops working at once: every SDK using it gets 401 until it is given the new key."
        confirmLabel="Rotate key"
        successMessage="Key rotated."
        onSuccess={(data) => setApiKey(data?.apiKey ?? null)}
        destructive
      />
      <KeyDialog
        apiKey={apiKey}
        onClose={() => {
          setApiKey(null);
          router.refresh();
        }}
      />
    </>
  );
}

export function DeleteAppButton({ id, name, counts }: { id: string; name: string; counts: AppDeletionCounts }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      run={() => deleteTrackedApp({ id })}
      trigger={
        <>
          <Trash2Icon aria-hidden /> Delete app
        </>
      }
      title={`Delete “${name}”?`}
      description={`This also deletes ${plural(counts.events, "event")}, ${plural(counts.sessions, "session")} and ${plural(counts.funnels, "funnel")}. It cannot be undone.`}
      confirmLabel="Delete app"
      successMessage="App deleted."
      onSuccess={() => router.replace("/analytics/apps")}
      destructive
    />
  );
}
