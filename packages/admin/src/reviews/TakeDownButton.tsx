// Take a testimonial down from one platform (unpublishReview with that platform), offered by the
// publication's own availableActions: the review stays live wherever else it is published.
import { useState } from 'react';
import { ActionButton } from '../common/ActionButton';
import { ActionDialog } from '../common/ActionDialog';
import type { AvailableAction } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { humanize } from '../schema';

interface Props {
  reviewId: string;
  platform: string;
  available: AvailableAction;
  /** The review's version as the page loaded it, when the page has it (the drawer). */
  expectedVersion?: number | null;
}

export function TakeDownButton({ reviewId, platform, available, expectedVersion }: Props) {
  const [open, setOpen] = useState(false);
  const where = humanize(platform);
  const run = useDomainAction('unpublishReview', { inForm: true, success: `Taken down from ${where}`, onSuccess: () => setOpen(false) });
  return (
    <>
      <ActionButton available={available} size="small" color="warning" onClick={() => setOpen(true)} aria-label={`Take down from ${where}`}>
        Take down
      </ActionButton>
      <ActionDialog
        open={open}
        title={`Take down from ${where}`}
        description={`It stops showing on ${where} now; wherever else it is live stays as it is. The publication and your reason stay in the review's history, and it can be published here again.`}
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Take down"
        danger
        pending={run.isPending}
        error={run.error}
        onClose={() => setOpen(false)}
        onConfirm={(v) => run.mutate({ reviewId, reason: v.reason.trim(), platforms: [platform], expectedVersion })}
      />
    </>
  );
}
