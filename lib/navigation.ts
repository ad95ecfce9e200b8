// The console's areas. The sidebar shows an entry only when the role may read its resource.
// Every entry needs an icon (any lucide-react icon): the collapsed sidebar shows only the icons.
import {
  BookOpen,
  ChartPie,
  GraduationCap,
  ListChecks,
  ScrollText,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { Action, Resource } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; icon: LucideIcon; resource: Resource; action?: Action };
export type NavArea = { label: string; items: NavItem[] };

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
    label: "Console",
    items: [{ href: "/audit", label: "Audit log", icon: ScrollText, resource: "audit" }],
  },
];

/** Labels for breadcrumb segments that are not a nav item of their own. */
export const segmentLabels: Record<string, string> = {
  people: "People",
  learning: "Learning",
  audit: "Audit log",
};
