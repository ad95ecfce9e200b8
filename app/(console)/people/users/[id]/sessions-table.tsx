"use client";

import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { revokeAllSessions, revokeSession } from "@/lib/people/actions";
import type { UserSessions } from "@/lib/people/queries";

type Props = {
  userId: string;
  sessions: UserSessions;
  currentSessionId: string;
  canRevoke: boolean;
};

export function SessionsTable({ userId, sessions, currentSessionId, canRevoke }: Props) {
  if (sessions.length === 0) return null;
  return (
    <div className="space-y-3">
      {canRevoke && (
        <ConfirmActionButton
          run={() => revokeAllSessions({ userId })}
          trigger="Revoke all sessions"
          title="Revoke all sessions?"
          description="Every device signed in to this account is signed out (except the session you are using now)."
          confirmLabel="Revoke all"
          successMessage="Sessions revoked."
          destructive
        />
      )}
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Signed in</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>IP address</TableHead>
            <TableHead>Device</TableHead>
            {canRevoke && <TableHead className="sr-only">Actions</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((s) => (
            <TableRow key={s.id}>
              <TableCell>
                {formatDateTime(s.createdAt)}
                {s.id === currentSessionId && (
                  <Badge variant="outline" className="ml-2">
                    This session
                  </Badge>
                )}
                {s.impersonatedBy && (
                  <Badge variant="warning" className="ml-2">
                    Impersonation
                  </Badge>
                )}
              </TableCell>
              <TableCell>{formatDateTime(s.expiresAt)}</TableCell>
              <TableCell className="font-mono text-xs">{s.ipAddress ?? "—"}</TableCell>
              <TableCell className="max-w-72 truncate text-muted-foreground" title={s.userAgent ?? undefined}>
                {s.userAgent ?? "—"}
              </TableCell>
              {canRevoke && (
                <TableCell className="text-right">
                  {s.id !== currentSessionId && (
                    <ConfirmActionButton
                      run={() => revokeSession({ userId, sessionId: s.id })}
                      trigger="Revoke"
                      triggerLabel={`Revoke session from ${formatDateTime(s.createdAt)}`}
                      title="Revoke this session?"
                      description="That device is signed out at once."
                      confirmLabel="Revoke"
                      successMessage="Session revoked."
                      destructive
                    />
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
