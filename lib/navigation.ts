// The console's areas. The sidebar shows an entry only when the role may read its resource.
import type { Action, Resource } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; resource: Resource; action?: Action };
export type NavArea = { label: string; items: NavItem[] };

export const navigation: NavArea[] = [
  {
    label: "People",
    items: [
      { href: "/people/users", label: "Users", resource: "user" },
    ],
  },
  {
    label: "Learning",
    items: [
      { href: "/learning", label: "Learning overview", resource: "course" },
      { href: "/learning/courses", label: "Courses", resource: "course" },
      { href: "/learning/enrollments", label: "Enrollments", resource: "enrollment" },
      { href: "/learning/progress", label: "Lesson progress", resource: "progress" },
    ],
  },
  {
    label: "Billing",
    items: [
      { href: "/billing", label: "Billing overview", resource: "subscription" },
      { href: "/billing/organizations", label: "Organizations", resource: "organization" },
      { href: "/billing/subscriptions", label: "Subscriptions", resource: "subscription" },
      { href: "/billing/plans", label: "Plans", resource: "plan" },
      { href: "/billing/usage", label: "API usage", resource: "apiUsage" },
      { href: "/billing/deliveries", label: "Polar deliveries", resource: "webhookDelivery" },
    ],
  },
  {
    label: "Analytics",
    items: [
      { href: "/analytics", label: "Analytics overview", resource: "event" },
      { href: "/analytics/apps", label: "Tracked apps", resource: "trackedApp" },
      { href: "/analytics/events", label: "Events", resource: "event" },
    ],
  },
  {
    label: "AI",
    items: [
      { href: "/ai/spend", label: "AI spend", resource: "tokenUsage" },
      { href: "/ai/profiles", label: "AI profiles", resource: "aiProfile" },
      { href: "/ai/usage", label: "Token usage", resource: "tokenUsage" },
      { href: "/ai/prompt-logs", label: "Prompt logs", resource: "promptLog" },
    ],
  },
  {
    label: "Sales",
    items: [
      { href: "/sales", label: "Sales overview", resource: "deal" },
      { href: "/sales/companies", label: "Companies", resource: "company" },
      { href: "/sales/contacts", label: "Contacts", resource: "contact" },
      { href: "/sales/deals", label: "Deals", resource: "deal" },
      { href: "/sales/pipelines", label: "Pipelines", resource: "pipeline" },
      { href: "/sales/activities", label: "Activities", resource: "activity" },
    ],
  },
  {
    label: "Console",
    items: [{ href: "/audit", label: "Audit log", resource: "audit" }],
  },
];

/** The create actions the ⌘K palette offers (each opens the page whose button creates the record). */
export const createCommands: NavItem[] = [
  { href: "/people/users", label: "Create a staff account", resource: "user", action: "create" },
  { href: "/learning/courses", label: "Create a course", resource: "course", action: "create" },
  { href: "/learning/enrollments", label: "Enroll a student", resource: "enrollment", action: "create" },
  { href: "/billing/organizations", label: "Create an organization", resource: "organization", action: "create" },
  { href: "/billing/plans", label: "Create a plan", resource: "plan", action: "create" },
  { href: "/analytics/apps", label: "Create a tracked app", resource: "trackedApp", action: "create" },
  { href: "/ai/profiles", label: "Create an AI profile", resource: "aiProfile", action: "create" },
  { href: "/sales/companies", label: "Create a company", resource: "company", action: "create" },
  { href: "/sales/contacts", label: "Create a contact", resource: "contact", action: "create" },
  { href: "/sales/deals", label: "Create a deal", resource: "deal", action: "create" },
  { href: "/sales/pipelines", label: "Create a pipeline", resource: "pipeline", action: "create" },
];

/** Labels for breadcrumb segments that are not a nav item of their own. */
export const segmentLabels: Record<string, string> = {
  people: "People",
  learning: "Learning",
  billing: "Billing",
  analytics: "Analytics",
  funnels: "Funnels",
  visitors: "Visitors",
  audit: "Audit log",
  sales: "Sales",
  ai: "AI",
  users: "User",
};
