import { useMemo } from 'react';
import { NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Container from 'react-bootstrap/Container';
import Nav from 'react-bootstrap/Nav';
import NavDropdown from 'react-bootstrap/NavDropdown';
import Navbar from 'react-bootstrap/Navbar';
import { ForceMfaEnrolment, ForcePasswordChange, navItems as accountNav } from '../features/account/routes';
import { KNOWLEDGE_BASE_PATH, useKnowledgeBase } from '../entities/knowledgeBase/useKnowledgeBase';
import { getOrg } from '../entities/org/useOrg';
import { ClientSwitcher } from '../features/orgs/components/ClientSwitcher';
import { CommandPalette, SearchBox } from '../features/search/routes';
import { navItems as securityNav } from '../features/security/routes';
import { navItems as settingsNav } from '../features/settings/routes';
import { navItems as teamNav } from '../features/teams/routes';
import { navItems as userNav } from '../features/users/routes';
import { useMe } from '../auth/permissions';
import { orgKeys } from '../entities/org/orgKeys';
import { CurrentClientContext, type CurrentClient } from '../lib/documentTitle';
import { useAuth } from './auth/AuthProvider';
import { ReauthDialog } from './ReauthDialog';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ThemeToggle } from './ThemeToggle';

/** The organisation of the page on screen (/orgs/:orgId/...), named once its record loads. */
function useClientOfRoute(): CurrentClient | null {
  const match = useMatch({ path: '/orgs/:orgId', end: false });
  const id = match?.params.orgId && match.params.orgId !== 'new' ? match.params.orgId : null;
  const org = useQuery({ queryKey: orgKeys.detail(id ?? ''), queryFn: ({ signal }) => getOrg(id ?? '', signal), enabled: Boolean(id) });
  const name = org.data?.name ?? null;
  return useMemo(() => (id ? { id, name } : null), [id, name]);
}

/** Platform administration, one menu in the top bar (so the bar fits beside the client switcher and search). */
const adminItems = [{ to: '/audit', label: 'Audit' }, ...securityNav, ...userNav, ...teamNav, ...settingsNav];

/** The skip link moves focus to the page's content (the router would ignore a bare #content). */
function skipToContent(e: React.MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('content')?.focus();
}

export function AppShell() {
  const { user, signOut } = useAuth();
  const me = useMe(Boolean(user));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const email = me.data?.email ?? (user?.profile.email) ?? '';
  const client = useClientOfRoute();
  // Shown to whoever may read the MSP knowledge base (the endpoint answers 404 to the others).
  const knowledgeBase = useKnowledgeBase(Boolean(user)).data;
  const { pathname } = useLocation();

  async function handleLogout() {
    // Leave the guarded routes first, or the guard would answer the sign-out with /login?returnUrl=...
    void navigate('/login', { replace: true });
    await signOut();
    queryClient.clear();
  }

  return (
    <CurrentClientContext.Provider value={client}>
      <a href="#content" className="visually-hidden-focusable position-absolute top-0 start-0 m-2 px-3 py-2 bg-body text-body border rounded shadow z-3" onClick={skipToContent}>
        Skip to content
      </a>
      <Navbar bg="dark" data-bs-theme="dark" expand="lg" className="mb-4" aria-label="Main">
        <Container>
          <Navbar.Brand as={NavLink} to="/">
            ClientStor
          </Navbar.Brand>
          <div className="d-flex gap-2 ms-auto">
            <CommandPalette triggerClassName="d-lg-none" />
            <Navbar.Toggle aria-controls="main-nav" />
          </div>
          <Navbar.Collapse id="main-nav">
            <Nav className="me-auto">
              <Nav.Link as={NavLink} to="/" end className="text-nowrap">
                Home
              </Nav.Link>
              <Nav.Link as={NavLink} to="/orgs" className="text-nowrap">
                Organisations
              </Nav.Link>
              {knowledgeBase && (
                <Nav.Link as={NavLink} to={KNOWLEDGE_BASE_PATH} className="text-nowrap">
                  Knowledge base
                </Nav.Link>
              )}
              {me.data?.isGlobalAdmin && (
                <NavDropdown title="Admin" id="admin-menu" active={adminItems.some((item) => pathname.startsWith(item.to))} className="text-nowrap">
                  {adminItems.map((item) => (
                    <NavDropdown.Item key={item.to} as={NavLink} to={item.to}>
                      {item.label}
                    </NavDropdown.Item>
                  ))}
                </NavDropdown>
              )}
              {accountNav.map((item) => (
                <Nav.Link key={item.to} as={NavLink} to={item.to} className="text-nowrap">
                  {item.label}
                </Nav.Link>
              ))}
              {user && <ClientSwitcher />}
            </Nav>
            <div className="d-flex align-items-center gap-2">
              <div className="d-none d-lg-block">
                <SearchBox />
              </div>
              <ShortcutsHelp />
              <ThemeToggle />
              {email && (
                <Navbar.Text className="text-light text-truncate d-lg-none" style={{ maxWidth: '14rem' }} title={email} data-testid="current-user">
                  {email}
                </Navbar.Text>
              )}
              <Button variant="outline-light" size="sm" onClick={() => void handleLogout()} title={email ? `Signed in as ${email}` : undefined}>
                Logout
              </Button>
            </div>
          </Navbar.Collapse>
        </Container>
      </Navbar>
      <ReauthDialog askForCode={Boolean(me.data?.mfaEnabled)} />
      <Container as="main" id="content" tabIndex={-1} className="pb-5" style={{ outline: 'none' }}>
        {me.data?.mustChangePassword ? (
          <ForcePasswordChange email={me.data.email} onDone={() => void me.refetch()} onSignOut={() => void handleLogout()} />
        ) : me.data?.mustEnrolMfa ? (
          <ForceMfaEnrolment email={me.data.email} onDone={() => void me.refetch()} onSignOut={() => void handleLogout()} />
        ) : (
          <Outlet />
        )}
      </Container>
    </CurrentClientContext.Provider>
  );
}
