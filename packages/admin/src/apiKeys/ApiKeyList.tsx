// API keys for partner systems (SOP_RULES S2). The secret exists only in createApiKey's answer,
// so it is shown once, in a dialog, with a copy button.
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Stack,
  TextField as MuiTextField,
} from '@mui/material';
import { createContext, useContext, useState } from 'react';
import {
  DataTable,
  List,
  NullableBooleanInput,
  required,
  SelectArrayInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ListActions } from '../common/ExportButton';
import { WhenField, EnumChipsField } from '../common/fields';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { EmptyState } from '../common/EmptyState';
import { enumChoices } from '../schema';

const LIST_FIELDS = ['id', 'name', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt', AVAILABLE_ACTIONS];

function SecretDialog({ secret, name, onClose }: { secret: string; name: string; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('cx.api_keys.created', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('cx.api_keys.copy_now')}
        </Alert>
        <Stack direction="row" spacing={1} alignItems="center">
          <MuiTextField value={secret} fullWidth slotProps={{ input: { readOnly: true } }} inputProps={{ 'data-testid': 'api-key-secret' }} />
          <IconButton aria-label={translate('cx.api_keys.copy')} onClick={() => void navigator.clipboard?.writeText(secret)}>
            <ContentCopyIcon />
          </IconButton>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('cx.api_keys.copied')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

// The new secret lives above <List>: the first key turns the empty page into the table, which
// unmounts the button that created it, and the secret must survive that.
const SecretContext = createContext<(created: { secret: string; name: string }) => void>(() => {});

function CreateKeyButton() {
  const setCreated = useContext(SecretContext);
  const translate = useTranslate();
  return (
    <DomainActionButton
      method="createApiKey"
      label={translate('cx.api_keys.create.label')}
      icon={<AddIcon />}
      description={translate('cx.api_keys.create.description')}
      confirmLabel={translate('cx.api_keys.create.confirm')}
      defaultValues={{ scopes: ['READ_ALL'] }}
      onSuccess={(r) => setCreated({ secret: r.secret, name: r.apiKey.name })}
      toVariables={(v) => ({ name: String(v.name).trim(), scopes: v.scopes as string[] })}
    >
      <TextInput source="name" label="cx.api_keys.create.name" validate={required()} fullWidth />
      <SelectArrayInput source="scopes" label="resources.ApiKey.fields.scopes" choices={enumChoices('ApiScope')} validate={required()} fullWidth />
    </DomainActionButton>
  );
}

function RevokeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  // The API offers REVOKE while the key works.
  return (
    <DomainActionButton
      action="REVOKE"
      method="revokeApiKey"
      label={translate('cx.api_keys.revoke.label')}
      size="small"
      color="error"
      confirm
      title={translate('cx.api_keys.revoke.title', { name: record?.name })}
      description={translate('cx.api_keys.revoke.description')}
      danger
      success={translate('cx.api_keys.revoke.success')}
      toVariables={(_, r) => ({ id: String(r.id) })}
    />
  );
}

const filters = [<NullableBooleanInput key="revoked" source="revoked" alwaysOn />];

export const ApiKeyList = () => {
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  return (
    <SecretContext.Provider value={setCreated}>
      <KeyList />
      {created && <SecretDialog {...created} onClose={() => setCreated(null)} />}
    </SecretContext.Provider>
  );
};

const KeyList = () => (
  <List
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ListActions><CreateKeyButton /></ListActions>}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    empty={<EmptyState title="cx.api_keys.empty.title" text="cx.api_keys.empty.text" action={<CreateKeyButton />} />}
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="scopes" disableSort>
        <EnumChipsField source="scopes" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <WhenField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" disableSort>
        <WhenField source="lastUsedAt" emptyText="cx.never" />
      </DataTable.Col>
      <DataTable.Col source="revokedAt">
        <WhenField source="revokedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="cx.api_keys.actions" disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
