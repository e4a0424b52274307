import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { Analytics } from '../../dataProvider/domain';
import { formatMinutes, formatPercent } from '../../common/format';
import { humanize } from '../../schema';
import { Panel } from '../Panel';
import { useTranslate } from 'react-admin';


function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const translate = useTranslate();
  return (
    <Tooltip title={hint ? translate(hint) : ''}>
      <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, minWidth: 120 }}>
        <Typography variant="caption" color="text.secondary">
          {translate(label)}
        </Typography>
        <Typography variant="h5" component="p">
          {value}
        </Typography>
      </Box>
    </Tooltip>
  );
}

// Medians are in minutes and run to days for resolution: "2 d 3 h" (formatMinutes), not "3060 min".
export function ClosedLoop({ loop }: { loop: Analytics['loopAnalytics'] | undefined }) {
  const translate = useTranslate();
  return (
    <Panel title="cx.dashboard.closed_loop.title">
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
        <Kpi label="cx.dashboard.closed_loop.recovery_rate" value={formatPercent(loop?.recoveryRate)} hint="cx.dashboard.closed_loop.recovery_hint" />
        <Kpi label="cx.dashboard.closed_loop.resolved" value={String(loop?.resolved ?? 0)} />
        <Kpi label="cx.dashboard.closed_loop.recovered" value={String(loop?.recovered ?? 0)} />
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('cx.dashboard.closed_loop.team')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.closed_loop.escalations')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.closed_loop.sla_hit_rate')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.closed_loop.median_first_contact')}</TableCell>
            <TableCell align="right">{translate('cx.dashboard.closed_loop.median_resolution')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(loop?.teams ?? []).map((t) => (
            <TableRow key={t.team}>
              <TableCell>{humanize(t.team)}</TableCell>
              <TableCell align="right">{t.escalations}</TableCell>
              <TableCell align="right">{formatPercent(t.slaHitRate)}</TableCell>
              <TableCell align="right">{formatMinutes(t.medianMinutesToFirstContact)}</TableCell>
              <TableCell align="right">{formatMinutes(t.medianMinutesToResolution)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}
