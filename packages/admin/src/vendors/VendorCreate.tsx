import { Create, SimpleForm, TextInput, required } from 'react-admin';

// createVendor(name, city): the API trims and validates; its messages come back as form errors.
export const VendorCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="city" />
    </SimpleForm>
  </Create>
);
