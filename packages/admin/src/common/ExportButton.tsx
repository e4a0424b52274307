// One Export for every list: the server's CSV of the list with its current filters
// (common/serverExport.ts), and the list toolbar that carries it instead of react-admin's.
import DownloadIcon from '@mui/icons-material/GetApp';
import { CircularProgress } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, CreateButton, FilterButton, TopToolbar, useDataProvider, useFilterContext, useListContext, useNotify, useResourceDefinition, useTranslate } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';
import { downloadServerCsv, exportKindOf } from './serverExport';

export const ServerExportButton = () => {
  const { resource, filter, filterValues, total } = useListContext();
  const dataProvider = useDataProvider<CxDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const kind = exportKindOf(resource);
  if (!kind) return null;

  const exportCsv = async () => {
    setBusy(true);
    try {
      // As the list's own query: its filter values, then any filter the list fixes.
      const variables = await dataProvider.listFilter(resource, { ...filterValues, ...filter });
      const name = await downloadServerCsv(kind, variables);
      notify('cx.export.downloaded', { type: 'info', messageArgs: { name } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'cx.export.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      label={busy ? 'cx.export.exporting' : 'ra.action.export'}
      onClick={() => void exportCsv()}
      disabled={busy || total === 0}
      aria-busy={busy}
      title={translate('cx.export.title')}
    >
      {busy ? <CircularProgress size={16} color="inherit" aria-label={translate('cx.export.exporting_short')} /> : <DownloadIcon />}
    </Button>
  );
};

/** react-admin's list toolbar (filters, create) with the server's Export; `children` go before Export. */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {children}
      <ServerExportButton />
    </TopToolbar>
  );
};
