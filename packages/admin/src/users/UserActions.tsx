// Deactivate / reactivate (updateUser's active flag) and set a password (resetUserPassword) on
// the user edit page. Users are never deleted: their name stays on audit events and escalations.
// Only what the API lists in User.availableActions (RESET_PASSWORD, DEACTIVATE or REACTIVATE);
// deactivating one's own account is listed blocked, with the API's reason (ActionButton).
import KeyIcon from '@mui/icons-material/Key';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { required, TextInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';

export function UserActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const id = String(record.id);
  const active = record.active === true;
  return (
    <TopToolbar>
      <DomainActionButton
        action="RESET_PASSWORD"
        method="resetUserPassword"
        label={translate('cx.users.reset_password.label')}
        icon={<KeyIcon />}
        title={translate('cx.users.reset_password.title', { name: record.name })}
        description={translate('cx.users.reset_password.description')}
        confirmLabel={translate('cx.users.reset_password.confirm')}
        success={translate('cx.users.reset_password.success')}
        toVariables={(v) => ({ id, password: String(v.password) })}
      >
        <TextInput source="password" label="cx.users.reset_password.new_password" helperText="cx.users.reset_password.helper" validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action={active ? 'DEACTIVATE' : 'REACTIVATE'}
        method="setUserActive"
        label={translate(active ? 'cx.users.deactivate.label' : 'cx.users.reactivate.label')}
        icon={active ? <PersonOffIcon /> : <HowToRegIcon />}
        color={active ? 'error' : 'success'}
        confirm
        title={translate(active ? 'cx.users.deactivate.title' : 'cx.users.reactivate.title', { name: record.name })}
        description={translate(active ? 'cx.users.deactivate.description' : 'cx.users.reactivate.description', { name: record.name })}
        danger={active}
        success={translate(active ? 'cx.users.deactivate.success' : 'cx.users.reactivate.success')}
        toVariables={() => ({ id, active: !active, expectedVersion: record.version })}
      />
    </TopToolbar>
  );
}
