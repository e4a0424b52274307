// One domain action (a custom data-provider method, useDomainAction) as a button: shown when the
// record's availableActions list it, disabled with the API's reason when blocked (ActionButton).
// With inputs it opens a dialog holding a react-admin <Form>: the inputs validate as on any
// react-admin form, the API's field errors land under their inputs, and a refusal because
// someone changed the record meanwhile stays in the dialog, with a Reload that keeps what the
// person typed. Without inputs it asks first (confirm) or runs on click.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type ButtonProps,
  type DialogProps as MuiDialogProps,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Children,
  isValidElement,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { Form, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { fieldErrorsOf, isStaleVersion } from '../dataProvider/errors';
import type { DomainMethods } from '../dataProvider/domain';
import { ActionButton } from './ActionButton';
import { actionsOf, type AvailableAction } from './actions';
import { ConflictAlert } from './ConflictNotice';
import { useDomainAction, type MethodName } from './useDomainAction';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ActionValues = Record<string, any>;

/** An action with no availableActions entry of its own (creating an API key, acknowledging an alert): its page's access decides. */
const OFFERED: AvailableAction = { action: '', enabled: true };
const NO_RECORD = {} as RaRecord;

export interface DomainActionButtonProps<K extends MethodName> extends Omit<ButtonProps, 'action' | 'onClick' | 'children' | 'title'> {
  /** The record's availableActions entry, by name (no button when the API does not list it), or the entry itself. */
  action?: string | AvailableAction;
  method: K;
  /** The mutation's input from the dialog's values and the record as the page has it now (its id, its version as expectedVersion). */
  toVariables: (values: ActionValues, record: RaRecord) => Parameters<DomainMethods[K]>[0];
  label: string;
  icon?: ReactElement;
  /** The dialog's title; default: the label. */
  title?: string;
  description?: ReactNode;
  /**
   * The dialog's inputs: any react-admin inputs, directly or inside layout elements (a Grid, a
   * Stack) written here; the API's field errors land under the input whose source they name.
   */
  children?: ReactNode;
  defaultValues?: ActionValues | ((record: RaRecord) => ActionValues);
  /** No inputs, but asks before running (destructive or hard to undo). */
  confirm?: boolean;
  /** The dialog's submit button; default: the label. Inside the form, so it may read the values (useWatch). */
  confirmLabel?: ReactNode;
  /** Destructive (hold, cancel, revoke, erase): the dialog's submit button is red. */
  danger?: boolean;
  success?: string;
  /** The button's text while an action without a dialog runs. */
  pendingLabel?: string;
  /** false: onSuccess puts the result in react-admin's cache itself (see useDomainAction). */
  refresh?: boolean;
  /** The dialog's width; default sm. */
  dialogMaxWidth?: MuiDialogProps['maxWidth'];
  /** Every refusal stays in the dialog, not a toast: for an action the API decides per person (the maker-checker's MONEY_SELF_APPROVAL). */
  refusalInDialog?: boolean;
  onSuccess?: (result: Awaited<ReturnType<DomainMethods[K]>>) => void;
}

export function DomainActionButton<K extends MethodName>({
  action,
  method,
  toVariables,
  label,
  icon,
  title,
  description,
  children,
  defaultValues,
  confirm = false,
  confirmLabel,
  danger = false,
  success,
  pendingLabel,
  refresh,
  dialogMaxWidth,
  refusalInDialog = false,
  onSuccess,
  ...buttonProps
}: DomainActionButtonProps<K>) {
  const contextRecord = useRecordContext();
  const translate = useTranslate();
  const record = contextRecord ?? NO_RECORD;
  // Read at submit time: after a Reload the page's record (its version) is the new one.
  const recordRef = useRef(record);
  recordRef.current = record;
  const [open, setOpen] = useState(false);
  const withDialog = confirm || Children.toArray(children).length > 0;
  const mutation = useDomainAction(method, {
    success,
    refresh,
    inForm: withDialog,
    conflictInForm: withDialog,
    refusalInForm: withDialog && refusalInDialog,
    onSuccess: (result) => {
      setOpen(false);
      onSuccess?.(result);
    },
  });
  const available = typeof action === 'string' ? actionsOf(contextRecord).find(action) : action ?? OFFERED;
  // An open dialog stays while the record changes under it (a Reload), saying so if the action went.
  if (!available && !open) return null;

  const run = (values: ActionValues) => mutation.mutateAsync(toVariables(values, recordRef.current));
  return (
    <>
      {available && (
        <ActionButton
          available={available}
          startIcon={icon}
          {...buttonProps}
          disabled={buttonProps.disabled || (!withDialog && mutation.isPending)}
          onClick={(event) => {
            // On a clickable list row the button must not also open the row.
            event.stopPropagation();
            if (withDialog) setOpen(true);
            else mutation.mutate(toVariables({}, record));
          }}
        >
          {!withDialog && mutation.isPending && pendingLabel ? pendingLabel : label}
        </ActionButton>
      )}
      {open && (
        <DomainActionDialog
          title={title ?? label}
          description={description}
          warning={
            !available
              ? translate('cx.actions.no_longer_possible')
              : available.enabled
              ? null
              : available.reason ?? translate('cx.actions.not_possible')
          }
          confirmLabel={confirmLabel ?? label}
          danger={danger}
          maxWidth={dialogMaxWidth}
          refusalInDialog={refusalInDialog}
          defaultValues={typeof defaultValues === 'function' ? defaultValues(record) : defaultValues}
          run={run}
          onClose={() => setOpen(false)}
        >
          {children}
        </DomainActionDialog>
      )}
    </>
  );
}

export interface DomainActionDialogProps {
  title: string;
  description?: ReactNode;
  /** Why the action would be refused now (blocked, or gone after a Reload): shown, and the submit button is disabled. */
  warning?: string | null;
  confirmLabel: ReactNode;
  danger?: boolean;
  maxWidth?: MuiDialogProps['maxWidth'];
  defaultValues?: ActionValues;
  children?: ReactNode;
  /** A refusal that is neither a field error nor a stale version is shown here too (its caller shows no toast). */
  refusalInDialog?: boolean;
  /** Runs the action; a refusal it throws lands in the dialog (a stale version, field errors under their inputs). */
  run: (values: ActionValues) => Promise<unknown>;
  onClose: () => void;
}

/** The sources of the react-admin inputs among these elements, looking inside layout elements written in place. */
function sourcesOf(children: ReactNode): string[] {
  return Children.toArray(children).flatMap((c) => {
    if (!isValidElement<{ source?: unknown; children?: ReactNode }>(c)) return [];
    return typeof c.props.source === 'string' ? [c.props.source] : sourcesOf(c.props.children);
  });
}

/**
 * The dialog of a domain action on react-admin's <Form> (DomainActionButton's, or an action's with
 * a flow of its own, such as a bulk action): its inputs validate as on any form, the API's field
 * errors land under them, and a stale-version refusal stays in it with a Reload.
 * Mounted per opening, so each starts from the defaults with no error from an earlier one.
 */
export function DomainActionDialog({
  title,
  description,
  warning = null,
  confirmLabel,
  danger = false,
  maxWidth = 'sm',
  defaultValues,
  children,
  refusalInDialog = false,
  run,
  onClose,
}: DomainActionDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const descriptionId = useId();
  // Frozen at opening: a Reload re-reads the record but must not reset what the person typed.
  const [initial] = useState<ActionValues>(() => defaultValues ?? {});
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const sources = useMemo(() => sourcesOf(children), [children]);
  // The first input, whatever kind it is (a text box, a select's button), takes the keyboard. A
  // ref, not an effect here: the dialog's portal mounts its content after this component.
  const focusFirstInput = useCallback((content: HTMLDivElement | null) => {
    content
      ?.querySelector<HTMLElement>('input:not([type=hidden]):not([tabindex="-1"]), textarea:not([tabindex="-1"]), [role=combobox]')
      ?.focus();
  }, []);

  const submit = async (values: ActionValues) => {
    setConflict(null);
    setOtherErrors([]);
    setSubmitting(true);
    try {
      await run(values);
      return undefined;
    } catch (error) {
      if (isStaleVersion(error)) {
        setConflict((error as Error).message);
        return undefined;
      }
      const fields = fieldErrorsOf(error);
      // Any other refusal is a notification (useDomainAction), or here with refusalInDialog; the dialog stays open for another try.
      if (!fields) {
        if (refusalInDialog) setOtherErrors([error instanceof Error ? error.message : translate('ra.notification.data_provider_error')]);
        return undefined;
      }
      const entries = Object.entries(fields);
      // A field error for a field this dialog does not show still belongs here, not in a toast.
      setOtherErrors(entries.filter(([name]) => !sources.includes(name)).map(([, message]) => message));
      return Object.fromEntries(entries.filter(([name]) => sources.includes(name)));
    } finally {
      setSubmitting(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      // Resolves once the page's queries have fetched the record again (its new version).
      await queryClient.invalidateQueries();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      // The dialog is portalled to <body>, but React still bubbles its clicks through the tree it
      // is rendered in: inside a clickable list row, every click here (title, fields, buttons,
      // backdrop) would also open the row.
      onClick={(e) => e.stopPropagation()}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      {/* record: the form starts from the action's defaults, not from the page's record. */}
      <Form record={initial} onSubmit={submit} noValidate disableInvalidFormNotification>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent ref={focusFirstInput}>
          {warning && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {warning}
            </Alert>
          )}
          {conflict && (
            <ConflictAlert message={conflict} onReload={() => void reload()} reloading={reloading} variant="standard" />
          )}
          {otherErrors.map((m) => (
            <Alert key={m} severity="error" sx={{ mb: 2 }}>
              {m}
            </Alert>
          ))}
          {description && (
            <DialogContentText id={descriptionId} sx={{ mb: 2, mt: conflict ? 2 : 0 }}>
              {description}
            </DialogContentText>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={danger ? 'error' : 'primary'}
            disabled={Boolean(warning) || Boolean(conflict) || reloading || submitting}
          >
            {confirmLabel}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
