import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/documentTitle';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div className="py-5">
      <h1 className="h3">Page not found</h1>
      <Link to="/orgs">Go to organisations</Link>
    </div>
  );
}
