// The 360° page's bench subject and its SQL floor: every section's query for one person, run
// side by side as the page streams them.
import { userBudget } from "@/lib/ai/profiles/queries";
import { recentPromptLogsOf } from "@/lib/ai/prompt-logs/queries";
import { appsOfOwner } from "@/lib/analytics/apps/queries";
import { auditOfUser } from "@/lib/audit/queries";
import { organizationsOfUser } from "@/lib/billing/members/queries";
import { activitiesOfActor } from "@/lib/crm/activities/queries";
import { contactsOfOwner } from "@/lib/crm/contacts/queries";
import { dealsOfOwner } from "@/lib/crm/deals/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { enrollmentsOfStudent } from "@/lib/learning/enrollments/queries";
import { userSessionsGrid } from "@/lib/people/grid";
import { getUser, listUserSessions, userAccess } from "@/lib/people/queries";

/**
 * The scale user with the most rows across the products, found once on the scale data with
 * `personWithMostRows` below (memberships, enrollments, lesson progress, sessions, token usage,
 * prompt logs, tracked apps, contacts, deals, activities; ties by id).
 */
export const SCALE_360_PERSON = "scale_user_000002";

export const personWithMostRows = `
  select user_id, count(*) as rows from (
    select user_id from memberships union all select student_id from enrollments union all
    select student_id from lesson_progress union all select user_id from session union all
    select user_id from token_usage union all select user_id from prompt_logs union all
    select owner_id from tracked_apps union all select owner_id from contacts union all
    select owner_id from deals union all select actor_id from activities
  ) r(user_id) group by user_id order by count(*) desc, user_id limit 1`;

export function personSectionQueries(userId: string) {
  return Promise.all([
    getUser(userId),
    userAccess(userId),
    listUserSessions(userId, loadGridState(userSessionsGrid, "")),
    organizationsOfUser(userId),
    enrollmentsOfStudent(userId),
    userBudget(userId),
    recentPromptLogsOf(userId),
    appsOfOwner(userId),
    dealsOfOwner(userId),
    contactsOfOwner(userId),
    activitiesOfActor(userId),
    auditOfUser(userId),
  ]);
}
