// Deactivate / reactivate (updateUser's active flag) and set a password (resetUserPassword) on
// the user edit page. Users are never deleted: their name stays on audit events and escalations.
// Shown when the API's access table gives the signed-in user these operations; the API itself
// refuses the rest (e.g. deactivating yourself) with a message that is shown as it is.
import KeyIcon from '@mui/icons-material/Key';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Button } from '@mui/material';
import { useState } from 'react';
import { TopToolbar, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';

export function UserActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<null | 'active' | 'password'>(null);
  const close = () => setOpen(null);
  const mayUpdate = useCan('updateUser');
  const mayReset = useCan('resetUserPassword');
  const setActive = useDomainAction('setUserActive', {
    inForm: true,
    success: record?.active ? 'Deactivated: they can no longer sign in' : 'Reactivated: they can sign in again',
    onSuccess: close,
  });
  const reset = useDomainAction('resetUserPassword', { inForm: true, success: 'Password set: share it with them privately', onSuccess: close });
  if (!record) return null;
  const id = String(record.id);
  const active = record.active === true;
  return (
    <TopToolbar>
      {mayReset && (
        <Button startIcon={<KeyIcon />} onClick={() => setOpen('password')}>
          Reset password
        </Button>
      )}
      {mayUpdate && (
        <Button
          color={active ? 'error' : 'success'}
          startIcon={active ? <PersonOffIcon /> : <HowToRegIcon />}
          onClick={() => setOpen('active')}
        >
          {active ? 'Deactivate' : 'Reactivate'}
        </Button>
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
