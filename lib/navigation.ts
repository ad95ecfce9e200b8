// The console's areas. The sidebar shows an entry only when the role may read its resource.
// Every entry needs an icon (any lucide-react icon): the collapsed sidebar shows only the icons.
import {
  Activity,
  AppWindow,
  BookOpen,
  Bot,
  Building,
  ChartLine,
  ChartNoAxesCombined,
  ChartPie,
  Coins,
  Contact,
  CreditCard,
  Gauge,
  GraduationCap,
  Handshake,
  Kanban,
  Landmark,
  Layers,
  ListChecks,
  MessageSquareText,
  Receipt,
  ScrollText,
  Timer,
  Users,
  Wallet,
  Webhook,
  Zap,
  type LucideIcon,
} from "lucide-react";
import type { Action, Resource } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; icon: LucideIcon; resource: Resource; action?: Action };
export type NavArea = { label: string; items: NavItem[] };

/** The entry's icon's id in the sprite (public/icons.svg): the lucide icon's name. */
export function navIconName(item: NavItem): string {
  return item.icon.displayName ?? item.label;
}

export const navigation: NavArea[] = [
  {
    label: "People",
    items: [
      { href: "/people/users", label: "Users", icon: Users, resource: "user" },
    ],
  },
  {
    label: "Learning",
    items: [
      { href: "/learning", label: "Learning overview", icon: ChartPie, resource: "course" },
      { href: "/learning/courses", label: "Courses", icon: BookOpen, resource: "course" },
      { href: "/learning/enrollments", label: "Enrollments", icon: GraduationCap, resource: "enrollment" },
      { href: "/learning/progress", label: "Lesson progress", icon: ListChecks, resource: "progress" },
    ],
  },
  {
    label: "Billing",
    items: [
      { href: "/billing", label: "Billing overview", icon: Wallet, resource: "subscription" },
      { href: "/billing/organizations", label: "Organizations", icon: Building, resource: "organization" },
      { href: "/billing/subscriptions", label: "Subscriptions", icon: CreditCard, resource: "subscription" },
      { href: "/billing/plans", label: "Plans", icon: Layers, resource: "plan" },
      { href: "/billing/usage", label: "API usage", icon: Gauge, resource: "apiUsage" },
      { href: "/billing/deliveries", label: "Polar deliveries", icon: Webhook, resource: "webhookDelivery" },
    ],
  },
  {
    label: "Analytics",
    items: [
      { href: "/analytics", label: "Analytics overview", icon: ChartLine, resource: "event" },
      { href: "/analytics/apps", label: "Tracked apps", icon: AppWindow, resource: "trackedApp" },
      { href: "/analytics/events", label: "Events", icon: Activity, resource: "event" },
      { href: "/analytics/sessions", label: "Visitor sessions", icon: Timer, resource: "visitorSession" },
    ],
  },
  {
    label: "AI",
    items: [
      { href: "/ai/spend", label: "AI spend", icon: Coins, resource: "tokenUsage" },
      { href: "/ai/profiles", label: "AI profiles", icon: Bot, resource: "aiProfile" },
      { href: "/ai/usage", label: "Token usage", icon: Zap, resource: "tokenUsage" },
      { href: "/ai/prompt-logs", label: "Prompt logs", icon: MessageSquareText, resource: "promptLog" },
    ],
  },
  {
    label: "Sales",
    items: [
      { href: "/sales", label: "Sales overview", icon: ChartNoAxesCombined, resource: "deal" },
      { href: "/sales/companies", label: "Companies", icon: Landmark, resource: "company" },
      { href: "/sales/contacts", label: "Contacts", icon: Contact, resource: "contact" },
      { href: "/sales/deals", label: "Deals", icon: Handshake, resource: "deal" },
      { href: "/sales/pipelines", label: "Pipelines", icon: Kanban, resource: "pipeline" },
      { href: "/sales/activities", label: "Activities", icon: Receipt, resource: "activity" },
    ],
  },
  {
    label: "Console",
    items: [{ href: "/audit", label: "Audit log", icon: ScrollText, resource: "audit" }],
  },
];

/** The create actions the ⌘K palette offers (each opens the page whose button creates the record). */
export const createCommands: Omit<NavItem, "icon">[] = [
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
