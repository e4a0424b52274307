// Deactivate / reactivate (updateUser's active flag) and set a password (resetUserPassword) on
// the user edit page. Users are never deleted: their name stays on audit events and escalations.
// Only what the API lists in User.availableActions (RESET_PASSWORD, DEACTIVATE or REACTIVATE);
// deactivating one's own account is listed blocked, with the API's reason (ActionButton).
import KeyIcon from '@mui/icons-material/Key';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { required, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';

export function UserActions() {
  const record = useRecordContext();
  if (!record) return null;
  const id = String(record.id);
  const active = record.active === true;
  return (
    <TopToolbar>
      <DomainActionButton
        action="RESET_PASSWORD"
        method="resetUserPassword"
        label="Reset password"
        icon={<KeyIcon />}
        title={`Set a new password for ${record.name}`}
        description="Their current sessions end; they sign in with this password and can then change it from their user menu."
        confirmLabel="Set password"
        success="Password set: share it with them privately"
        toVariables={(v) => ({ id, password: String(v.password) })}
      >
        <TextInput source="password" label="New password" helperText="Share it with the person privately." validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action={active ? 'DEACTIVATE' : 'REACTIVATE'}
        method="setUserActive"
        label={active ? 'Deactivate' : 'Reactivate'}
        icon={active ? <PersonOffIcon /> : <HowToRegIcon />}
        color={active ? 'error' : 'success'}
        confirm
        title={active ? `Deactivate ${record.name}` : `Reactivate ${record.name}`}
        description={
          active
            ? `${record.name} can no longer sign in, and any session they have open ends now. Their history stays.`
            : `${record.name} can sign in again with their password.`
        }
        danger={active}
        success={active ? 'Deactivated: they can no longer sign in' : 'Reactivated: they can sign in again'}
        toVariables={() => ({ id, active: !active, expectedVersion: record.version })}
      />
    </TopToolbar>
  );
}
