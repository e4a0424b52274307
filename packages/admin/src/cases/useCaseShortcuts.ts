// The case page's single-key shortcuts (r reply, n note, p park, e escalate, x resolve). They
// never fire while the person types (a text box, a select, an editable area), with a modifier key
// held, or while a dialog or menu is open: the key then belongs to what has the focus.
import { useEffect, useRef } from 'react';

export const CASE_SHORTCUTS = [
  { key: 'r', label: 'cx.cases.shortcuts.reply' },
  { key: 'n', label: 'cx.cases.shortcuts.note' },
  { key: 'p', label: 'cx.cases.shortcuts.park' },
  { key: 'e', label: 'cx.cases.shortcuts.escalate' },
  { key: 'x', label: 'cx.cases.shortcuts.resolve' },
] as const;

export type ShortcutKey = (typeof CASE_SHORTCUTS)[number]['key'];

const typing = (target: EventTarget | null) => {
  const el = target instanceof HTMLElement ? target : null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.closest('[role="listbox"],[role="menu"],[role="combobox"]') !== null);
};

export function useCaseShortcuts(handlers: Record<ShortcutKey, () => void>): void {
  // The latest handlers without re-subscribing on every render.
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (typing(e.target) || document.querySelector('[role="dialog"], [role="presentation"].MuiPopover-root')) return;
      const handler = (ref.current as Record<string, (() => void) | undefined>)[e.key];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
