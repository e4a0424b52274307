import StorefrontIcon from '@mui/icons-material/Storefront';
import { VendorCreate } from './VendorCreate';
import { VendorEdit } from './VendorEdit';
import { VendorList } from './VendorList';
import { VendorShow } from './VendorShow';

export default {
  list: VendorList,
  show: VendorShow,
  create: VendorCreate,
  edit: VendorEdit,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
  options: { label: 'Vendor scorecards' },
};
