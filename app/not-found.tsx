import { NotFoundBody } from './_components/not-found-body';
import { SiteChrome } from './_components/site-chrome';

export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundBody />
    </SiteChrome>
  );
}
