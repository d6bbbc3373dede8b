import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { areas } from './areas';
import { opens, type AreaEntry } from './area-registry';
import { useApiQuery } from '../api/hooks';
import { Shell } from './Shell';
import { useSignedInUser } from './session';
import { PageLoading } from '../components/LoadingScreen';
import { NoAccessPage, NotFoundPage, RouteErrorPage } from './StatusPages';

/** An area's page, or a plain "not for your role" page when the address was typed or bookmarked. */
function AreaPage({ area, children }: { area: AreaEntry; children: ReactNode }) {
  const user = useSignedInUser();
  const kind = useApiQuery('facility.get', {}).data?.kind;
  if (!opens(area, user.role, kind)) return <NoAccessPage />;
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

// One lazy component per area, made once: each area is its own chunk, fetched on first visit.
const pages = areas.map((area) => ({ area, Page: lazy(area.load) }));

function routes(): RouteObject[] {
  const children: RouteObject[] = pages.map(({ area, Page }) => {
    const element = (
      <AreaPage area={area}>
        <Page />
      </AreaPage>
    );
    return area.path === '/' ? { index: true, element } : { path: `${area.path.slice(1)}/*`, element };
  });
  children.push({ path: '*', element: <NotFoundPage /> });
  return [{ path: '/', element: <Shell />, errorElement: <RouteErrorPage />, children }];
}

/** Made at each sign-in from the address bar, so after an expired session the user returns to the same page. */
export function createAppRouter() {
  return createBrowserRouter(routes());
}
