import { SimpleForm, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { VersionedEdit } from '../common/VersionedEdit';

const FIELDS = ['id', 'version', 'name', 'city', 'status'];

// updateVendor(id, name, city, expectedVersion) only; status changes are hold / reinstate on the vendor page.
export const VendorEdit = () => (
  <VersionedEdit
    redirect="show"
    queryOptions={{ meta: { sparseFields: FIELDS } }}
    mutationMeta={{ sparseFields: FIELDS }}
  >
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} />
      <TextInput source="city" />
    </SimpleForm>
  </VersionedEdit>
);
