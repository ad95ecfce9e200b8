import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ModelQuality } from "@/lib/ai/spend/queries";
import { formatValue } from "@/lib/format";

const ms = (value: number | null) => (value === null ? "—" : `${formatValue(Math.round(value), "count")} ms`);

/** Per model: error and filtered shares and latency percentiles, from the prompt logs of the range. */
export function ModelQualityTable({ rows, rangeLabel }: { rows: ModelQuality[]; rangeLabel: string }) {
  return (
    <Card role="group" aria-labelledby="model-quality-title">
      <CardHeader>
        <CardTitle>
          <h2 id="model-quality-title">Errors, filtering and latency per model</h2>
        </CardTitle>
        <CardDescription>From the prompt logs, {rangeLabel}</CardDescription>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No prompt logs in this period.</p>
        ) : (
          <Table aria-label="Errors, filtering and latency per model">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Model</TableHead>
                {["Calls", "Error rate", "Filtered rate", "Latency p50", "Latency p95"].map((heading) => (
                  <TableHead key={heading} scope="col" className="text-right">
                    {heading}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.model}>
                  <TableHead scope="row" className="font-normal">
                    <code className="text-xs">{row.model}</code>
                  </TableHead>
                  {[formatValue(row.calls, "count"), formatValue(row.errorRate, "percent"), formatValue(row.filteredRate, "percent"), ms(row.p50), ms(row.p95)].map((cell, i) => (
                    <TableCell key={i} className="text-right tabular-nums">
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
