// A small form in a dialog for domain actions that need a reason, an outcome or a choice.
// Plain MUI state rather than a react-admin form: these are not records being edited.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../dataProvider/errors';

export interface ActionField {
  name: string;
  label: string;
  /** Default: a one-line text box. */
  kind?: 'text' | 'multiline' | 'select' | 'multiselect' | 'number';
  choices?: { id: string; name: string }[];
  required?: boolean;
  helperText?: string;
  initial?: string;
}

export interface ActionDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** Why the API would refuse this now (a blocked action's reason), shown above the form. */
  warning?: string | null;
  fields: ActionField[];
  confirmLabel: string;
  /** Destructive actions (hold, reject, revoke) get a red button. */
  danger?: boolean;
  pending?: boolean;
  /** The action's last error (the mutation's): the API's field errors land under their fields. */
  error?: unknown;
  onClose: () => void;
  onConfirm: (values: Record<string, string>) => void;
}

export function ActionDialog(props: ActionDialogProps) {
  // Remounted per opening so fields start empty each time.
  return props.open ? <ActionDialogBody {...props} /> : null;
}

function ActionDialogBody({ open, title, description, warning, fields, confirmLabel, danger, pending, error, onClose, onConfirm }: ActionDialogProps) {
  const translate = useTranslate();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])),
  );
  // An error from an earlier opening is not this one's; a field's error goes once it is edited.
  const [staleError] = useState(() => error);
  const [edited, setEdited] = useState<{ error: unknown; names: string[] }>({ error: undefined, names: [] });
  const fieldErrors = error && error !== staleError ? fieldErrorsOf(error) ?? {} : {};
  const errorOf = (name: string) => (edited.error === error && edited.names.includes(name) ? undefined : fieldErrors[name]);
  // A field error for a field this dialog does not show still belongs here, not in a toast.
  const otherErrors = Object.entries(fieldErrors).filter(([name]) => !fields.some((f) => f.name === name)).map(([, m]) => m);
  const missing = fields.some((f) => f.required !== false && !values[f.name]?.trim());
  const submit = () => {
    if (!missing && !pending) onConfirm(values);
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      // The dialog is portalled to <body>, but React still bubbles its clicks through the tree it
      // is rendered in: inside a clickable list row, every click here (title, fields, buttons,
      // backdrop) would also open the row.
      onClick={(e) => e.stopPropagation()}
      fullWidth
      maxWidth="sm"
      aria-labelledby="action-dialog-title"
    >
      <DialogTitle id="action-dialog-title">{title}</DialogTitle>
      <DialogContent>
        {warning && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {warning}
          </Alert>
        )}
        {otherErrors.map((m) => (
          <Alert key={m} severity="error" sx={{ mb: 2 }}>
            {m}
          </Alert>
        ))}
        {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
        {fields.map((f, i) => (
          <TextField
            key={f.name}
            name={f.name}
            label={f.label}
            // A multiselect's value travels as "A,B" so every field stays a string.
            value={f.kind === 'multiselect' ? values[f.name].split(',').filter(Boolean) : values[f.name]}
            onChange={(e) => {
              const raw: unknown = e.target.value;
              setValues((v) => ({ ...v, [f.name]: Array.isArray(raw) ? raw.join(',') : String(raw) }));
              if (fieldErrors[f.name]) setEdited((e) => ({ error, names: e.error === error ? [...e.names, f.name] : [f.name] }));
            }}
            select={f.kind === 'select' || f.kind === 'multiselect'}
            slotProps={f.kind === 'multiselect' ? { select: { multiple: true } } : undefined}
            multiline={f.kind === 'multiline'}
            minRows={f.kind === 'multiline' ? 3 : undefined}
            type={f.kind === 'number' ? 'number' : 'text'}
            required={f.required !== false}
            error={Boolean(errorOf(f.name))}
            helperText={errorOf(f.name) ?? f.helperText}
            autoFocus={i === 0}
            fullWidth
            margin="dense"
          >
            {f.choices?.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color={danger ? 'error' : 'primary'} disabled={missing || pending} onClick={submit}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
