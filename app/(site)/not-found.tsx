import { NotFoundBody } from '../_components/not-found-body';

export default function NotFound() {
  return <NotFoundBody />;
}
