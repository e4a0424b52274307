// A customer's phone: a tel: link when the API sends phoneUri (the caller may see the number),
// plain text otherwise (a masked number is not dialable). Who sees what is the API's decision.
import { Link } from '@mui/material';
import { useRecordContext } from 'react-admin';

export function PhoneLink({ customer }: { customer?: { phone?: string | null; phoneUri?: string | null } | null }) {
  if (!customer?.phone) return null;
  if (!customer.phoneUri) return <span>{customer.phone}</span>;
  return (
    // On a clickable row: dial, without opening the row. Underlined (the theme's default): in a
    // sentence its colour alone would not tell it apart.
    <Link href={customer.phoneUri} onClick={(e) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {customer.phone}
    </Link>
  );
}

/** The same as a field: `path` names the customer in the record ('' for a Customer record itself). */
export function PhoneField({ path = '' }: { path?: string; label?: string }) {
  const record = useRecordContext();
  const customer = path ? path.split('.').reduce<any>((o, k) => o?.[k], record) : record;
  return <PhoneLink customer={customer} />;
}
