"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteOrganization } from "@/lib/billing/organizations/actions";

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

type Counts = { memberships: number; subscriptions: number; usageRows: number };

/** Deletes the organization after saying exactly what goes with it. */
export function DeleteOrganizationButton({ id, name, counts }: { id: string; name: string; counts: Counts }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      run={() => deleteOrganization({ id })}
      trigger={
        <>
          <Trash2Icon aria-hidden /> Delete
        </>
      }
      size="default"
      title={`Delete “${name}”?`}
      description={
        <>
          This also deletes {plural(counts.memberships, "membership")}, {plural(counts.subscriptions, "subscription")} and{" "}
          {plural(counts.usageRows, "usage row")}. It cannot be undone.
        </>
      }
      confirmLabel="Delete organization"
      successMessage="Organization deleted."
      onSuccess={() => router.replace("/billing/organizations")}
      destructive
    />
  );
}
