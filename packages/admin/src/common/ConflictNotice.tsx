// The notification for an action refused because the record changed since the page loaded it
// (CONFLICT on expectedVersion): who changed it, and a Reload that re-reads the page's records
// so the person sees the other change before acting again.
import { Alert, Button } from '@mui/material';
import { useCloseNotification, useRefresh } from 'react-admin';

export function ConflictNotice({ message }: { message: string }) {
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      data-testid="conflict-notice"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            refresh();
            close();
          }}
        >
          Reload
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
