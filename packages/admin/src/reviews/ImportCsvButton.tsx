// Upload a CSV of reviews (importReviewsCsv). The API imports all rows or none, and lists every
// row error, which this dialog shows so the file can be fixed and sent again.
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useDomainAction } from '../common/useDomainAction';
import { hasMutation } from '../schema';

type Result = Awaited<ReturnType<import('../dataProvider/domain').DomainMethods['importReviewsCsv']>>;

export function ImportCsvButton() {
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<Result | null>(null);
  const run = useDomainAction('importReviewsCsv', { onSuccess: setResult });
  if (!hasMutation('importReviewsCsv')) return null;
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={run.isPending}>
        Import CSV
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="import-csv"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again after fixing it
          if (file) run.mutate({ csv: await file.text() });
        }}
      />
      <Dialog open={!!result} onClose={() => setResult(null)} fullWidth maxWidth="sm">
        <DialogTitle>Review import</DialogTitle>
        <DialogContent>
          {result && result.errors.length === 0 && (
            <Alert severity="success">
              {result.created} imported, {result.duplicates} already known (unchanged).
            </Alert>
          )}
          {result && result.errors.length > 0 && (
            <>
              <Alert severity="error">Nothing was imported. Fix these rows and upload the whole file again.</Alert>
              <List dense>
                {result.errors.map((err, i) => (
                  <ListItem key={i}>
                    <Typography variant="body2">
                      Row {err.row}
                      {err.field ? `, ${err.field}` : ''}: {err.message}
                    </Typography>
                  </ListItem>
                ))}
              </List>
            </>
          )}
          <Typography variant="caption" color="text.secondary">
            Columns: source, externalId, authorName, rating, text, postedAt, and optionally orderId, consentNote.
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setResult(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
