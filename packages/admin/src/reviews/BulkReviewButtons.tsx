// Bulk shortlist / reject over the selected rows. Each review is its own mutation (the API
// checks each one); the notification says how many went through and why others did not. Each
// sends the version the list showed: a review changed since is refused, not overwritten.
// What each selected review offers is its own availableActions: the button is enabled when at
// least one offers the action, reviews that do not are skipped with the API's reason, and when
// none does the button is disabled with that reason. The dialog is the one of every domain action
// (DomainActionDialog, on react-admin's <Form>); the flow over many reviews is this file's.
import BlockIcon from '@mui/icons-material/Block';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { required, TextInput, useDataProvider, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { actionsOf, type AvailableAction } from '../common/actions';
import { DomainActionDialog } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';
import { overridableFailures } from './checks';

type Kind = 'shortlist' | 'reject';

// The two buttons differ only here: the action, the words, the colour and the reason. A rejection
// always needs one; a shortlist's is the override reason, which the API asks for only when a
// selected review fails a check MARKETING may override.
const KINDS = {
  shortlist: {
    action: 'SHORTLIST',
    Icon: PlaylistAddCheckIcon,
    danger: false,
    reasonLabel: 'cx.reviews.bulk.shortlist.override_reason',
    reasonRequired: false,
    words: {
      label: 'cx.reviews.bulk.shortlist.label',
      title: 'cx.reviews.bulk.shortlist.title',
      description: 'cx.reviews.bulk.shortlist.description',
      confirm: 'cx.reviews.bulk.shortlist.confirm',
      none: 'cx.reviews.bulk.shortlist.none',
      done: 'cx.reviews.bulk.shortlist.done',
      notDone: 'cx.reviews.bulk.shortlist.not_done',
    },
  },
  reject: {
    action: 'REJECT',
    Icon: BlockIcon,
    danger: true,
    reasonLabel: 'cx.reviews.reason',
    reasonRequired: true,
    words: {
      label: 'cx.reviews.bulk.reject.label',
      title: 'cx.reviews.bulk.reject.title',
      description: 'cx.reviews.bulk.reject.description',
      confirm: 'cx.reviews.bulk.reject.confirm',
      none: 'cx.reviews.bulk.reject.none',
      done: 'cx.reviews.bulk.reject.done',
      notDone: 'cx.reviews.bulk.reject.not_done',
    },
  },
} as const;

/** The selected reviews' offer of one action, as one AvailableAction for the bulk button. */
function useSelectedOffer(kind: Kind): AvailableAction {
  const { selectedIds, data } = useListContext();
  const translate = useTranslate();
  const { action, words } = KINDS[kind];
  const offers = selectedIds.map((id) => actionsOf(data?.find((r) => r.id === id)).find(action));
  const enabled = offers.some((a) => a?.enabled);
  const reason = offers.find((a) => a && !a.enabled)?.reason ?? translate(words.none);
  return { action, enabled, reason: enabled ? null : reason };
}

function useBulk(kind: Kind) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { selectedIds, data } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('Review');
  const translate = useTranslate();
  return useMutation({
    mutationFn: async (reason: string) => {
      let done = 0;
      const refused: string[] = [];
      for (const id of selectedIds) {
        const review = data?.find((r) => r.id === id);
        const offer = actionsOf(review).find(KINDS[kind].action);
        if (!offer?.enabled) {
          refused.push(`${review?.authorName ?? id}: ${offer?.reason ?? translate('cx.reviews.bulk.not_offered')}`);
          continue;
        }
        try {
          if (kind === 'reject') await dataProvider.rejectReview({ reviewId: String(id), reason, expectedVersion: review?.version });
          else {
            const needsOverride = overridableFailures(review).length > 0;
            await dataProvider.shortlistReview({ reviewId: String(id), overrideReason: needsOverride && reason ? reason : null, expectedVersion: review?.version });
          }
          done++;
        } catch (e) {
          refused.push(`${review?.authorName ?? id}: ${(e as Error).message}`);
        }
      }
      return { done, refused };
    },
    onSuccess: ({ done, refused }) => {
      const { words } = KINDS[kind];
      const summary = [translate(words.done, { smart_count: done }), ...(refused.length ? [translate(words.notDone, { smart_count: refused.length }), ...refused] : [])];
      notify(summary.join('\n'), {
        type: refused.length ? 'warning' : 'success',
        multiLine: true,
        autoHideDuration: refused.length ? 10_000 : 4_000,
      });
      unselectAll();
      refresh();
    },
    // Each review's refusal is in the summary above; this is the run itself failing (the network).
    onError: (error) => notify(error.message, { type: 'error' }),
  });
}

function BulkReviewButton({ kind }: { kind: Kind }) {
  const [open, setOpen] = useState(false);
  const run = useBulk(kind);
  const offer = useSelectedOffer(kind);
  const translate = useTranslate();
  const { Icon, danger, reasonLabel, reasonRequired, words } = KINDS[kind];
  return (
    <>
      <ActionButton available={offer} size="small" color={danger ? 'error' : undefined} startIcon={<Icon />} onClick={() => setOpen(true)}>
        {translate(words.label)}
      </ActionButton>
      {open && (
        <DomainActionDialog
          title={translate(words.title)}
          description={translate(words.description)}
          confirmLabel={translate(words.confirm)}
          danger={danger}
          run={(v) => run.mutateAsync(String(v.reason ?? '').trim()).finally(() => setOpen(false))}
          onClose={() => setOpen(false)}
        >
          <TextInput source="reason" label={reasonLabel} multiline minRows={3} validate={reasonRequired ? required() : undefined} fullWidth />
        </DomainActionDialog>
      )}
    </>
  );
}

export const BulkShortlistButton = () => <BulkReviewButton kind="shortlist" />;
export const BulkRejectButton = () => <BulkReviewButton kind="reject" />;

export const BulkReviewButtons = () => (
  <>
    <BulkShortlistButton />
    <BulkRejectButton />
  </>
);
