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
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ServerExportButton } from '../common/ExportButton';
import { WhenField, EnumChipsField } from '../common/fields';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { EmptyState } from '../common/EmptyState';
import { enumChoices } from '../schema';

const LIST_FIELDS = ['id', 'name', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt', AVAILABLE_ACTIONS];

function SecretDialog({ secret, name, onClose }: { secret: string; name: string; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>API key “{name}” created</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy the secret now. It is stored only as a hash and will not be shown again.
        </Alert>
        <Stack direction="row" spacing={1} alignItems="center">
          <MuiTextField value={secret} fullWidth slotProps={{ input: { readOnly: true } }} inputProps={{ 'data-testid': 'api-key-secret' }} />
          <IconButton aria-label="Copy secret" onClick={() => void navigator.clipboard?.writeText(secret)}>
            <ContentCopyIcon />
          </IconButton>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          I have copied it
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
  return (
    <DomainActionButton
      method="createApiKey"
      label="New API key"
      icon={<AddIcon />}
      description="Orders write: order mutations · Feedback write: submitFeedback · Reviews write: importReviews · Read all: queries."
      confirmLabel="Create key"
      defaultValues={{ scopes: ['READ_ALL'] }}
      onSuccess={(r) => setCreated({ secret: r.secret, name: r.apiKey.name })}
      toVariables={(v) => ({ name: String(v.name).trim(), scopes: v.scopes as string[] })}
    >
      <TextInput source="name" label="Name (which system uses it)" validate={required()} fullWidth />
      <SelectArrayInput source="scopes" label="Scopes" choices={enumChoices('ApiScope')} validate={required()} fullWidth />
    </DomainActionButton>
  );
}

function RevokeButton() {
  const record = useRecordContext();
  // The API offers REVOKE while the key works.
  return (
    <DomainActionButton
      action="REVOKE"
      method="revokeApiKey"
      label="Revoke"
      size="small"
      color="error"
      confirm
      title={`Revoke “${record?.name}”?`}
      description="Systems using this key stop working at once."
      danger
      success="Key revoked"
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
    actions={<TopToolbar><CreateKeyButton /><ServerExportButton /></TopToolbar>}
    queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}
    empty={<EmptyState title="No API keys yet" text="Create one for each partner system that sends orders, feedback or reviews." action={<CreateKeyButton />} />}
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="scopes" disableSort>
        <EnumChipsField source="scopes" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" label="Created">
        <WhenField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" label="Last used" disableSort>
        <WhenField source="lastUsedAt" emptyText="Never" />
      </DataTable.Col>
      <DataTable.Col source="revokedAt" label="Revoked">
        <WhenField source="revokedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="Actions" disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
