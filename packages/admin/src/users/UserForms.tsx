import { Create, FunctionField, Labeled, PasswordInput, SelectArrayInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { AVAILABLE_ACTIONS } from '../common/actions';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { VersionedEdit } from '../common/VersionedEdit';
import { enumChoices } from '../schema';
import { UserActions } from './UserActions';

/** Whether the person may sign in (Deactivate / Reactivate changes it). */
function SignInState({ active }: { active: boolean }) {
  const translate = useTranslate();
  return <>{translate(active ? 'cx.users.active' : 'cx.users.deactivated')}</>;
}

// createUser(email, name, roles, password); the API hashes the password and validates the rest.
// What makes a valid e-mail or password is the API's rule: its message lands under the field.
export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="email" validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <PasswordInput source="password" validate={required()} helperText="cx.users.password_helper" />
    </SimpleForm>
  </Create>
);

// updateUser(id, name, roles, expectedVersion): the e-mail is the sign-in name and does not change here. Whether
// the user may sign in is the Deactivate / Reactivate action above the form, so Save never
// sends `active` (a form opened before a deactivation must not undo it).
export const UserEdit = () => (
  <VersionedEdit
    redirect="list"
    actions={<UserActions />}
    transform={({ active: _active, ...rest }) => rest}
    queryOptions={{ meta: { sparseFields: ['id', 'version', 'email', 'name', 'roles', 'active', AVAILABLE_ACTIONS] } }}
  >
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="email" disabled />
      <TextInput source="name" validate={required()} />
      <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <Labeled label="cx.users.sign_in">
        <FunctionField source="active" render={(r) => <SignInState active={r.active === true} />} />
      </Labeled>
    </SimpleForm>
  </VersionedEdit>
);
