import { BooleanInput, Create, Edit, PasswordInput, SelectArrayInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';
import { enumChoices } from '../schema';

// createUser(email, name, roles, password); the API hashes the password and validates the rest.
export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="name" validate={required()} />
      <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <PasswordInput source="password" validate={[required(), minLength(8)]} helperText="At least 8 characters. Share it with the person privately." />
    </SimpleForm>
  </Create>
);

// updateUser(id, name, roles, active): the e-mail is the sign-in name and does not change here.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" queryOptions={{ meta: { sparseFields: ['id', 'email', 'name', 'roles', 'active'] } }}>
    <SimpleForm>
      <TextInput source="email" disabled />
      <TextInput source="name" validate={required()} />
      <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <BooleanInput source="active" helperText="Inactive users cannot sign in." />
    </SimpleForm>
  </Edit>
);
