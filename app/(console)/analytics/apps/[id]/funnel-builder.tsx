"use client";
// The step builder: 2–10 ordered steps, each picked from the app's event names.
import { PlusIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createFunnel } from "@/lib/analytics/funnels/actions";
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from "@/lib/db/schema/analytics-values";

export function FunnelBuilder({ appId, eventNames }: { appId: string; eventNames: string[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [steps, setSteps] = useState<string[]>(eventNames.slice(0, FUNNEL_MIN_STEPS));
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const result = await createFunnel({ appId, name, steps: steps.map((event) => ({ event })) });
    setSaving(false);
    if (result?.data) {
      setOpen(false);
      router.push(`/analytics/funnels/${result.data.id}`);
      return;
    }
    const fieldErrors = result?.validationErrors?.fieldErrors ?? {};
    setErrors([...(result?.serverError ? [result.serverError] : []), ...Object.values(fieldErrors).flat().filter((e): e is string => typeof e === "string")]);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" disabled={eventNames.length === 0}>
          <PlusIcon aria-hidden /> New funnel
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New funnel</DialogTitle>
          <DialogDescription>
            {FUNNEL_MIN_STEPS}–{FUNNEL_MAX_STEPS} steps in order, from this app’s events.
          </DialogDescription>
        </DialogHeader>
        <div className="space-y-3">
          <div className="space-y-1">
            <Label htmlFor="funnel-name">Name</Label>
            <Input id="funnel-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </div>
          <ol className="space-y-2">
            {steps.map((step, i) => (
              <li key={i} className="flex items-center gap-2">
                <Label htmlFor={`funnel-step-${i}`} className="w-14 shrink-0">
                  Step {i + 1}
                </Label>
                <select
                  id={`funnel-step-${i}`}
                  className="h-9 flex-1 rounded-md border bg-background px-2 text-sm"
                  value={step}
                  onChange={(e) => setSteps(steps.map((s, j) => (j === i ? e.target.value : s)))}
                >
                  {eventNames.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                <Button
                  type="button"
                  size="icon"
                  variant="ghost"
                  aria-label={`Remove step ${i + 1}`}
                  disabled={steps.length <= FUNNEL_MIN_STEPS}
                  onClick={() => setSteps(steps.filter((_, j) => j !== i))}
                >
                  <XIcon aria-hidden />
                </Button>
              </li>
            ))}
          </ol>
          <Button type="button" size="sm" variant="outline" disabled={steps.length >= FUNNEL_MAX_STEPS} onClick={() => setSteps([...steps, eventNames[0]])}>
            <PlusIcon aria-hidden /> Add step
          </Button>
          {errors.length > 0 && (
            <ul role="alert" className="text-sm text-destructive">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <Button type="button" onClick={save} disabled={saving}>
            Create funnel
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
