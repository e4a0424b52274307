// An order's full story beside the work on it: audit timeline (who or which SOP rule did what),
// messages, feedback and call tasks. Used on the order page and the escalation page.
import { Box, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { AuditEventText, type AuditEventLike } from '../common/AuditEventText';
import { Stars } from '../common/fields';
import { formatWhen } from '../common/format';
import { humanize } from '../schema';

/** The sparse fields OrderHistory reads, for ra-data-graphql-simple's meta.sparseFields. */
export const ORDER_HISTORY_FIELDS = [
  { timeline: ['id', 'at', 'action', 'actorType', 'actorLabel', 'actorName', 'rule', 'data'] },
  { messages: ['id', 'kind', 'channel', 'recipient', 'status', 'scheduledFor', 'sentAt', 'body'] },
  { feedback: ['id', 'createdAt', 'touchpoint', 'rating', 'route', 'comment', 'details', 'detailsAt', 'channel', 'vendorBehaviour', 'vendorTimeliness', 'vendorProfessionalism', 'pickupExperience', 'paymentSpeed'] },
  { callTasks: ['id', 'dueAt', 'status', 'reasons', 'outcome', 'completedAt'] },
];

interface Message { id: string; kind: string; channel: string; recipient: string; status: string; scheduledFor: string; sentAt?: string | null; body: string }
interface Feedback {
  id: string; createdAt: string; touchpoint: string; rating: number; route: string; comment?: string | null; details?: string | null; detailsAt?: string | null; channel: string;
  vendorBehaviour?: number | null; vendorTimeliness?: number | null; vendorProfessionalism?: number | null; pickupExperience?: number | null; paymentSpeed?: number | null;
}

/** The sub-ratings (SOP §9, §3) as the customer was asked them. */
const SUB_RATINGS: [keyof Feedback, string][] = [
  ['vendorBehaviour', 'cx.history.sub.behaviour'], ['vendorTimeliness', 'cx.history.sub.on_time'], ['vendorProfessionalism', 'cx.history.sub.professionalism'],
  ['pickupExperience', 'cx.history.sub.pickup'], ['paymentSpeed', 'cx.history.sub.payment'],
];
interface CallTask { id: string; dueAt: string; status: string; reasons: string[]; outcome?: string | null; completedAt?: string | null }

export interface OrderHistoryRecord {
  /** The amount paid: completedOrder's event carries the reference, the order its price. */
  quotedPrice?: number | null;
  finalPrice?: number | null;
  timeline?: AuditEventLike[];
  messages?: Message[];
  feedback?: Feedback[];
  callTasks?: CallTask[];
}

function Section({ rows, empty, head, children }: { rows: number; empty: string; head: string[]; children: ReactNode }) {
  if (rows === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {empty}
      </Typography>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h}>{h}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}

export function OrderHistory({ order }: { order?: OrderHistoryRecord | null }) {
  const [tab, setTab] = useState(0);
  const translate = useTranslate();
  if (!order) return null;
  const amount = order.finalPrice ?? order.quotedPrice;
  const timeline = order.timeline ?? [];
  const messages = order.messages ?? [];
  const feedback = order.feedback ?? [];
  const callTasks = order.callTasks ?? [];
  return (
    <Box data-testid="order-history">
      <Tabs value={tab} onChange={(_, v: number) => setTab(v)} variant="scrollable">
        <Tab label={translate('cx.timeline.tab', { smart_count: timeline.length })} />
        <Tab label={translate('cx.history.messages_tab', { smart_count: messages.length })} />
        <Tab label={translate('cx.history.feedback_tab', { smart_count: feedback.length })} />
        <Tab label={translate('cx.history.call_tasks_tab', { smart_count: callTasks.length })} />
      </Tabs>
      {tab === 0 && (
        <Section rows={timeline.length} empty={translate('cx.timeline.empty')} head={[translate('cx.timeline.when'), translate('cx.timeline.what')]}>
          {timeline.map((e) => (
            <TableRow key={e.id}>
              <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatWhen(e.at)}</TableCell>
              {/* Who did what as a sentence, with the SOP rule that fired (its name on hover). */}
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <AuditEventText event={e} context={{ amount }} />
              </TableCell>
            </TableRow>
          ))}
        </Section>
      )}
      {tab === 1 && (
        <Section rows={messages.length} empty={translate('cx.history.no_messages')} head={['scheduled', 'kind', 'channel', 'to', 'status', 'text'].map((h) => translate(`cx.history.head.${h}`))}>
          {messages.map((m) => (
            <TableRow key={m.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatWhen(m.scheduledFor)}</TableCell>
              <TableCell>{humanize(m.kind)}</TableCell>
              <TableCell>{humanize(m.channel)}</TableCell>
              {/* One row per recipient: a staff alert goes to each person it names (masked as the API decides). */}
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{m.recipient}</TableCell>
              <TableCell>{humanize(m.status)}</TableCell>
              <TableCell sx={{ maxWidth: 360 }}>
                <Typography variant="caption">{m.body}</Typography>
              </TableCell>
            </TableRow>
          ))}
        </Section>
      )}
      {tab === 2 && (
        <Section rows={feedback.length} empty={translate('cx.history.no_feedback')} head={['when', 'touchpoint', 'channel', 'rating', 'details_rated', 'route', 'wrote'].map((h) => translate(`cx.history.head.${h}`))}>
          {feedback.map((f) => (
            <TableRow key={f.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatWhen(f.createdAt)}</TableCell>
              <TableCell>{humanize(f.touchpoint)}</TableCell>
              <TableCell>{humanize(f.channel)}</TableCell>
              <TableCell>
                <Stars rating={f.rating} />
              </TableCell>
              <TableCell>
                {SUB_RATINGS.filter(([k]) => f[k] != null).map(([k, label]) => (
                  <Typography key={k} variant="caption" display="block">{translate(label)}: {f[k]}★</Typography>
                ))}
              </TableCell>
              <TableCell>{humanize(f.route)}</TableCell>
              <TableCell sx={{ maxWidth: 360 }}>
                {f.comment ?? (f.details ? null : '—')}
                {f.details && (
                  <Typography variant="body2" data-testid="feedback-details">
                    <strong>{translate('cx.history.details_at', { when: formatWhen(f.detailsAt) })}</strong> {f.details}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </Section>
      )}
      {tab === 3 && (
        <Section rows={callTasks.length} empty={translate('cx.history.no_call_tasks')} head={['due', 'reasons', 'status', 'outcome'].map((h) => translate(`cx.history.head.${h}`))}>
          {callTasks.map((c) => (
            <TableRow key={c.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatWhen(c.dueAt)}</TableCell>
              <TableCell>{c.reasons.map(humanize).join(', ')}</TableCell>
              <TableCell>{humanize(c.status)}</TableCell>
              <TableCell>{c.outcome ?? '—'}</TableCell>
            </TableRow>
          ))}
        </Section>
      )}
    </Box>
  );
}
