import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import type { SummaryCard } from '../summary';
import { shortDateTime } from '../../../lib/dates';

const count = new Intl.NumberFormat();
const timeFormat = shortDateTime;

interface SecuritySummaryCardsProps {
  cards: SummaryCard[];
  /** The kind the table is filtered by, '' for none. */
  activeKind: string;
  onSelect: (kind: string) => void;
}

/** Hits and events per kind over the range; a card's button filters the table below by its kind. */
export function SecuritySummaryCards({ cards, activeKind, onSelect }: SecuritySummaryCardsProps) {
  return (
    <Row xs={1} sm={2} lg={4} className="g-3 mb-4" as="ul" aria-label="Security events by kind" style={{ listStyle: 'none', paddingLeft: 0 }}>
      {cards.map((card) => {
        const active = card.kind === activeKind;
        return (
          <Col as="li" key={card.kind}>
            <Card className={`h-100${active ? ' border-primary' : ''}`} data-testid={`summary-${card.kind}`}>
              <Card.Body className="d-flex flex-column">
                <h3 className="h6 mb-1">
                  {card.label}
                </h3>
                <p className="small text-body-secondary mb-2">{card.description}</p>
                <div className={`fs-3 fw-semibold${card.hits === 0 ? ' text-body-secondary' : ''}`} data-testid="summary-hits">
                  {count.format(card.hits)}
                </div>
                <div className="small text-body-secondary mb-2" data-testid="summary-events">
                  {card.aggregated
                    ? `${card.hits === 1 ? 'hit' : 'hits'} in ${count.format(card.events)} ${card.events === 1 ? 'event' : 'events'}`
                    : card.events === 1
                      ? 'event'
                      : 'events'}
                  {card.lastAt && (
                    <>
                      {' · last '}
                      <time dateTime={card.lastAt}>{timeFormat.format(new Date(card.lastAt))}</time>
                    </>
                  )}
                </div>
                <div className="mt-auto">
                  <Button
                    variant={active ? 'primary' : 'outline-secondary'}
                    size="sm"
                    aria-pressed={active}
                    onClick={() => onSelect(active ? '' : card.kind)}
                    disabled={card.events === 0 && !active}
                  >
                    {/* The name starts with the visible words (WCAG 2.5.3 label in name). */}
                    {active ? 'Show all ' : 'Show only '}
                    <span className="visually-hidden">{active ? 'kinds of events' : card.label.toLowerCase()}</span>
                  </Button>
                </div>
              </Card.Body>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
