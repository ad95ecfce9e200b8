"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { rowActionsColumn } from "@/components/data-table/row-actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import type { GridPage } from "@/lib/data-table/result";
import { formatDateTime } from "@/lib/format";
import { revokeAllSessions, revokeSession } from "@/lib/people/actions";
import { userSessionsGrid } from "@/lib/people/grid";
import type { UserSessionRow } from "@/lib/people/queries";
import { sessionColumns } from "./session-columns";

type Props = {
  userId: string;
  result: GridPage<UserSessionRow>;
  currentSessionId: string;
  canRevoke: boolean;
};

function revokeColumn(userId: string, currentSessionId: string) {
  return rowActionsColumn<UserSessionRow>(
    ({ row }) =>
      row.original.id !== currentSessionId && (
        <ConfirmActionButton
          run={() => revokeSession({ userId, sessionId: row.original.id })}
          trigger="Revoke"
          triggerLabel={`Revoke session from ${formatDateTime(row.original.createdAt)}`}
          title="Revoke this session?"
          description="That device is signed out at once."
          confirmLabel="Revoke"
          successMessage="Session revoked."
          destructive
          size="sm"
        />
      ),
  );
}

/** A user's live sessions on the user page: a kit grid with its own `sessions.*` URL state. */
export function SessionsTable({ userId, result, currentSessionId, canRevoke }: Props) {
  const columns = useMemo(() => {
    const base = sessionColumns(currentSessionId);
    return canRevoke ? [...base, revokeColumn(userId, currentSessionId)] : base;
  }, [userId, currentSessionId, canRevoke]);
  return <DataTable label="Active sessions" spec={userSessionsGrid} columns={columns} result={result} getRowId={(row) => row.id} />;
}

export function RevokeAllSessionsButton({ userId }: { userId: string }) {
  return (
    <ConfirmActionButton
      run={() => revokeAllSessions({ userId })}
      trigger="Revoke all sessions"
      title="Revoke all sessions?"
      description="Every device signed in to this account is signed out (except the session you are using now)."
      confirmLabel="Revoke all"
      successMessage="Sessions revoked."
      destructive
    />
  );
}
