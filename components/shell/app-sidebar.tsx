"use client";

import { LayoutDashboard, PanelsTopLeft } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  Sidebar,
  SidebarContent,
  SidebarGroup,
  SidebarGroupLabel,
  SidebarHeader,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuItem,
} from "@/components/ui/sidebar";
import type { NavArea } from "@/lib/navigation";

/** The nav entry whose href is the longest prefix of the path (so /learning/courses is not also /learning). */
function activeHref(pathname: string, areas: NavArea[]) {
  return areas
    .flatMap((area) => area.items.map((item) => item.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function AppSidebar({ areas }: { areas: NavArea[] }) {
  const pathname = usePathname();
  const active = activeHref(pathname, areas);
  return (
    <Sidebar>
      <SidebarHeader>
        <Link href="/" className="flex items-center gap-2 px-2 py-1 text-base font-semibold">
          <PanelsTopLeft className="size-5" aria-hidden /> Switchboard
        </Link>
      </SidebarHeader>
      <SidebarContent>
        <nav aria-label="Console">
          <SidebarGroup>
            <SidebarMenu>
              <SidebarMenuItem>
                <SidebarMenuButton asChild isActive={pathname === "/"}>
                  <Link href="/">
                    <LayoutDashboard aria-hidden /> <span>Overview</span>
                  </Link>
                </SidebarMenuButton>
              </SidebarMenuItem>
            </SidebarMenu>
          </SidebarGroup>
          {areas.map((area) => (
            <SidebarGroup key={area.label}>
              <SidebarGroupLabel>{area.label}</SidebarGroupLabel>
              <SidebarMenu>
                {area.items.map((item) => (
                  <SidebarMenuItem key={item.href}>
                    <SidebarMenuButton asChild isActive={item.href === active}>
                      <Link href={item.href}>
                        <span>{item.label}</span>
                      </Link>
                    </SidebarMenuButton>
                  </SidebarMenuItem>
                ))}
              </SidebarMenu>
            </SidebarGroup>
          ))}
        </nav>
      </SidebarContent>
    </Sidebar>
  );
}
