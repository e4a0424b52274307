import StorefrontIcon from '@mui/icons-material/Storefront';
import { VendorCreate } from './VendorCreate';
import { VendorList } from './VendorList';
import { VendorShow } from './VendorShow';

export default {
  list: VendorList,
  show: VendorShow,
  create: VendorCreate,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
  options: { label: 'Vendors' },
};
