// One's own password (changePassword): the current one, the new one twice. The API checks the
// current password and the new one's length and says which field is wrong; that lands on the field.
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, Title, required, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { authProvider } from '../authProvider';
import type { CxDataProvider } from '../dataProvider';
import { fieldErrorsOf } from '../dataProvider/errors';
import { getUser } from '../session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// Only that the two typings agree: what makes a good password is the API's to say.
const sameAsNew = (value: string, all: Partial<Values>) => (value && value !== all.newPassword ? 'cx.account.passwords_differ' : undefined);

export function ChangePasswordPage() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();

  const submit = async (values: Partial<Values>) => {
    const { currentPassword = '', newPassword = '' } = values;
    try {
      await dataProvider.changePassword({ currentPassword, newPassword });
    } catch (error) {
      // Returned errors land on their fields (react-admin's <Form> sets them on react-hook-form).
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) return fieldErrors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error', multiLine: true });
      return undefined;
    }
    // A password change ends every session of the user, this one too: sign in again with the new
    // password so the person carries on where they are.
    const email = getUser()?.email;
    try {
      if (!email) throw new Error('no session');
      await authProvider.login({ username: email, password: newPassword });
    } catch {
      notify('cx.account.changed_sign_in', { type: 'info' });
      redirect('/login');
      return undefined;
    }
    notify('cx.account.changed', { type: 'success' });
    redirect('/');
    return undefined;
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="cx.menu.change_password" />
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('cx.account.heading')}
        </Typography>
        <Form<Values> onSubmit={submit}>
          <Stack>
            <PasswordInput source="currentPassword" label="cx.account.current" validate={required()} autoComplete="current-password" />
            <PasswordInput source="newPassword" label="cx.account.new" validate={required()} autoComplete="new-password" />
            <PasswordInput
              source="confirmPassword"
              label="cx.account.again"
              validate={[required(), sameAsNew]}
              autoComplete="new-password"
            />
          </Stack>
          <SaveButton label="cx.menu.change_password" alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
}
