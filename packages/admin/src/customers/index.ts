import PeopleIcon from '@mui/icons-material/People';
import { CustomerList } from './CustomerList';

export default {
  list: CustomerList,
  icon: PeopleIcon,
  recordRepresentation: 'name',
  options: { label: 'Customers' },
};
