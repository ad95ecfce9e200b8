// The select trigger's look (a component class in app/globals.css), in its own module so a stand-in trigger (a lazily loaded select's,
// see components/ui/lazy-overlay.tsx) can share it without importing Radix Select.
export const selectTriggerClassName = "ui-select-trigger";
