import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { PageHeader } from "@/components/layout/page-header";
import { StreamedSection } from "@/components/layout/streamed-section";
import { Badge } from "@/components/ui/badge";
import { can, isStaffRole } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { userSessionsGrid } from "@/lib/people/grid";
import { getUser } from "@/lib/people/queries";
import { AccessSection } from "./sections/access";
import { AiSection } from "./sections/ai";
import { AnalyticsSection } from "./sections/analytics";
import { AuditSection } from "./sections/audit";
import { LearningSection } from "./sections/learning";
import { OrganizationsSection } from "./sections/organizations";
import { ActivitiesSection, ContactsSection, DealsSection } from "./sections/sales";
import { SessionsSection } from "./sections/sessions";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * One person across the five products. Each section streams on its own and is rendered (and its
 * query run) only for roles that may read it; the support actions sit in their sections.
 */
export default async function UserPage({ params, searchParams }: Props) {
  const staff = await requirePermission("user", "read");
  const { id } = await params;
  const user = await getUser(id);
  if (!user) notFound();
  const role = staff.role;
  const self = staff.id === user.id;
  // Support may act on end users only; nobody acts on their own account here.
  const mayActOn = !self && (role === "admin" || !isStaffRole(user.role));
  const showSessions = can(role, "session", "list");
  const canRevoke = can(role, "session", "revoke") && (role === "admin" || !isStaffRole(user.role));
  const person = { id: user.id, name: user.name, email: user.email };

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <PageHeader
        title={user.name}
        description={user.email}
        badges={
          <>
            <Badge variant={isStaffRole(user.role) ? "default" : "secondary"}>{user.role ?? "user"}</Badge>
            {user.banned && <Badge variant="destructive">Banned</Badge>}
            {self && <Badge variant="outline">You</Badge>}
          </>
        }
      />

      <StreamedSection title="Identity and access">
        <AccessSection user={user} canSetRole={can(role, "user", "set-role") && !self} canBan={can(role, "user", "ban") && mayActOn} showSessions={showSessions} />
      </StreamedSection>

      {showSessions && (
        <StreamedSection title="Active sessions">
          <SessionsSection userId={user.id} state={loadGridState(userSessionsGrid, await searchParams)} currentSessionId={staff.sessionId} canRevoke={canRevoke} />
        </StreamedSection>
      )}

      {can(role, "organization", "read") && can(role, "subscription", "read") && (
        <StreamedSection title="Organizations">
          <OrganizationsSection userId={user.id} />
        </StreamedSection>
      )}

      {can(role, "enrollment", "read") && can(role, "progress", "read") && (
        <StreamedSection title="Learning">
          <LearningSection user={person} canEnroll={can(role, "enrollment", "create")} canReset={can(role, "progress", "reset")} />
        </StreamedSection>
      )}

      {can(role, "aiProfile", "read") && can(role, "tokenUsage", "read") && (
        <StreamedSection title="AI">
          <AiSection userId={user.id} showCalls={can(role, "promptLog", "read")} canReadText={can(role, "promptLog", "read-text")} />
        </StreamedSection>
      )}

      {can(role, "trackedApp", "read") && can(role, "event", "read") && (
        <StreamedSection title="Analytics">
          <AnalyticsSection userId={user.id} />
        </StreamedSection>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        {can(role, "deal", "read") && (
          <StreamedSection title="Deals">
            <DealsSection user={person} />
          </StreamedSection>
        )}
        {can(role, "contact", "read") && (
          <StreamedSection title="Contacts">
            <ContactsSection user={person} />
          </StreamedSection>
        )}
      </div>

      {can(role, "activity", "read") && (
        <StreamedSection title="Activities logged">
          <ActivitiesSection user={person} />
        </StreamedSection>
      )}

      {can(role, "audit", "read") && (
        <StreamedSection title="Staff actions">
          <AuditSection userId={user.id} />
        </StreamedSection>
      )}
    </div>
  );
}
