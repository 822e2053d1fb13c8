import { useKnownKnowledgeBase } from '../../../entities/knowledgeBase/useKnowledgeBase';
import { highlightParts } from '../highlight';
import { fieldLabel } from '../itemPath';
import type { SearchItem } from '../types';
import { TypeIcon } from './TypeIcon';

/** The text with the searched part in <mark> (highlight for sighted users; screen readers read it plainly). */
export function Highlight({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className="px-0">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** One search result: title, subtitle, the client it belongs to and what matched. */
export function ResultContent({ item, query }: { item: SearchItem; query: string }) {
  // When the title itself matched, it carries the highlight and "Name: <the title>" would say it twice.
  const inTitle = !item.matchedText || item.matchedText === item.title;
  // The MSP knowledge base is no client: its articles say where they are by its name.
  const kb = useKnownKnowledgeBase();
  const inKnowledgeBase = Boolean(kb && item.orgId === kb.orgId);
  const orgName = kb && inKnowledgeBase ? kb.name : item.orgName;
  return (
    <div className="d-flex gap-2 align-items-start">
      <TypeIcon type={item.type} className="mt-1 flex-shrink-0 text-body-secondary" />
      <div className="flex-grow-1" style={{ minWidth: 0 }}>
        <div className="d-flex flex-wrap justify-content-between align-items-baseline column-gap-2">
          <span className="fw-semibold text-break">{inTitle ? <Highlight text={item.title} query={query} /> : item.title}</span>
          {item.type !== 'org' && orgName && (
            <span className="badge rounded-pill bg-body-tertiary text-body border fw-normal text-truncate" style={{ maxWidth: '100%' }}>
              <span className="visually-hidden">{inKnowledgeBase ? 'In: ' : 'Client: '}</span>
              {orgName}
            </span>
          )}
        </div>
        {item.subtitle && <div className="small text-body-secondary text-truncate">{item.subtitle}</div>}
        {!item.matchedText && item.matchedField === 'content' && <div className="small text-body-secondary">Found in the file’s text</div>}
        {!inTitle && item.matchedText && (
          <div className="small text-break">
            <span className="text-body-secondary">{fieldLabel(item.matchedField)}:</span> <Highlight text={item.matchedText} query={query} />
          </div>
        )}
      </div>
    </div>
  );
}
