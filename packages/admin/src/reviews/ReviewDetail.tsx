// The drawer beside the inbox: the whole review, its checks, publications, reply and history.
import CloseIcon from '@mui/icons-material/Close';
import { Box, Chip, Divider, IconButton, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { RecordContextProvider, useGetOne, useTranslate } from 'react-admin';
import { actionsOf, AVAILABLE_ACTIONS, type AvailableAction } from '../common/actions';
import { AuditEventText, type AuditEventLike } from '../common/AuditEventText';
import { Stars } from '../common/fields';
import { formatNumber, formatWhen } from '../common/format';
import { humanize } from '../schema';
import { CHECK_COLOR, CHECK_DETAILS, checkDetailsOf, checkLabel, checkState } from './checks';
import { OrderMatches, SUGGESTED_ORDERS } from './OrderMatches';
import { ReviewActions } from './ReviewActions';
import { TakeDownButton } from './TakeDownButton';
import { VerifiedOrderChip } from './VerifiedOrderChip';

export const REVIEW_DETAIL_FIELDS = [
  'id',
  'authorName',
  'rating',
  'text',
  'source',
  'externalId',
  'postedAt',
  'importedAt',
  'sentimentScore',
  'status',
  'statusReason',
  'statusChangedAt',
  AVAILABLE_ACTIONS,
  'overriddenChecks',
  'reply',
  'repliedAt',
  'orderId',
  'verifiedOrder',
  'orderMatchedAt',
  'version',
  'consentNote',
  { statusChangedBy: ['id', 'name'] },
  CHECK_DETAILS,
  SUGGESTED_ORDERS,
  { orderMatchedBy: ['id', 'name'] },
  { defaultCreative: ['displayName', 'excerpt', 'maxExcerptLength'] },
  { publications: ['id', 'platform', 'displayName', 'excerpt', 'rating', 'publishedAt', 'unpublishedAt', 'unpublishReason', AVAILABLE_ACTIONS] },
  { timeline: ['id', 'at', 'action', 'actorType', 'actorLabel', 'actorName', 'rule', 'data'] },
];

interface Publication {
  id: string;
  platform: string;
  displayName: string;
  excerpt: string;
  publishedAt: string;
  unpublishedAt?: string | null;
  unpublishReason?: string | null;
  availableActions?: AvailableAction[];
}

export function ReviewDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: review, isPending, error } = useGetOne('Review', { id, meta: { sparseFields: REVIEW_DETAIL_FIELDS } });
  const translate = useTranslate();
  return (
    <Box sx={{ width: { xs: '100vw', sm: 480 }, p: 2 }} data-testid="review-detail">
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        <Typography variant="h6">{translate('cx.reviews.title')}</Typography>
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      {isPending && <Typography>{translate('cx.loading')}</Typography>}
      {error && <Typography color="error">{(error as Error).message}</Typography>}
      {review && (
        <RecordContextProvider value={review}>
          <Stack spacing={2}>
            <Box>
              <Typography>
                <Stars rating={review.rating} gold />
              </Typography>
              <Typography variant="body1">{review.text}</Typography>
              <Typography variant="caption" color="text.secondary">
                {translate('cx.reviews.meta', {
                  author: review.authorName,
                  source: humanize(review.source),
                  when: formatWhen(review.postedAt),
                  sentiment: formatNumber(review.sentimentScore, { digits: 2 }),
                })}
              </Typography>
            </Box>
            <Stack direction="row" spacing={1} alignItems="center">
              <Chip label={humanize(review.status)} color={review.status === 'PUBLISHED' ? 'success' : review.status === 'REJECTED' ? 'error' : 'default'} />
              <VerifiedOrderChip />
              {review.statusReason && <Typography variant="body2">“{review.statusReason}”</Typography>}
            </Stack>
            {review.orderMatchedAt && (
              <Typography variant="caption" color="text.secondary">
                {translate('cx.reviews.order_confirmed_by', {
                  name: review.orderMatchedBy?.name ?? translate('cx.reviews.someone'),
                  when: formatWhen(review.orderMatchedAt),
                })}
              </Typography>
            )}
            <Table size="small">
              <TableBody>
                {checkDetailsOf(review).map((c) => {
                  const state = checkState(c, review);
                  return (
                    <TableRow key={c.check}>
                      <TableCell>{checkLabel(c.check, translate)}</TableCell>
                      <TableCell sx={{ color: 'text.secondary' }}>
                        {c.hint}
                        {c.explanation && (
                          <Typography variant="body2" color="text.primary" data-testid={`check-explanation-${c.check}`}>
                            {c.explanation}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ color: CHECK_COLOR[state], fontWeight: 600 }}>
                        {translate(
                          state === 'passed'
                            ? 'cx.reviews.checks.pass'
                            : state === 'overridden'
                            ? 'cx.reviews.checks.overridden_result'
                            : c.overridable
                            ? 'cx.reviews.checks.fail_overridable'
                            : 'cx.reviews.checks.fail',
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <OrderMatches />
            <ReviewActions />
            {review.reply && (
              <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
                <Typography variant="caption" color="text.secondary">
                  {translate('cx.reviews.our_reply', { when: formatWhen(review.repliedAt) })}
                </Typography>
                <Typography variant="body2">{review.reply}</Typography>
              </Box>
            )}
            <Divider />
            <Typography variant="subtitle2">{translate('cx.reviews.publications')}</Typography>
            {(review.publications ?? []).length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('cx.reviews.not_published')}
              </Typography>
            ) : (
              (review.publications as Publication[]).map((p) => {
                const takeDown = actionsOf(p).find('UNPUBLISH');
                return (
                  <Stack key={p.id} direction="row" spacing={1} alignItems="center" justifyContent="space-between" data-testid={`publication-${p.platform}`}>
                    <Typography variant="body2">
                      <strong>{humanize(p.platform)}</strong> · {p.unpublishedAt
                        ? translate('cx.reviews.taken_down', { when: formatWhen(p.unpublishedAt), reason: p.unpublishReason ?? '' })
                        : translate('cx.reviews.live_since', { when: formatWhen(p.publishedAt) })}
                    </Typography>
                    {takeDown && <TakeDownButton reviewId={String(review.id)} platform={p.platform} available={takeDown} />}
                  </Stack>
                );
              })
            )}
            <Divider />
            <Typography variant="subtitle2">{translate('cx.reviews.history')}</Typography>
            {(review.timeline as AuditEventLike[] | undefined)?.map((e) => (
              <Box key={e.id}>
                <Typography variant="caption" color="text.secondary">
                  {formatWhen(e.at)}
                </Typography>
                <AuditEventText event={e} />
              </Box>
            ))}
          </Stack>
        </RecordContextProvider>
      )}
    </Box>
  );
}
