// Import a CSV of reviews in two steps: choosing the file asks the API for a dry run
// (importReviewsCsv dryRun), which reads and checks it exactly as the import will, and the
// dialog shows every row with what importing does to it; "Import N reviews" then sends the same
// file for real. The columns, their help and the template file are the API's
// (reviewImportTemplate), so the panel holds no rule about what a row must be.
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useTranslate, type TranslateFunction } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';
import { useDomainAction } from '../common/useDomainAction';
import { hasMutation } from '../schema';

type Result = Awaited<ReturnType<CxDataProvider['importReviewsCsv']>>;
type Row = Result['rows'][number];

const OUTCOME: Record<string, { label: string; color: 'success' | 'default' | 'error' }> = {
  CREATE: { label: 'cx.reviews.import.outcome.CREATE', color: 'success' },
  DUPLICATE: { label: 'cx.reviews.import.outcome.DUPLICATE', color: 'default' },
  INVALID: { label: 'cx.reviews.import.outcome.INVALID', color: 'error' },
};

const excerpt = (t: string) => (t.length > 90 ? `${t.slice(0, 87)}…` : t);

/** The API's columns (folded away once a file is being previewed) and its template file. */
function Template({ columns }: { columns: boolean }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data } = useQuery({ queryKey: ['reviewImportTemplate'], queryFn: () => dataProvider.reviewImportTemplate(), staleTime: Infinity });
  const translate = useTranslate();
  if (!data) return null;
  return (
    <Box>
      {columns && (
        <>
          <Typography variant="subtitle2">{translate('cx.reviews.import.columns')}</Typography>
          <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 2.5 }}>
            {data.columns.map((c) => (
              <Typography component="li" variant="body2" key={c.name}>
                <strong>{c.name}</strong>
                {c.required ? '' : ` ${translate('cx.reviews.import.optional')}`}: {c.description}
              </Typography>
            ))}
          </Box>
        </>
      )}
      <Button size="small" component="a" href={`data:text/csv;charset=utf-8,${encodeURIComponent(data.csv)}`} download="review-import-template.csv">
        {translate('cx.reviews.import.download_template')}
      </Button>
    </Box>
  );
}

function Preview({ result }: { result: Result }) {
  const translate = useTranslate();
  const problems = result.rows.filter((r) => r.outcome === 'INVALID').length;
  const fileErrors = result.errors.filter((e) => !result.rows.some((r) => r.row === e.row));
  return (
    <Stack spacing={1.5} data-testid="import-preview">
      {problems > 0 ? (
        <Alert severity="error">
          {translate('cx.reviews.import.problems', { problems, rows: result.rows.length })}
        </Alert>
      ) : (
        <Alert severity={result.created ? 'info' : 'warning'}>
          {translate('cx.reviews.import.summary', { rows: result.rows.length, created: result.created, duplicates: result.duplicates })}
        </Alert>
      )}
      {fileErrors.map((e) => (
        <Alert key={`${e.row}-${e.field}`} severity="error">
          {translate('cx.reviews.import.row_error', { row: e.row, message: e.message })}
        </Alert>
      ))}
      <Box sx={{ maxHeight: 360, overflow: 'auto' }}>
        <Table size="small" stickyHeader aria-label={translate('cx.reviews.import.table')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('cx.reviews.import.head.row')}</TableCell>
              <TableCell>{translate('cx.reviews.import.head.author')}</TableCell>
              <TableCell>{translate('cx.reviews.import.head.rating')}</TableCell>
              <TableCell>{translate('cx.reviews.import.head.source')}</TableCell>
              <TableCell>{translate('cx.reviews.import.head.text')}</TableCell>
              <TableCell>{translate('cx.reviews.import.head.outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.rows.map((r: Row) => (
              <TableRow key={r.row} data-testid={`import-row-${r.row}`}>
                <TableCell>{r.row}</TableCell>
                <TableCell>{r.authorName}</TableCell>
                <TableCell>{r.rating}</TableCell>
                <TableCell>{r.source}</TableCell>
                <TableCell>
                  {excerpt(r.text)}
                  {r.errors.map((e, i) => (
                    <Typography key={i} variant="body2" color="error">
                      {e.message}
                    </Typography>
                  ))}
                </TableCell>
                <TableCell>
                  <Chip size="small" label={OUTCOME[r.outcome] ? translate(OUTCOME[r.outcome].label) : r.outcome} color={OUTCOME[r.outcome]?.color ?? 'default'} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
}

function importLabel(preview: Result | null, translate: TranslateFunction): string {
  if (!preview || preview.errors.length) return translate('cx.reviews.import.import');
  if (preview.created === 0) return translate('cx.reviews.import.nothing_new');
  return translate('cx.reviews.import.import_n', { smart_count: preview.created });
}

export function ImportCsvButton() {
  const notify = useNotify();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<Result | null>(null);
  const close = () => {
    setOpen(false);
    setFile(null);
    setPreview(null);
  };
  // The dry run writes nothing: the list has nothing to refetch.
  const check = useDomainAction('importReviewsCsv', { refresh: false, onSuccess: setPreview });
  const run = useDomainAction('importReviewsCsv', {
    onSuccess: (r) => {
      // Someone may have imported the same reviews since the preview: then the API answers with fresh row errors.
      if (r.errors.length) return setPreview(r);
      notify(translate('cx.reviews.import.imported', { created: r.created, duplicates: r.duplicates }), { type: 'success' });
      close();
    },
  });
  if (!hasMutation('importReviewsCsv')) return null;
  const ready = preview && file && preview.errors.length === 0 && preview.created > 0;
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate('cx.reviews.import.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md" aria-labelledby="import-csv-title">
        <DialogTitle id="import-csv-title">{translate('cx.reviews.import.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Template columns={!preview} />
            <Stack direction="row" spacing={1} alignItems="center">
              <Button variant="outlined" onClick={() => input.current?.click()} disabled={check.isPending || run.isPending}>
                {translate(file ? 'cx.reviews.import.choose_another' : 'cx.reviews.import.choose')}
              </Button>
              <Typography variant="body2" color="text.secondary">
                {check.isPending ? translate('cx.reviews.import.checking', { name: file?.name }) : file ? file.name : translate('cx.reviews.import.no_file')}
              </Typography>
            </Stack>
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv"
              hidden
              data-testid="import-csv"
              onChange={async (e) => {
                const chosen = e.target.files?.[0];
                e.target.value = ''; // the same file can be chosen again after fixing it
                if (!chosen) return;
                const csv = await chosen.text();
                setFile({ name: chosen.name, csv });
                setPreview(null);
                check.mutate({ csv, dryRun: true });
              }}
            />
            {preview && <Preview result={preview} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!ready || run.isPending}
            onClick={() => file && run.mutate({ csv: file.csv, dryRun: false })}
          >
            {importLabel(preview, translate)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
