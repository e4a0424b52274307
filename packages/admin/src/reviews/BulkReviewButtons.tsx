// Bulk shortlist / reject over the selected rows. Each review is its own mutation (the API
// checks each one); the notification says how many went through and why others did not. Each
// sends the version the list showed: a review changed since is refused, not overwritten.
import BlockIcon from '@mui/icons-material/Block';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import type { CxDataProvider } from '../dataProvider';
import { overridableFailures } from './checks';

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
  });
}

export function BulkShortlistButton() {
  const [open, setOpen] = useState(false);
  const run = useBulk('shortlist');
  return (
    <>
      <Button size="small" startIcon={<PlaylistAddCheckIcon />} onClick={() => setOpen(true)}>
        Shortlist
      </Button>
      <ActionDialog
        open={open}
        title="Shortlist the selected reviews"
        description="Reviews that pass every check are shortlisted. For reviews whose failed checks may be overridden (see each review's checks), give an override reason; the server refuses the others and says why."
        fields={[{ name: 'reason', label: 'Override reason (optional)', kind: 'multiline', required: false }]}
        confirmLabel="Shortlist"
        pending={run.isPending}
        onClose={() => setOpen(false)}
        onConfirm={(v) => run.mutate(v.reason.trim(), { onSettled: () => setOpen(false) })}
      />
    </>
  );
}

export function BulkRejectButton() {
  const [open, setOpen] = useState(false);
  const run = useBulk('reject');
  return (
    <>
      <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        Reject
      </Button>
      <ActionDialog
        open={open}
        title="Reject the selected reviews"
        description="They stay in the inbox with this reason."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reject"
        danger
        pending={run.isPending}
        onClose={() => setOpen(false)}
        onConfirm={(v) => run.mutate(v.reason.trim(), { onSettled: () => setOpen(false) })}
      />
    </>
  );
}

export const BulkReviewButtons = () => (
  <>
    <BulkShortlistButton />
    <BulkRejectButton />
  </>
);
