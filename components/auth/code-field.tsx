import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The one-time code input of the two-factor forms (TOTP, or a backup code where `allowBackup`). */
export function CodeField({ error, allowBackup = false, autoFocus = true }: { error?: string; allowBackup?: boolean; autoFocus?: boolean }) {
  return (
    <div className="space-y-2">
      <Label htmlFor="code">{allowBackup ? "Authentication code or backup code" : "Authentication code"}</Label>
      <Input
        id="code"
        name="code"
        autoComplete="one-time-code"
        inputMode={allowBackup ? "text" : "numeric"}
        autoFocus={autoFocus}
        spellCheck={false}
        aria-invalid={!!error}
        aria-describedby={error ? "code-error" : "code-hint"}
      />
      {error ? (
        <p id="code-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id="code-hint" className="text-sm text-muted-foreground">
          The 6-digit code from your authenticator app{allowBackup ? ", or one of your backup codes" : ""}.
        </p>
      )}
    </div>
  );
}

export function FormErrorAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      {message}
    </p>
  );
}
