// The customer 360's timeline (Customer.timeline): orders, feedback, escalations, cases, messages
// and calls as the API orders them, open items first, then newest first. The page shows what is
// open on top and the rest below; "Load more" asks for the next page and the kind filter is the
// query's own `kinds`, so nothing is sorted or filtered here.
import CallIcon from '@mui/icons-material/Call';
import ChatIcon from '@mui/icons-material/Chat';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import ShoppingBagIcon from '@mui/icons-material/ShoppingBag';
import StarRateIcon from '@mui/icons-material/StarRate';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Divider, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { Link, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { canRead, type Resource } from '../access';
import { formatWhen } from '../common/format';
import type { CxDataProvider } from '../dataProvider';
import type { CustomerTimelineQuery, TimelineKind } from '../gql/graphql';
import { humanize } from '../schema';

export type TimelineEntry = NonNullable<CustomerTimelineQuery['Customer']>['timeline'][number];

export const TIMELINE_PER_PAGE = 20;

const KIND_ICONS: Record<TimelineKind, ComponentType<{ titleAccess?: string; fontSize?: 'small'; color?: 'action' }>> = {
  ORDER: ShoppingBagIcon,
  FEEDBACK: StarRateIcon,
  ESCALATION: ReportProblemIcon,
  CASE: SupportAgentIcon,
  MESSAGE: ChatIcon,
  CALL: CallIcon,
};
// The order a customer's story runs in.
const KINDS = Object.keys(KIND_ICONS) as TimelineKind[];

/** The page of the record an entry is about, if the caller may open it: feedback is read on its order; a message or a call on its case, else its escalation, else its order. */
export function recordPath(e: TimelineEntry, mayRead: (r: Resource) => boolean): string | null {
  const order = e.orderId && mayRead('Order') ? `/Order/${e.orderId}/show` : null;
  const escalation = e.escalationId && mayRead('Escalation') ? `/Escalation/${e.escalationId}/show` : null;
  const supportCase = e.supportCaseId && mayRead('SupportCase') ? `/SupportCase/${e.supportCaseId}/show` : null;
  switch (e.kind) {
    case 'ORDER':
    case 'FEEDBACK':
      return order;
    case 'ESCALATION':
      return escalation;
    case 'CASE':
      return supportCase;
    default:
      return supportCase ?? escalation ?? order;
  }
}

const DETAIL_LIMIT = 160;

/** A long comment, message or outcome: its start, with a button for the rest. */
function Detail({ text }: { text: string }) {
  const [expanded, setExpanded] = useState(false);
  const translate = useTranslate();
  const long = text.length > DETAIL_LIMIT;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5 }}>
      {long && !expanded ? `${text.slice(0, DETAIL_LIMIT).trimEnd()}…` : text}
      {long && (
        <Button size="small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} sx={{ ml: 0.5, py: 0, minWidth: 0 }}>
          {translate(expanded ? 'cx.customers.timeline.show_less' : 'cx.customers.timeline.show_more')}
        </Button>
      )}
    </Typography>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const Icon = KIND_ICONS[entry.kind];
  const path = recordPath(entry, (r) => canRead(permissions, r));
  return (
    <Box component="li" data-testid="timeline-entry" data-kind={entry.kind} sx={{ display: 'flex', gap: 1.5, py: 1 }}>
      <Box sx={{ pt: 0.25 }}>
        <Icon titleAccess={translate(`cx.customers.timeline.kinds.${entry.kind}`)} fontSize="small" color="action" />
      </Box>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {path ? <Link to={path}>{entry.title}</Link> : entry.title}
          </Typography>
          {entry.status && <Chip size="small" label={humanize(entry.status)} />}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="div">
          <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
          {entry.channel ? ` · ${humanize(entry.channel)}` : ''}
        </Typography>
        {entry.detail && <Detail text={entry.detail} />}
      </Box>
    </Box>
  );
}

function Entries({ entries, testId }: { entries: TimelineEntry[]; testId: string }) {
  return (
    <Box component="ol" data-testid={testId} sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}>
      {entries.map((e) => (
        <Entry key={e.id} entry={e} />
      ))}
    </Box>
  );
}

/** Which kinds to show: none chosen is every kind. */
function KindFilter({ kinds, onChange }: { kinds: TimelineKind[]; onChange: (kinds: TimelineKind[]) => void }) {
  const translate = useTranslate();
  const toggle = (k: TimelineKind) => onChange(kinds.includes(k) ? kinds.filter((x) => x !== k) : KINDS.filter((x) => x === k || kinds.includes(x)));
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap role="group" aria-label={translate('cx.customers.timeline.filter')} sx={{ mb: 1 }}>
      <Chip label={translate('cx.customers.timeline.all_kinds')} color={kinds.length === 0 ? 'primary' : 'default'} variant={kinds.length === 0 ? 'filled' : 'outlined'} aria-pressed={kinds.length === 0} onClick={() => onChange([])} />
      {KINDS.map((k) => (
        <Chip
          key={k}
          label={translate(`cx.customers.timeline.kinds.${k}`)}
          color={kinds.includes(k) ? 'primary' : 'default'}
          variant={kinds.includes(k) ? 'filled' : 'outlined'}
          aria-pressed={kinds.includes(k)}
          onClick={() => toggle(k)}
        />
      ))}
    </Stack>
  );
}

/** "Open now" and the timeline under it, for one customer. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CxDataProvider>();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const query = useInfiniteQuery({
    queryKey: ['customerTimeline', customerId, kinds],
    queryFn: ({ pageParam }) =>
      dataProvider.customerTimeline({ customerId, page: pageParam, perPage: TIMELINE_PER_PAGE, kinds: kinds.length > 0 ? kinds : null }),
    initialPageParam: 0,
    // A full page may have more after it; a short one is the end.
    getNextPageParam: (last, pages) => (last.length === TIMELINE_PER_PAGE ? pages.length : undefined),
  });
  const entries = query.data?.pages.flat() ?? [];
  const open = entries.filter((e) => e.open);
  const rest = entries.filter((e) => !e.open);

  return (
    <Stack spacing={2}>
      <Card component="section" aria-labelledby="customer-open-now">
        <CardContent>
          <Typography id="customer-open-now" variant="h6" component="h2" gutterBottom>
            {translate('cx.customers.timeline.open_now')}
          </Typography>
          {query.isPending ? (
            <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
          ) : open.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate(kinds.length ? 'cx.customers.timeline.nothing_open_of_kind' : 'cx.customers.timeline.nothing_open')}
            </Typography>
          ) : (
            <Entries entries={open} testId="timeline-open" />
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="customer-timeline">
        <CardContent>
          <Typography id="customer-timeline" variant="h6" component="h2" gutterBottom>
            {translate('cx.customers.timeline.title')}
          </Typography>
          <KindFilter kinds={kinds} onChange={setKinds} />
          <Divider />
          {query.isError && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {(query.error as Error).message}
            </Alert>
          )}
          {!query.isPending && rest.length === 0 && !query.hasNextPage ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('cx.customers.timeline.empty')}
            </Typography>
          ) : (
            <Entries entries={rest} testId="timeline-history" />
          )}
          {query.hasNextPage && (
            <Button variant="outlined" sx={{ mt: 1 }} disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {translate(query.isFetchingNextPage ? 'cx.customers.timeline.loading_more' : 'cx.customers.timeline.load_more')}
            </Button>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
