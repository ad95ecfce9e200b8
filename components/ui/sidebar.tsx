"use client";

import * as React from "react";
import { usePathname } from "next/navigation";
import { Slot } from "radix-ui";

import { cn } from "@/lib/utils";
import { SpriteIcon } from "./sprite-icon";
import { Button } from "@/components/ui/button";

// Loaded only when needed: the Sheet on narrow screens, tooltips once the sidebar collapses.
const SidebarSheet = React.lazy(() => import("./sidebar-sheet"));
const SidebarTooltip = React.lazy(() => import("./sidebar-tooltip"));

const SIDEBAR_WIDTH = "16rem";
const SIDEBAR_WIDTH_COLLAPSED = "3rem";
/** Tailwind's `md` breakpoint: below it the sidebar lives in a Sheet. */
const MOBILE_MEDIA_QUERY = "(max-width: 767.98px)";
const TOGGLE_SHORTCUT_KEY = "b";

type SidebarContextValue = {
  /** Desktop state: the full column or only the icons. */
  state: "expanded" | "collapsed";
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Mobile state: whether the Sheet is open. */
  openMobile: boolean;
  setOpenMobile: (open: boolean) => void;
  isMobile: boolean;
  toggleSidebar: () => void;
};

const SidebarContext = React.createContext<SidebarContextValue | null>(null);

export function useSidebar() {
  const context = React.useContext(SidebarContext);
  if (!context) throw new Error("useSidebar must be used inside <SidebarProvider>.");
  return context;
}

function subscribeToMobileQuery(onChange: () => void) {
  const query = window.matchMedia(MOBILE_MEDIA_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function useIsMobile() {
  return React.useSyncExternalStore(
    subscribeToMobileQuery,
    () => window.matchMedia(MOBILE_MEDIA_QUERY).matches,
    () => false,
  );
}

/**
 * Holds the sidebar state and lays out `<Sidebar>` next to `<SidebarInset>`.
 * ⌘B / Ctrl+B toggles the sidebar; the mobile Sheet closes itself when the route changes.
 */
export function SidebarProvider({
  defaultOpen = true,
  className,
  style,
  children,
  ...props
}: React.ComponentProps<"div"> & { defaultOpen?: boolean }) {
  const isMobile = useIsMobile();
  const pathname = usePathname();
  const [open, setOpen] = React.useState(defaultOpen);
  const [pathnameOpenedOn, setPathnameOpenedOn] = React.useState<string | null>(null);
  const openMobile = pathnameOpenedOn === pathname;

  const setOpenMobile = React.useCallback(
    (nextOpen: boolean) => setPathnameOpenedOn(nextOpen ? pathname : null),
    [pathname],
  );

  const toggleSidebar = React.useCallback(() => {
    if (isMobile) setOpenMobile(!openMobile);
    else setOpen((wasOpen) => !wasOpen);
  }, [isMobile, openMobile, setOpenMobile]);

  React.useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key === TOGGLE_SHORTCUT_KEY && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        toggleSidebar();
      }
    }
    window.addEventListener("keydown", handleKeyDown);
    return () => window.removeEventListener("keydown", handleKeyDown);
  }, [toggleSidebar]);

  const state = open ? "expanded" : "collapsed";
  const contextValue = React.useMemo<SidebarContextValue>(
    () => ({ state, open, setOpen, openMobile, setOpenMobile, isMobile, toggleSidebar }),
    [state, open, openMobile, setOpenMobile, isMobile, toggleSidebar],
  );

  return (
    <SidebarContext.Provider value={contextValue}>
      <div
        data-slot="sidebar-wrapper"
        style={
          {
            "--sidebar-width": SIDEBAR_WIDTH,
            "--sidebar-width-collapsed": SIDEBAR_WIDTH_COLLAPSED,
            ...style,
          } as React.CSSProperties
        }
        className={cn("flex min-h-svh w-full", className)}
        {...props}
      >
        {children}
      </div>
    </SidebarContext.Provider>
  );
}

