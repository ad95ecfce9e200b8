"use client";

import { LayoutDashboard, PanelsTopLeft } from "lucide-react";
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

/** A nav area as the sidebar gets it: icons are elements rendered on the server (no icon code in the bundle). */
export type SidebarArea = { label: string; items: { href: string; label: string; icon: ReactNode }[] };

/** The nav entry whose href is the longest prefix of the path (so /learning/courses is not also /learning). */
function activeHref(pathname: string, areas: SidebarArea[]) {
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

export function AppSidebar({ areas }: { areas: SidebarArea[] }) {
  const pathname = usePathname();
  const active = activeHref(pathname, areas);
  return (
    <Sidebar>
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton asChild tooltip="Switchboard" className="font-semibold">
              <Link href="/">
                <PanelsTopLeft aria-hidden />
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
              <NavLink href="/" label="Overview" icon={<LayoutDashboard aria-hidden />} active={pathname === "/"} />
            </SidebarMenu>
          </SidebarGroup>
          {areas.map((area) => (
            <SidebarGroup key={area.label}>
              <SidebarGroupLabel>{area.label}</SidebarGroupLabel>
              <SidebarMenu>
                {area.items.map((item) => (
                  <NavLink key={item.href} {...item} active={item.href === active} />
                ))}
              </SidebarMenu>
            </SidebarGroup>
          ))}
        </nav>
      </SidebarContent>
    </Sidebar>
  );
}
