"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteProfile } from "@/lib/ai/profiles/actions";
import { profilesGrid } from "@/lib/ai/profiles/grid";
import type { ProfileRow } from "@/lib/ai/profiles/queries";
import type { GridPage } from "@/lib/data-table/result";
import { profileColumns } from "./columns";
import { ProfileDialog } from "./profile-dialog";

type Props = { result: GridPage<ProfileRow>; canEdit: boolean; canDelete: boolean; exportHref?: string };

const column = gridColumnHelper<ProfileRow>();

function actionsColumn(canEdit: boolean, canDelete: boolean) {
  return column.display({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => (
      <span className="flex justify-end gap-1">
        {canEdit && <ProfileDialog profile={row.original} />}
        {canDelete && (
          <ConfirmActionButton
            run={() => deleteProfile({ id: row.original.id })}
            trigger="Delete"
            triggerLabel={`Delete the AI profile of ${row.original.userName}`}
            title="Delete this AI profile?"
            description={`${row.original.userName} loses their default model and budget. Their token usage and prompt logs are kept.`}
            confirmLabel="Delete"
            successMessage="Profile deleted."
            destructive
            triggerVariant="ghost"
          />
        )}
      </span>
    ),
  });
}

export function ProfilesTable({ result, canEdit, canDelete, exportHref }: Props) {
  const columns = useMemo(() => (canEdit || canDelete ? [...profileColumns, actionsColumn(canEdit, canDelete)] : profileColumns), [canEdit, canDelete]);
  return <DataTable label="AI profiles" spec={profilesGrid} columns={columns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
