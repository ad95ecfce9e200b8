"use client";

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";

/** The sidebar below `md`: a Sheet, loaded only on screens that narrow (see Sidebar). */
export default function SidebarSheet({ open, onOpenChange, children }: { open: boolean; onOpenChange: (open: boolean) => void; children: React.ReactNode }) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="left" data-slot="sidebar" className="w-(--sidebar-width) gap-0 bg-sidebar p-0 text-sidebar-foreground [&_[data-slot=sidebar-header]]:pr-12">
        <SheetHeader className="sr-only">
          <SheetTitle>Navigation</SheetTitle>
          <SheetDescription>Sections of the console.</SheetDescription>
        </SheetHeader>
        <div className="flex h-full flex-col">{children}</div>
      </SheetContent>
    </Sheet>
  );
}
