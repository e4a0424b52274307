// Bulk Assign on the case list: the person picks one of the people who can work every selected
// case (the API's assignableUsers of each, intersected), then one assignCase per case, each with
// the version the API just gave (so a case changed meanwhile is refused, not overwritten), with
// progress in the dialog and a summary naming any case the API refused and why.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectInput, useDataProvider, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { actionsOf, type AvailableAction } from '../common/actions';
import { DomainActionDialog } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';

function useSelectedOffer(): AvailableAction {
  const { selectedIds, data } = useListContext();
  const translate = useTranslate();
  const enabled = selectedIds.some((id) => actionsOf(data?.find((r) => r.id === id)).find('ASSIGN')?.enabled);
  return { action: 'ASSIGN', enabled, reason: enabled ? null : translate('cx.cases.bulk_assign.none') };
}

function BulkAssignDialog({ onClose }: { onClose: () => void }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { selectedIds, data } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('SupportCase');
  const translate = useTranslate();
  const [done, setDone] = useState<number | null>(null);
  const ids = selectedIds.map(String);
  const { data: cases, isPending } = useQuery({
    queryKey: ['caseAssignees', ids],
    queryFn: () => dataProvider.caseAssignees({ ids }),
  });
  // Only someone every selected case can go to.
  const choices = (cases ?? [])
    .map((c) => c.assignableUsers)
    .reduce<{ id: string; name: string }[] | null>((common, users) => (common === null ? users : common.filter((u) => users.some((v) => v.id === u.id))), null) ?? [];

  const run = async (values: Record<string, unknown>) => {
    const userId = values.userId ? String(values.userId) : null;
    const refused: string[] = [];
    let assigned = 0;
    setDone(0);
    for (const [i, id] of ids.entries()) {
      const row = data?.find((r) => String(r.id) === id);
      const version = cases?.find((c) => c.id === id)?.version ?? row?.version;
      try {
        if (!actionsOf(row).find('ASSIGN')?.enabled) throw new Error(translate('cx.cases.bulk_assign.not_offered'));
        await dataProvider.assignCase({ caseId: id, userId, expectedVersion: version });
        assigned++;
      } catch (e) {
        refused.push(`${row?.number ?? id}: ${(e as Error).message}`);
      }
      setDone(i + 1);
    }
    const summary = [
      translate('cx.cases.bulk_assign.done', { smart_count: assigned }),
      ...(refused.length ? [translate('cx.cases.bulk_assign.not_done', { smart_count: refused.length }), ...refused] : []),
    ];
    notify(summary.join('\n'), { type: refused.length ? 'warning' : 'success', multiLine: true, autoHideDuration: refused.length ? 10_000 : 4_000 });
    unselectAll();
    refresh();
    onClose();
  };

  return (
    <DomainActionDialog
      title={translate('cx.cases.bulk_assign.title', { smart_count: ids.length })}
      description={translate('cx.cases.bulk_assign.description')}
      confirmLabel={translate('cx.cases.assign.label')}
      run={run}
      onClose={onClose}
    >
      <SelectInput
        source="userId"
        label="cx.cases.assign.agent"
        choices={choices.map((u) => ({ id: String(u.id), name: u.name }))}
        isPending={isPending}
        emptyText="cx.cases.assign.nobody"
        fullWidth
      />
      {done !== null && (
        <>
          <LinearProgress variant="determinate" value={(done / ids.length) * 100} sx={{ mt: 1 }} aria-label={translate('cx.cases.bulk_assign.progress_label')} />
          <Typography variant="body2" role="status" sx={{ mt: 1 }}>
            {translate('cx.cases.bulk_assign.progress', { done, total: ids.length })}
          </Typography>
        </>
      )}
    </DomainActionDialog>
  );
}

export function BulkAssignCasesButton() {
  const [open, setOpen] = useState(false);
  const offer = useSelectedOffer();
  const translate = useTranslate();
  return (
    <>
      <ActionButton available={offer} size="small" startIcon={<AssignmentIndIcon />} onClick={() => setOpen(true)}>
        {translate('cx.cases.assign.label')}
      </ActionButton>
      {open && <BulkAssignDialog onClose={() => setOpen(false)} />}
    </>
  );
}
