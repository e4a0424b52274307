import StorefrontIcon from '@mui/icons-material/Storefront';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./VendorList'), 'VendorList'),
  show: lazyPage(() => import('./VendorShow'), 'VendorShow'),
  create: lazyPage(() => import('./VendorCreate'), 'VendorCreate'),
  edit: lazyPage(() => import('./VendorEdit'), 'VendorEdit'),
  icon: StorefrontIcon,
  recordRepresentation: 'name',
  options: { label: 'Vendor scorecards' },
};
