// One case (K1–K6) as the agent works it: the header with both SLA clocks, the steps the API
// offers, the reply box, the timeline of everything that happened (oldest first) and what was
// sent to the customer. Single-key shortcuts (r n p e x) reach the reply box and the steps.
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { Box, Button, Card, CardContent, Chip, Divider, Grid, Popover, Stack, Typography } from '@mui/material';
import { isObjectType } from 'graphql';
import { useState } from 'react';
import { Labeled, Link, Show, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canRead } from '../access';
import { actionsOf, AVAILABLE_ACTIONS } from '../common/actions';
import { EnumChipField, Stars } from '../common/fields';
import { formatWhen } from '../common/format';
import { PhoneLink } from '../common/PhoneLink';
import { BreachBadge } from '../escalations/SlaCountdown';
import { OrderHistory, ORDER_HISTORY_FIELDS } from '../orders/OrderHistory';
import { humanize, schema } from '../schema';
import { ProposeMoneyButton } from '../money/ProposeMoneyButton';
import { CaseActions } from './CaseActions';
import { CaseClock } from './CaseClocks';
import { focusReplyBody, ReplyBox, type ReplyMode } from './ReplyBox';
import { CASE_SHORTCUTS, useCaseShortcuts } from './useCaseShortcuts';

const caseType = schema.getType('SupportCase');
/** K8's reply templates, asked for once the API has them (the bundled schema says so). */
const hasTemplates = isObjectType(caseType) && 'replyTemplates' in caseType.getFields();

const SHOW_FIELDS = [
  'id',
  // Sent back with each step (expectedVersion): a change since loading is refused, not overwritten.
  'version',
  'number',
  'type',
  'status',
  'priority',
  'channel',
  'team',
  'subject',
  'description',
  'deviceSerial',
  'createdAt',
  'firstResponseDueAt',
  'firstRespondedAt',
  'resolutionDueAt',
  'resolvedAt',
  'closedAt',
  'slaBreached',
  'slaPausedAt',
  'parkReason',
  'parkedUntil',
  'resolution',
  { resolutionFeedback: ['id', 'rating', 'comment'] },
  'reopenCount',
  AVAILABLE_ACTIONS,
  { assignee: ['id', 'name'] },
  // [] for whoever may not assign (the API's field rule).
  { assignableUsers: ['id', 'name'] },
  { customer: ['id', 'name', 'phone', 'phoneUri'] },
  // The order's story beside the case (as on an escalation): its messages, and the rating the resolution asked for (K6).
  { order: ['id', 'externalRef', 'status', 'deviceModel', ...ORDER_HISTORY_FIELDS] },
  { interactions: ['id', 'at', 'kind', 'channel', 'summary', { by: ['id', 'name'] }] },
  { messages: ['id', 'kind', 'channel', 'status', 'body', 'scheduledFor', 'sentAt'] },
  ...(hasTemplates ? [{ replyTemplates: ['id', 'name', 'source', 'body'] }] : []),
];

const CaseTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate('cx.cases.show_title', { number: record?.number ?? '' })}</>;
};

interface Interaction { id: string; at: string; kind: string; channel: string; summary: string; by?: { name: string } | null }
interface Message { id: string; kind: string; channel: string; status: string; body: string; scheduledFor: string; sentAt?: string | null }

