// Deactivate / reactivate (updateUser's active flag) and set a password (resetUserPassword) on
// the user edit page. Users are never deleted: their name stays on audit events and escalations.
// Only what the API lists in User.availableActions (RESET_PASSWORD, DEACTIVATE or REACTIVATE);
// deactivating one's own account is listed blocked, with the API's reason (ActionButton).
import KeyIcon from '@mui/icons-material/Key';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useState } from 'react';
import { TopToolbar, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';

export function UserActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<null | 'active' | 'password'>(null);
  const close = () => setOpen(null);
  const setActive = useDomainAction('setUserActive', {
    inForm: true,
    success: record?.active ? 'Deactivated: they can no longer sign in' : 'Reactivated: they can sign in again',
    onSuccess: close,
  });
  const reset = useDomainAction('resetUserPassword', { inForm: true, success: 'Password set: share it with them privately', onSuccess: close });
  if (!record) return null;
  const id = String(record.id);
  const active = record.active === true;
  const actions = actionsOf(record);
  const resetAction = actions.find('RESET_PASSWORD');
  const activeAction = actions.find(active ? 'DEACTIVATE' : 'REACTIVATE');
  return (
    <TopToolbar>
      {resetAction && (
        <ActionButton available={resetAction} startIcon={<KeyIcon />} onClick={() => setOpen('password')}>
          Reset password
        </ActionButton>
      )}
      {activeAction && (
        <ActionButton
          available={activeAction}
          color={active ? 'error' : 'success'}
          startIcon={active ? <PersonOffIcon /> : <HowToRegIcon />}
          onClick={() => setOpen('active')}
        >
          {active ? 'Deactivate' : 'Reactivate'}
        </ActionButton>
      )}
      <ActionDialog
        open={open === 'active'}
        title={active ? `Deactivate ${record.name}` : `Reactivate ${record.name}`}
        description={
          active
            ? `${record.name} can no longer sign in, and any session they have open ends now. Their history stays.`
            : `${record.name} can sign in again with their password.`
        }
        fields={[]}
        confirmLabel={active ? 'Deactivate' : 'Reactivate'}
        danger={active}
        pending={setActive.isPending}
        error={setActive.error}
        onClose={close}
        onConfirm={() => setActive.mutate({ id, active: !active })}
      />
      <ActionDialog
        open={open === 'password'}
        title={`Set a new password for ${record.name}`}
        description="Their current sessions end; they sign in with this password and can then change it from their user menu."
        fields={[{ name: 'password', label: 'New password', helperText: 'Share it with the person privately.' }]}
        confirmLabel="Set password"
        pending={reset.isPending}
        error={reset.error}
        onClose={close}
        onConfirm={(v) => reset.mutate({ id, password: v.password })}
      />
    </TopToolbar>
  );
}
