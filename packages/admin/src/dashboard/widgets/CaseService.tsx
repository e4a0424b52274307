// Support cases' service per team over the last 4 weeks (caseAnalytics, A1 with K2, K6): the API
// counts and divides; the widget formats. Each team sees the figures of the cases it may read.
import DownloadIcon from '@mui/icons-material/GetApp';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { formatMinutes, formatNumber, formatPercent } from '../../common/format';
import { downloadServerCsvOf } from '../../common/serverExport';
import type { CxDataProvider } from '../../dataProvider';
import type { CaseServiceFigures } from '../../dataProvider/domain';
import { humanize } from '../../schema';
import { Panel } from '../Panel';

const WEEKS = 4;
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The column's heading, with what the API counts as its tooltip. */
function Heading({ label, hint }: { label: string; hint: string }) {
  const translate = useTranslate();
  return (
    <TableCell align="right">
      <Tooltip title={translate(hint)}>
        <span>{translate(label)}</span>
      </Tooltip>
    </TableCell>
  );
}

/** The share, with the count it is a share of ("2 of 3") on hover. */
function Rate({ value, part, whole }: { value: number | null | undefined; part?: number; whole?: string }) {
  const translate = useTranslate();
  const shown = formatPercent(value);
  return <TableCell align="right">{part === undefined || value == null ? shown : <Tooltip title={translate(whole ?? 'cx.dashboard.case_service.met', { count: part })}><span>{shown}</span></Tooltip>}</TableCell>;
}

export function CaseService() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<CxDataProvider>();
  const [busy, setBusy] = useState(false);
  const range = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - WEEKS * WEEK_MS).toISOString(), to: to.toISOString() };
  }, []);
  const { data, error, isPending } = useQuery<CaseServiceFigures[], Error>({
    queryKey: ['caseAnalytics', range, 'TEAM'],
    queryFn: () => dataProvider.caseAnalytics({ ...range, groupBy: 'TEAM' }),
  });
  const teams = data ?? [];

  const exportCsv = async () => {
    setBusy(true);
    try {
      const name = await downloadServerCsvOf('case-analytics', { ...range, groupBy: 'TEAM' });
      notify('cx.export.downloaded', { type: 'info', messageArgs: { name } });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'cx.export.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title="cx.dashboard.case_service.title" testId="case-service">
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('cx.dashboard.case_service.subtitle', { smart_count: WEEKS })}
        </Typography>
        <Button label={busy ? 'cx.export.exporting' : 'cx.dashboard.case_service.export'} onClick={() => void exportCsv()} disabled={busy || teams.length === 0} aria-busy={busy}>
          <DownloadIcon />
        </Button>
      </Stack>
      {error && <Typography color="error">{error.message}</Typography>}
      {isPending && <Typography>{translate('cx.dashboard.loading')}</Typography>}
      {data && teams.length === 0 && <Typography color="text.secondary">{translate('cx.dashboard.case_service.none')}</Typography>}
      {teams.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('cx.dashboard.case_service.team')}</TableCell>
              <Heading label="cx.dashboard.case_service.cases" hint="cx.dashboard.case_service.cases_hint" />
              <Heading label="cx.dashboard.case_service.first_response" hint="cx.dashboard.case_service.hit_rate_hint" />
              <Heading label="cx.dashboard.case_service.resolution" hint="cx.dashboard.case_service.hit_rate_hint" />
              <Heading label="cx.dashboard.case_service.median_first_response" hint="cx.dashboard.case_service.median_hint" />
              <Heading label="cx.dashboard.case_service.median_resolution" hint="cx.dashboard.case_service.median_hint" />
              <Heading label="cx.dashboard.case_service.reopen_rate" hint="cx.dashboard.case_service.reopen_hint" />
              <Heading label="cx.dashboard.case_service.csat" hint="cx.dashboard.case_service.csat_hint" />
            </TableRow>
          </TableHead>
          <TableBody>
            {teams.map((t) => (
              <TableRow key={t.group}>
                <TableCell>{humanize(t.group)}</TableCell>
                <TableCell align="right">{formatNumber(t.cases)}</TableCell>
                <Rate value={t.firstResponseHitRate} part={t.firstResponseMet} />
                <Rate value={t.resolutionHitRate} part={t.resolutionMet} />
                <TableCell align="right">{formatMinutes(t.medianFirstResponseMinutes)}</TableCell>
                <TableCell align="right">{formatMinutes(t.medianResolutionMinutes)}</TableCell>
                <Rate value={t.reopenRate} part={t.reopened} whole="cx.dashboard.case_service.reopened" />
                <Rate value={t.resolutionCsat} part={t.rated} whole="cx.dashboard.case_service.rated" />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
