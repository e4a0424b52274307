import { Edit, SimpleForm, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

const FIELDS = ['id', 'name', 'city', 'status'];

// updateVendor(id, name, city) only; status changes are hold / reinstate on the vendor page.
export const VendorEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ meta: { sparseFields: FIELDS } }}
    mutationOptions={{ meta: { sparseFields: FIELDS } }}
  >
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} />
      <TextInput source="city" />
    </SimpleForm>
  </Edit>
);
