// The default layout with one extra menu entry: "What's live" (testimonials) is a page, not a resource.
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ReactNode } from 'react';
import { Layout, Menu, usePermissions } from 'react-admin';
import { canRead } from '../access';

function CxMenu() {
  const { permissions } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {canRead(permissions, 'Review') && <Menu.Item to="/testimonials" primaryText="What's live" leftIcon={<CampaignIcon />} />}
    </Menu>
  );
}

export const CxLayout = ({ children }: { children: ReactNode }) => <Layout menu={CxMenu}>{children}</Layout>;
