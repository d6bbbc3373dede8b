import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { areas } from './areas';
import { isForKind, type AreaEntry } from './area-registry';
import { useApiQuery } from '../api/hooks';
import { Shell } from './Shell';
import { useSignedInUser } from './session';
import { PageLoading } from '../components/LoadingScreen';
import { NoAccessPage, NotFoundPage, RouteErrorPage } from './StatusPages';

// One lazy component per area, made once: each area is its own chunk, fetched on first visit.
const pages = new Map<string, LazyExoticComponent<ComponentType>>(areas.map((a) => [a.id, lazy(a.load)]));

function AreaPage({ area }: { area: AreaEntry }) {
  const user = useSignedInUser();
  const facility = useApiQuery('facility.get', {}, { enabled: !!area.kinds });
  const Page = pages.get(area.id)!;
  if (!area.roles.includes(user.role)) return <NoAccessPage />;
  if (area.kinds) {
    if (!facility.data) return <PageLoading />;
    if (!isForKind(area, facility.data.kind)) return <NotFoundPage />;
  }
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

function routes(): RouteObject[] {
  const children: RouteObject[] = areas.map((area) =>
    area.path === '/'
      ? { index: true, element: <AreaPage area={area} /> }
      : { path: `${area.path.slice(1)}/*`, element: <AreaPage area={area} /> },
  );
  children.push({ path: '*', element: <NotFoundPage /> });
  return [{ path: '/', element: <Shell />, errorElement: <RouteErrorPage />, children }];
}

/** Made at each sign-in from the address bar, so after an expired session the user returns to the same page. */
export function createAppRouter() {
  return createBrowserRouter(routes());
}