/** Desktop: a sticky left column (collapsible to icons). Below `md`: a Sheet opened by SidebarTrigger. */
export function Sidebar({ className, children, ...props }: React.ComponentProps<"aside">) {
  const { state, isMobile, openMobile, setOpenMobile } = useSidebar();
  return (
    <>
      <aside
        data-slot="sidebar"
        data-state={state}
        className={cn(
          "group/sidebar sticky top-0 hidden h-svh w-(--sidebar-width) shrink-0 flex-col overflow-hidden border-r border-sidebar-border bg-sidebar text-sidebar-foreground transition-[width] duration-200 data-[state=collapsed]:w-(--sidebar-width-collapsed) md:flex",
          className,
        )}
        {...props}
      >
        {children}
      </aside>
      {isMobile && (
        <React.Suspense fallback={null}>
          <SidebarSheet open={openMobile} onOpenChange={setOpenMobile}>
            {children}
          </SidebarSheet>
        </React.Suspense>
      )}
    </>
  );
}

/** Opens the mobile Sheet, or collapses/expands the desktop column. */
export function SidebarTrigger({ className, onClick, ...props }: React.ComponentProps<typeof Button>) {
  const { toggleSidebar, isMobile, open, openMobile } = useSidebar();
  return (
    <Button
      data-slot="sidebar-trigger"
      variant="ghost"
      size="icon"
      aria-label="Toggle sidebar"
      aria-expanded={isMobile ? openMobile : open}
      className={cn("size-8", className)}
      onClick={(event) => {
        onClick?.(event);
        toggleSidebar();
      }}
      {...props}
    >
      <SpriteIcon name="PanelLeft" />
    </Button>
  );
}

/** The page area next to the sidebar. */
export function SidebarInset({ className, ...props }: React.ComponentProps<"main">) {
  return (
    <main
      data-slot="sidebar-inset"
      className={cn("relative flex w-full min-w-0 flex-1 flex-col bg-background", className)}
      {...props}
    />
  );
}

export function SidebarHeader({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="sidebar-header" className={cn("flex flex-col gap-2 p-2", className)} {...props} />
  );
}

export function SidebarFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="sidebar-footer" className={cn("flex flex-col gap-2 p-2", className)} {...props} />
  );
}

export function SidebarContent({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="sidebar-content"
      className={cn(
        "flex min-h-0 flex-1 flex-col gap-2 overflow-auto group-data-[state=collapsed]/sidebar:overflow-hidden",
        className,
      )}
      {...props}
    />
  );
}

export function SidebarGroup({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div className={cn("ui-sidebar-group", className)} {...props} />
  );
}

export function SidebarGroupLabel({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div className={cn("ui-sidebar-group-label", className)} {...props} />
  );
}

export function SidebarGroupContent({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="sidebar-group-content" className={cn("w-full text-sm", className)} {...props} />
  );
}

export function SidebarMenu({ className, ...props }: React.ComponentProps<"ul">) {
  return (
    <ul className={cn("ui-sidebar-menu", className)} {...props} />
  );
}

export function SidebarMenuItem({ className, ...props }: React.ComponentProps<"li">) {
  return (
    <li className={cn("relative", className)} {...props} />
  );
}

/**
 * A sidebar entry: an icon followed by a `<span>` label. Use `asChild` with a Next.js `<Link>`,
 * `isActive` for the current page, and `tooltip` to show the label while the sidebar is collapsed.
 */
export function SidebarMenuButton({
  asChild = false,
  isActive = false,
  tooltip,
  className,
  ...props
}: React.ComponentProps<"button"> & { asChild?: boolean; isActive?: boolean; tooltip?: string }) {
  const { state, isMobile } = useSidebar();
  const labelIsHidden = state === "collapsed" && !isMobile;
  const Component = asChild ? Slot.Root : "button";
  const button = (
    <Component
      data-active={isActive}
      aria-current={isActive ? "page" : undefined}
      className={cn(
        // .ui-sidebar-menu-button in app/globals.css: every page repeats it once per nav entry.
        "ui-sidebar-menu-button",
        className,
      )}
      {...props}
    />
  );
  if (!tooltip || !labelIsHidden) return button;
  return (
    <React.Suspense fallback={button}>
      <SidebarTooltip label={tooltip}>{button}</SidebarTooltip>
    </React.Suspense>
  );
}
