import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { getUser } from "@/lib/people/queries";
import { userAccess } from "@/lib/people/queries";
import { BanControls } from "../ban-controls";
import { RoleForm } from "../role-form";

type Props = {
  user: NonNullable<Awaited<ReturnType<typeof getUser>>>;
  canSetRole: boolean;
  canBan: boolean;
  showSessions: boolean;
};

const methodLabels: Record<string, string> = { credential: "Email and password" };

/** Identity and access: verified, created, role, ban state, sign-in methods, live sessions. */
export async function AccessSection({ user, canSetRole, canBan, showSessions }: Props) {
  const access = await userAccess(user.id);
  const banned = user.banned ?? false;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Identity</CardTitle>
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
            <dt className="text-muted-foreground">Signs in with</dt>
            <dd>{access.signInMethods.length ? access.signInMethods.map((m) => methodLabels[m] ?? m).join(", ") : "No sign-in method"}</dd>
            {showSessions && (
              <>
                <dt className="text-muted-foreground">Live sessions</dt>
                <dd>{access.liveSessions}</dd>
              </>
            )}
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
          {canSetRole ? (
            <RoleForm userId={user.id} role={user.role ?? "user"} version={user.version} />
          ) : (
            <p className="text-sm">
              Role: <strong>{user.role ?? "user"}</strong>
            </p>
          )}
          <div className="space-y-2 text-sm">
            {banned ? (
              <p>
                Banned{user.banExpires ? ` until ${formatDateTime(user.banExpires)}` : " permanently"}. Reason: <em>{user.banReason ?? "none given"}</em>
              </p>
            ) : (
              <p>Not banned.</p>
            )}
            {canBan && <BanControls userId={user.id} name={user.name} banned={banned} />}
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
