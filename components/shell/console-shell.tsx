import { SecondFactorPromptHost } from "@/components/forms/second-factor-prompt";
import { ThemeToggle } from "@/components/theme-toggle";
import { SidebarInset, SidebarProvider, SidebarTrigger } from "@/components/ui/sidebar";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { createCommands, navIconName, navigation } from "@/lib/navigation";
import { AppSidebar } from "./app-sidebar";
import { CommandPalette } from "./command-palette";
import { ConsoleNavProvider, type ConsoleNavArea } from "./console-nav";
import { UserMenu } from "./user-menu";

/** The sidebar, the header (breadcrumbs, theme, account) and the page. */
export function ConsoleShell({ staff, crumbs, children }: { staff: Staff; crumbs: React.ReactNode; children: React.ReactNode }) {
  const areas: ConsoleNavArea[] = navigation
    .map((area) => ({
      label: area.label,
      items: area.items
        .filter((i) => can(staff.role, i.resource, i.action ?? "read"))
        .map((item) => ({ href: item.href, label: item.label, icon: navIconName(item) })),
    }))
    .filter((area) => area.items.length > 0);
  return (
    <ConsoleNavProvider areas={areas}>
      <SidebarProvider>
        <SecondFactorPromptHost />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <AppSidebar />
        <SidebarInset>
          <header className="sticky top-0 z-10 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur">
            <SidebarTrigger />
            {crumbs}
            <div className="ml-auto flex items-center gap-1">
              <CommandPalette
                create={createCommands.filter((c) => can(staff.role, c.resource, c.action ?? "create")).map(({ href, label }) => ({ href, label }))}
              />
              <ThemeToggle />
              <UserMenu name={staff.name} email={staff.email} role={staff.role} />
            </div>
          </header>
          <div id="main" tabIndex={-1} className="flex-1 p-4 outline-none md:p-6">
            {children}
          </div>
        </SidebarInset>
      </SidebarProvider>
    </ConsoleNavProvider>
  );
}
