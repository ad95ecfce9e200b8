// `toast(...)` for the console: sonner's, plus a signal that mounts the Toaster (components/ui/
// sonner.tsx) on first use, so pages that never toast do not load sonner. Sonner replays toasts
// created before its Toaster subscribed, so the first one is not lost.
import { toast as sonnerToast } from "sonner";
import { requestToaster } from "./toaster-signal";

type Toast = typeof sonnerToast;

function wrap<F extends (...args: never[]) => unknown>(show: F): F {
  return ((...args: Parameters<F>) => {
    requestToaster();
    return show(...args);
  }) as F;
}

export const toast: Toast = Object.assign(wrap(sonnerToast), {
  ...sonnerToast,
  success: wrap(sonnerToast.success),
  error: wrap(sonnerToast.error),
  info: wrap(sonnerToast.info),
  warning: wrap(sonnerToast.warning),
  message: wrap(sonnerToast.message),
  loading: wrap(sonnerToast.loading),
  promise: wrap(sonnerToast.promise),
  custom: wrap(sonnerToast.custom),
});
