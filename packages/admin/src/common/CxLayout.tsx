// The default layout with extra menu entries: the inbox (first, for those who work it), "What's live" (testimonials) is a page, not a
// resource; the alerts bell in the app bar; and "Change password" in the user menu.
import CampaignIcon from '@mui/icons-material/Campaign';
import InboxIcon from '@mui/icons-material/Inbox';
import PasswordIcon from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { AppBar, Layout, LoadingIndicator, Logout, Menu, TitlePortal, UserMenu, useGetIdentity, usePermissions, useTranslate, useUserMenu } from 'react-admin';
import { can, canRead } from '../access';
import { AlertsBell } from '../alerts/AlertsBell';

function CxMenu() {
  const { permissions } = usePermissions<string[]>();
  return (
    <Menu>
      {/* The CX desk's first stop: its open cases and escalations together. */}
      {canRead(permissions, 'InboxItem') && <Menu.Item to="/inbox" primaryText="cx.menu.inbox" leftIcon={<InboxIcon />} />}
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {canRead(permissions, 'Review') && <Menu.Item to="/testimonials" primaryText="cx.menu.testimonials" leftIcon={<CampaignIcon />} />}
    </Menu>
  );
}

function ChangePasswordItem() {
  const { onClose } = useUserMenu() ?? {};
  const translate = useTranslate();
  return (
    <MenuItem component={Link} to="/change-password" onClick={onClose}>
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('cx.menu.change_password')}</ListItemText>
    </MenuItem>
  );
}

function CxUserMenu() {
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  // The button shows the person's name: its accessible name starts with it (react-admin's
  // default "Profile" differs from the visible text, WCAG 2.5.3).
  const label = identity?.fullName ? `${identity.fullName}, ${translate('ra.auth.user_menu')}` : undefined;
  return (
    <UserMenu label={label}>
      {can(permissions, 'changePassword') && <ChangePasswordItem />}
      <Logout />
    </UserMenu>
  );
}

// The bell sits before the loading indicator, where react-admin's default toolbar puts its buttons.
const CxToolbar = () => (
  <>
    <AlertsBell />
    <LoadingIndicator />
  </>
);

// The page's title (each page's <Title>, rendered here) is its one h1.
const CxAppBar = () => (
  <AppBar userMenu={<CxUserMenu />} toolbar={<CxToolbar />}>
    <TitlePortal component="h1" />
  </AppBar>
);

// Every list fits a 1366 px laptop beside the open menu (issue 14 item 9): table cells keep 8 px
// at each side instead of MUI's 16, which is a column's width over a ten-column table. A row of
// tabs takes its box's width and scrolls inside it, instead of widening the page (a phone's).
const LAYOUT_SX = {
  '& .RaDataTable-table .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: 1 },
  '& .MuiTabs-root': { contain: 'inline-size' },
};

export const CxLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={CxMenu} appBar={CxAppBar} sx={LAYOUT_SX}>
    {children}
  </Layout>
);
