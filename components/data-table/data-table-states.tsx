"use client";
import { TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/**
 * Placeholder rows while the server renders the next page: one bar per row across all columns
 * (a route's loading state is streamed into every grid page's HTML, so it is kept small).
 */
export function SkeletonRows({ columnCount, rowCount }: { columnCount: number; rowCount: number }) {
  return Array.from({ length: rowCount }, (_, row) => (
    <TableRow key={row} aria-hidden>
      <TableCell colSpan={columnCount}>
        <Skeleton className="h-5" />
      </TableCell>
    </TableRow>
  ));
}

/** A whole grid's placeholder, for a route's loading.tsx. */
export function DataTableSkeleton({ columnCount = 5, rowCount = 10 }: { columnCount?: number; rowCount?: number }) {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading table">
      <div className="flex gap-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-24" />
      </div>
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              {Array.from({ length: columnCount }, (_, i) => (
                <TableHead key={i}>
                  <Skeleton className="h-4 w-20" />
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            <SkeletonRows columnCount={columnCount} rowCount={rowCount} />
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/** For a grid route's error.tsx: what went wrong, and a retry that re-renders the page on the server. */
export function DataTableError({ retry }: { retry: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center gap-3 rounded-md border border-dashed p-10 text-center">
      <TriangleAlertIcon aria-hidden className="size-6 text-destructive" />
      <div className="grid gap-1">
        <p className="font-medium">This table could not be loaded.</p>
        <p className="text-sm text-muted-foreground">Something went wrong while loading the rows.</p>
      </div>
      <Button variant="outline" size="sm" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
