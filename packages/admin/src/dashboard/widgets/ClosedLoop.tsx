import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { Analytics } from '../../dataProvider/domain';
import { formatMinutes } from '../../common/format';
import { humanize } from '../../schema';
import { Panel } from '../Panel';

const pct = (v: number | null | undefined) => (typeof v === 'number' ? `${v.toFixed(0)}%` : '—');
// Medians in minutes run to days for resolution: "2 d 3 h" (common/format.ts), not "3060 min".
const minutes = (v: number | null | undefined) => formatMinutes(v);

function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Tooltip title={hint ?? ''}>
      <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, minWidth: 120 }}>
        <Typography variant="caption" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" component="p">
          {value}
        </Typography>
      </Box>
    </Tooltip>
  );
}

export function ClosedLoop({ loop }: { loop: Analytics['loopAnalytics'] | undefined }) {
  return (
    <Panel title="Closed loop">
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
        <Kpi label="Recovery rate" value={pct(loop?.recoveryRate)} hint="Resolved escalations whose updated rating is 3 or more" />
        <Kpi label="Resolved" value={String(loop?.resolved ?? 0)} />
        <Kpi label="Recovered" value={String(loop?.recovered ?? 0)} />
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell align="right">Escalations</TableCell>
            <TableCell align="right">SLA hit rate</TableCell>
            <TableCell align="right">Median to first contact</TableCell>
            <TableCell align="right">Median to resolution</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(loop?.teams ?? []).map((t) => (
            <TableRow key={t.team}>
              <TableCell>{humanize(t.team)}</TableCell>
              <TableCell align="right">{t.escalations}</TableCell>
              <TableCell align="right">{pct(t.slaHitRate)}</TableCell>
              <TableCell align="right">{minutes(t.medianMinutesToFirstContact)}</TableCell>
              <TableCell align="right">{minutes(t.medianMinutesToResolution)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}
