import { RelatedList } from "@/components/data-table/related-list";
import type { GridState } from "@/lib/data-table/search-params";
import { listUserSessions } from "@/lib/people/queries";
import { RevokeAllSessionsButton, SessionsTable } from "../sessions-table";

type Props = { userId: string; state: GridState; currentSessionId: string; canRevoke: boolean };

/** The person's live sessions: the kit grid with its own `sessions.*` URL state. */
export async function SessionsSection({ userId, state, currentSessionId, canRevoke }: Props) {
  const sessions = await listUserSessions(userId, state);
  return (
    <RelatedList title="Active sessions" description="Every device signed in to this account." actions={canRevoke && <RevokeAllSessionsButton userId={userId} />}>
      <SessionsTable userId={userId} result={sessions} currentSessionId={currentSessionId} canRevoke={canRevoke} />
    </RelatedList>
  );
}
