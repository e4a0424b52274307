import { Edit, SimpleForm, TextInput, required } from 'react-admin';

// updateVendor(id, name, city) only; status changes are hold / reinstate on the vendor page.
export const VendorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ meta: { sparseFields: ['id', 'name', 'city'] } }}>
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="city" />
    </SimpleForm>
  </Edit>
);
