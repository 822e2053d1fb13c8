import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';

/** A row's tags as badges; clicking one filters the list by it. */
export function TagButtons({ tags, onTag }: { tags: readonly string[]; onTag: (tag: string) => void }) {
  return (
    <span className="d-inline-flex flex-wrap gap-1">
      {tags.map((tag) => (
        <Button key={tag} variant="link" size="sm" className="p-0 text-decoration-none" aria-label={`Filter by tag ${tag}`} onClick={() => onTag(tag)}>
          <Badge bg="secondary">{tag}</Badge>
        </Button>
      ))}
    </span>
  );
}
