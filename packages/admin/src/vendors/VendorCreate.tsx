import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

// The form needs only these back; the vendor page then loads its scorecard itself.
const MUTATION_FIELDS = ['id', 'name', 'city', 'status'];

// createVendor(name, city): the API trims and validates; its messages come back as form errors.
export const VendorCreate = () => (
  <Create redirect="show" mutationOptions={{ meta: { sparseFields: MUTATION_FIELDS } }}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} />
      <TextInput source="city" />
    </SimpleForm>
  </Create>
);