function Header() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h6" component="h2">
          {r.number} · {r.subject}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {humanize(r.type)} · {translate('cx.cases.opened_via', { channel: humanize(r.channel), when: formatWhen(r.createdAt) })}
        </Typography>
      </Box>
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled label="resources.SupportCase.fields.status">
          <EnumChipField source="status" />
        </Labeled>
        <Labeled label="resources.SupportCase.fields.team">
          <EnumChipField source="team" />
        </Labeled>
        <Labeled label="resources.SupportCase.fields.priority">
          <EnumChipField source="priority" />
        </Labeled>
        <Labeled label="resources.SupportCase.fields.firstResponseDueAt">
          <CaseClock kind="firstResponse" />
        </Labeled>
        <Labeled label="resources.SupportCase.fields.resolutionDueAt">
          <Stack direction="row" spacing={1} alignItems="center">
            <CaseClock kind="resolution" />
            <BreachBadge />
          </Stack>
        </Labeled>
        <Labeled label="resources.SupportCase.fields.assignee">
          <Typography variant="body2">{r.assignee?.name ?? translate('cx.cases.unassigned')}</Typography>
        </Labeled>
      </Stack>
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled label="resources.SupportCase.fields.customer">
          <Typography variant="body2">
            {canRead(permissions, 'Customer') ? <Link to={`/Customer/${r.customer?.id}/show`}>{r.customer?.name}</Link> : r.customer?.name} ·{' '}
            <PhoneLink customer={r.customer} />
          </Typography>
        </Labeled>
        <Labeled label="resources.SupportCase.fields.order">
          <Typography variant="body2">
            {!r.order
              ? translate('cx.cases.no_order')
              : canRead(permissions, 'Order')
              ? <Link to={`/Order/${r.order.id}/show`}>{r.order.externalRef}</Link>
              : r.order.externalRef}
            {r.order?.deviceModel ? ` · ${r.order.deviceModel}` : ''}
          </Typography>
        </Labeled>
        {r.deviceSerial && (
          <Labeled label="resources.SupportCase.fields.deviceSerial">
            <Typography variant="body2">{r.deviceSerial}</Typography>
          </Labeled>
        )}
      </Stack>
      <Labeled label="resources.SupportCase.fields.description">
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {r.description}
        </Typography>
      </Labeled>
      {r.parkReason && (
        <Typography variant="body2" sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
          {r.parkedUntil
            ? translate('cx.cases.parked_until', { reason: r.parkReason, when: formatWhen(r.parkedUntil) })
            : translate('cx.cases.parked', { reason: r.parkReason })}
        </Typography>
      )}
      {r.resolution && (
        <Labeled label={translate('cx.cases.resolution_at', { when: formatWhen(r.resolvedAt) })}>
          <Typography variant="body2">{r.resolution}</Typography>
        </Labeled>
      )}
      {r.resolutionFeedback && (
        <Labeled label="cx.cases.resolution_rating">
          <Stack direction="row" spacing={1} alignItems="center" data-testid="resolution-rating">
            <Stars rating={r.resolutionFeedback.rating} />
            {r.resolutionFeedback.comment && <Typography variant="body2">“{r.resolutionFeedback.comment}”</Typography>}
          </Stack>
        </Labeled>
      )}
    </Stack>
  );
}

