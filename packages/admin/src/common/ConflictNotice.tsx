// A refusal because the record changed since the page loaded it (CONFLICT on expectedVersion):
// who changed it, and a Reload that re-reads the page's records so the person sees the other
// change before acting again. In an action's dialog (DomainActionButton) it stays there, with the
// person's input; an action without a dialog shows it as a notification (ConflictNotice).
import { Alert, Button } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';

export function ConflictAlert({
  message,
  onReload,
  reloading = false,
  variant = 'filled',
}: {
  message: string;
  onReload: () => void;
  reloading?: boolean;
  variant?: 'filled' | 'standard';
}) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      variant={variant}
      role="alert"
      data-testid="conflict-notice"
      action={
        <Button color="inherit" size="small" disabled={reloading} onClick={onReload}>
          {translate(reloading ? 'cx.conflict.reloading' : 'cx.conflict.reload')}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}

export function ConflictNotice({ message }: { message: string }) {
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <ConflictAlert
      message={message}
      onReload={() => {
        refresh();
        close();
      }}
    />
  );
}
