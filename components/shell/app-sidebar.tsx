"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
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
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { useConsoleNav, type ConsoleNavArea } from "./console-nav";

/** The nav entry whose href is the longest prefix of the path (so /learning/courses is not also /learning). */
function activeHref(pathname: string, areas: ConsoleNavArea[]) {
  return areas
    .flatMap((area) => area.items.map((item) => item.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

function NavLink({ href, label, icon, active }: { href: string; label: string; icon: ReactNode; active: boolean }) {
  return (
    <SidebarMenuItem>
      <SidebarMenuButton asChild isActive={active} tooltip={label}>
        {/* Not prefetched: 26 entries would render 26 pages on the server for every page view. */}
        <Link href={href} prefetch={false}>
          {icon}
          <span>{label}</span>
        </Link>
      </SidebarMenuButton>
    </SidebarMenuItem>
  );
}

export function AppSidebar() {
  const areas = useConsoleNav();
  const pathname = usePathname();
  const active = activeHref(pathname, areas);
  return (
    <Sidebar>
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton asChild tooltip="Switchboard" className="font-semibold">
              <Link href="/">
                <SpriteIcon name="PanelsTopLeft" />
                <span>Switchboard</span>
              </Link>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarHeader>
      <SidebarContent>
        <nav aria-label="Console">
          <SidebarGroup>
            <SidebarMenu>
              <NavLink href="/" label="Overview" icon={<SpriteIcon name="LayoutDashboard" />} active={pathname === "/"} />
            </SidebarMenu>
          </SidebarGroup>
          {areas.map((area) => (
            <SidebarGroup key={area.label}>
              <SidebarGroupLabel>{area.label}</SidebarGroupLabel>
              <SidebarMenu>
                {area.items.map((item) => (
                  <NavLink key={item.href} href={item.href} label={item.label} icon={<SpriteIcon name={item.icon} />} active={item.href === active} />
                ))}
              </SidebarMenu>
            </SidebarGroup>
          ))}
        </nav>
      </SidebarContent>
    </Sidebar>
  );
}