function Timeline() {
  const r = useRecordContext();
  const translate = useTranslate();
  const items: Interaction[] = r?.interactions ?? [];
  return (
    <Box component="section" aria-labelledby="case-timeline">
      <Typography variant="subtitle1" component="h2" id="case-timeline" gutterBottom>
        {translate('cx.cases.timeline')}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('cx.cases.no_interactions')}
        </Typography>
      ) : (
        <Stack component="ol" spacing={1} divider={<Divider flexItem />} data-testid="case-timeline" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {items.map((i) => (
            <Box component="li" key={i.id} data-kind={i.kind}>
              <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                <Chip size="small" variant={i.kind === 'NOTE' ? 'outlined' : 'filled'} label={humanize(i.kind)} />
                <Typography variant="caption" color="text.secondary">
                  {formatWhen(i.at)} · {humanize(i.channel)} · {i.by?.name ?? translate('cx.cases.system_or_customer')}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                {i.summary}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function Messages() {
  const r = useRecordContext();
  const translate = useTranslate();
  const items: Message[] = r?.messages ?? [];
  return (
    <Box component="section" aria-labelledby="case-messages">
      <Typography variant="subtitle1" component="h2" id="case-messages" gutterBottom>
        {translate('cx.cases.messages')}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('cx.cases.no_messages')}
        </Typography>
      ) : (
        <Stack spacing={1} divider={<Divider flexItem />} data-testid="case-messages">
          {items.map((m) => (
            <Box key={m.id}>
              <Typography variant="caption" color="text.secondary">
                {humanize(m.kind)} · {humanize(m.channel)} · {humanize(m.status)} · {formatWhen(m.sentAt ?? m.scheduledFor)}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {m.body}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function ShortcutsHelp() {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button size="small" startIcon={<KeyboardIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="dialog">
        {translate('cx.cases.shortcuts.label')}
      </Button>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box sx={{ p: 2 }} data-testid="case-shortcuts">
          <Typography variant="subtitle2" gutterBottom>
            {translate('cx.cases.shortcuts.title')}
          </Typography>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
            {CASE_SHORTCUTS.map((s) => (
              <Box key={s.key} sx={{ display: 'contents' }}>
                <Box component="dt">
                  <Box component="kbd" sx={{ fontFamily: 'monospace', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.75 }}>
                    {s.key}
                  </Box>
                </Box>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {translate(s.label)}
                </Typography>
              </Box>
            ))}
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate('cx.cases.shortcuts.hint')}
          </Typography>
        </Box>
      </Popover>
    </>
  );
}

/** The page's body: the record is loaded, so the shortcuts and the reply box can use it. */
function CaseDesk() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [mode, setMode] = useState<ReplyMode>('reply');
  const toReply = (m: ReplyMode) => {
    setMode(m);
    // After the mode's render (the note's box has other labels).
    setTimeout(focusReplyBody, 0);
  };
  /** A step's button, as a click would: a blocked one says why instead. */
  const step = (action: string) => {
    const offered = actionsOf(record).find(action);
    if (!offered) return;
    if (!offered.enabled) {
      if (offered.reason) notify(offered.reason, { type: 'info' });
      return;
    }
    document.querySelector<HTMLButtonElement>(`[data-case-action="${action}"]`)?.click();
  };
  useCaseShortcuts({
    r: () => actionsOf(record).find('REPLY') && toReply('reply'),
    n: () => actionsOf(record).find('NOTE') && toReply('note'),
    p: () => step('PARK'),
    e: () => step('ESCALATE'),
    x: () => step('RESOLVE'),
  });
  const canWrite = !!(actionsOf(record).find('REPLY') || actionsOf(record).find('NOTE'));
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card>
          <CardContent>
            <Stack spacing={3}>
              <Header />
              <Stack direction="row" spacing={1} alignItems="flex-start" justifyContent="space-between" flexWrap="wrap" useFlexGap>
                <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                  <CaseActions onReply={toReply} />
                  {/* M1–M5: money for the case's order, two clicks from the case. */}
                  {record && <ProposeMoneyButton orderId={record.order?.id} caseId={String(record.id)} />}
                </Stack>
                <ShortcutsHelp />
              </Stack>
              {canWrite && <ReplyBox mode={actionsOf(record).find('REPLY') ? mode : 'note'} onModeChange={setMode} />}
            </Stack>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card>
          <CardContent>
            <Stack spacing={3}>
              <Timeline />
              <Divider />
              <Messages />
            </Stack>
          </CardContent>
        </Card>
        {record?.order && (
          <Card sx={{ mt: 2 }}>
            <CardContent>
              <Typography variant="subtitle1" component="h2">
                {translate('cx.cases.order_history', { ref: record.order.externalRef })}
              </Typography>
              <OrderHistory order={record.order} />
            </CardContent>
          </Card>
        )}
      </Grid>
    </Grid>
  );
}

export function CaseShow() {
  return (
    <Show title={<CaseTitle />} queryOptions={{ meta: { sparseFields: SHOW_FIELDS }, refetchInterval: 30_000 }} component="div">
      <CaseDesk />
    </Show>
  );
}
