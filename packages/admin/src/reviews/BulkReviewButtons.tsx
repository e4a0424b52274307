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
import { required, TextInput, useDataProvider, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { actionsOf, type AvailableAction } from '../common/actions';
import { DomainActionDialog } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';
import { overridableFailures } from './checks';

const ACTION = { shortlist: 'SHORTLIST', reject: 'REJECT' } as const;

/** The selected reviews' offer of one action, as one AvailableAction for the bulk button. */
function useSelectedOffer(kind: 'shortlist' | 'reject'): AvailableAction {
  const { selectedIds, data } = useListContext();
  const offers = selectedIds.map((id) => actionsOf(data?.find((r) => r.id === id)).find(ACTION[kind]));
  const enabled = offers.some((a) => a?.enabled);
  const reason = offers.find((a) => a && !a.enabled)?.reason ?? `None of the selected reviews can be ${kind === 'reject' ? 'rejected' : 'shortlisted'} now.`;
  return { action: ACTION[kind], enabled, reason: enabled ? null : reason };
}

function useBulk(kind: 'shortlist' | 'reject') {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { selectedIds, data } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('Review');
  return useMutation({
    mutationFn: async (reason: string) => {
      let done = 0;
      const refused: string[] = [];
      for (const id of selectedIds) {
        const review = data?.find((r) => r.id === id);
        const offer = actionsOf(review).find(ACTION[kind]);
        if (!offer?.enabled) {
          refused.push(`${review?.authorName ?? id}: ${offer?.reason ?? 'not offered for this review.'}`);
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
      const verb = kind === 'reject' ? 'rejected' : 'shortlisted';
      notify([`${done} ${verb}.`, ...(refused.length ? [`${refused.length} not ${verb}:`, ...refused] : [])].join('\n'), {
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

export function BulkShortlistButton() {
  const [open, setOpen] = useState(false);
  const run = useBulk('shortlist');
  const offer = useSelectedOffer('shortlist');
  return (
    <>
      <ActionButton available={offer} size="small" startIcon={<PlaylistAddCheckIcon />} onClick={() => setOpen(true)}>
        Shortlist
      </ActionButton>
      {open && (
        <DomainActionDialog
          title="Shortlist the selected reviews"
          description="Reviews that pass every check are shortlisted. For reviews whose failed checks may be overridden (see each review's checks), give an override reason; the server refuses the others and says why."
          confirmLabel="Shortlist"
          run={(v) => run.mutateAsync(String(v.reason ?? '').trim()).finally(() => setOpen(false))}
          onClose={() => setOpen(false)}
        >
          <TextInput source="reason" label="Override reason (optional)" multiline minRows={3} fullWidth />
        </DomainActionDialog>
      )}
    </>
  );
}

export function BulkRejectButton() {
  const [open, setOpen] = useState(false);
  const run = useBulk('reject');
  const offer = useSelectedOffer('reject');
  return (
    <>
      <ActionButton available={offer} size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        Reject
      </ActionButton>
      {open && (
        <DomainActionDialog
          title="Reject the selected reviews"
          description="They move to the Rejected tab with this reason. Each can be shortlisted from there again later; its checks then run again."
          confirmLabel="Reject"
          danger
          run={(v) => run.mutateAsync(String(v.reason).trim()).finally(() => setOpen(false))}
          onClose={() => setOpen(false)}
        >
          <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionDialog>
      )}
    </>
  );
}

export const BulkReviewButtons = () => (
  <>
    <BulkShortlistButton />
    <BulkRejectButton />
  </>
);
