import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { RelatedList } from "@/components/data-table/related-list";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can, isStaffRole } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { loadGridState } from "@/lib/data-table/search-params";
import { userSessionsGrid } from "@/lib/people/grid";
import { getUser, listUserSessions } from "@/lib/people/queries";
import { BanControls } from "./ban-controls";
import { RoleForm } from "./role-form";
import { RevokeAllSessionsButton, SessionsTable } from "./sessions-table";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function UserPage({ params, searchParams }: Props) {
  const staff = await requirePermission("user", "read");
  const { id } = await params;
  const user = await getUser(id);
  if (!user) notFound();
  // Each section renders only what the role may read: no session permission, no sessions query.
  const sessions = can(staff.role, "session", "list")
    ? await listUserSessions(user.id, loadGridState(userSessionsGrid, await searchParams))
    : null;
  const canRevoke = can(staff.role, "session", "revoke") && (staff.role === "admin" || !isStaffRole(user.role));
  const self = staff.id === user.id;
  // Support may act on end users only; nobody acts on their own account here.
  const mayActOn = !self && (staff.role === "admin" || !isStaffRole(user.role));
  const banned = user.banned ?? false;

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{user.name}</h1>
        <Badge variant={isStaffRole(user.role) ? "default" : "secondary"}>{user.role ?? "user"}</Badge>
        {banned && <Badge variant="destructive">Banned</Badge>}
        {self && <Badge variant="outline">You</Badge>}
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
              <dt className="text-muted-foreground">Email</dt>
              <dd className="break-all">{user.email}</dd>
              <dt className="text-muted-foreground">Verified</dt>
              <dd>{user.emailVerified ? "Yes" : "No"}</dd>
              <dt className="text-muted-foreground">Created</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
              <dt className="text-muted-foreground">Updated</dt>
              <dd>{formatDateTime(user.updatedAt)}</dd>
              <dt className="text-muted-foreground">User id</dt>
              <dd className="font-mono text-xs">{user.id}</dd>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Access</CardTitle>
            <CardDescription>Role and ban state.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-6">
            {can(staff.role, "user", "set-role") && !self ? (
              <RoleForm userId={user.id} role={user.role ?? "user"} version={user.version} />
            ) : (
              <p className="text-sm">
                Role: <strong>{user.role ?? "user"}</strong>
              </p>
            )}
            <div className="space-y-2 text-sm">
              {banned ? (
                <p>
                  Banned{user.banExpires ? ` until ${formatDateTime(user.banExpires)}` : " permanently"}. Reason:{" "}
                  <em>{user.banReason ?? "none given"}</em>
                </p>
              ) : (
                <p>Not banned.</p>
              )}
              {can(staff.role, "user", "ban") && mayActOn && <BanControls userId={user.id} name={user.name} banned={banned} />}
            </div>
          </CardContent>
        </Card>
      </div>

      {sessions && (
      <RelatedList
        title="Active sessions"
        description="Every device signed in to this account."
        actions={
          canRevoke && <RevokeAllSessionsButton userId={user.id} />
        }
      >
        <SessionsTable userId={user.id} result={sessions} currentSessionId={staff.sessionId} canRevoke={canRevoke} />
      </RelatedList>
      )}
    </div>
  );
}
