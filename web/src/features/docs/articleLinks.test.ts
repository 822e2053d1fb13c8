import { describe, expect, it } from 'vitest';
import { articleLinkMarkdown, inAppPath, insertAt, labelTaskLists, rebaseArticleLinks, type LinkClick } from './articleLinks';

const location = { origin: 'https://cs.example', pathname: '/orgs/o1/docs/articles/a1' };

function clickOn(html: string, selector: string, change: Partial<LinkClick> = {}): LinkClick {
  const host = document.createElement('div');
  host.innerHTML = html;
  return { target: host.querySelector(selector), button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false, ...change };
}

describe('inAppPath', () => {
  it('routes a link to another article inside the SPA, also from an element inside the link', () => {
    expect(inAppPath(clickOn('<a href="/orgs/o1/docs/articles/a2">Runbook</a>', 'a'), location)).toBe('/orgs/o1/docs/articles/a2');
    expect(inAppPath(clickOn('<a href="/orgs/o1/assets/x?tab=1#n"><strong>Server</strong></a>', 'strong'), location)).toBe('/orgs/o1/assets/x?tab=1#n');
  });

  it('leaves other sites, new tabs, modified clicks, downloads and same-page anchors to the browser', () => {
    expect(inAppPath(clickOn('<a href="https://vendor.example/help" target="_blank" rel="noopener">Vendor</a>', 'a'), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="https://other.example/orgs/o1">Other</a>', 'a'), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="mailto:help@example.com">Mail</a>', 'a'), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="/orgs/o1/docs">Docs</a>', 'a', { ctrlKey: true }), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="/orgs/o1/docs">Docs</a>', 'a', { button: 1 }), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="/orgs/o1/docs">Docs</a>', 'a', { defaultPrevented: true }), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="/file.txt" download>File</a>', 'a'), location)).toBeNull();
    expect(inAppPath(clickOn('<a href="#access">Access</a>', 'a'), location)).toBeNull();
  });

  it('ignores clicks that are not on a link', () => {
    expect(inAppPath(clickOn('<p>Text <a href="/x">x</a></p>', 'p'), location)).toBeNull();
    expect(inAppPath(clickOn('<a>No href</a>', 'a'), location)).toBeNull();
  });
});

describe('articleLinkMarkdown', () => {
  it('links by id and escapes brackets in the title', () => {
    expect(articleLinkMarkdown('Firewall [HQ]', 'a2')).toBe('[Firewall \\[HQ\\]](article:a2)');
  });
});

describe('insertAt', () => {
  it('replaces the selection and puts the caret after the insert', () => {
    expect(insertAt('Hello world', '[x](article:1)', 6, 11)).toEqual({ text: 'Hello [x](article:1)', caret: 20 });
    expect(insertAt('abc', 'X', 99, 99)).toEqual({ text: 'abcX', caret: 4 });
  });
});

describe('labelTaskLists', () => {
  it('reads each task-list item once, with its state in words, and hides the box that cannot change', () => {
    const html =
      '<ul class="contains-task-list"><li class="task-list-item"><input disabled="" type="checkbox" class="task-list-item-checkbox" checked=""> Signed  <strong>agreement</strong></li>' +
      '<li class="task-list-item"><input disabled="" type="checkbox" class="task-list-item-checkbox"> Contacts</li></ul>';
    const host = document.createElement('div');
    host.innerHTML = labelTaskLists(html);
    const [done, open] = host.querySelectorAll('li');
    expect(done.querySelector('input')).toHaveAttribute('aria-hidden', 'true');
    expect(done.querySelector('input')).toBeChecked();
    expect(done.textContent?.replace(/\s+/g, ' ').trim()).toBe('Done: Signed agreement');
    expect(open.textContent?.replace(/\s+/g, ' ').trim()).toBe('Not done: Contacts');
    expect(host.querySelector('input')).not.toHaveAttribute('aria-label');
  });

  it('leaves other HTML as it is', () => {
    const html = '<p>No <em>tasks</em> here</p>';
    expect(labelTaskLists(html)).toBe(html);
  });
});

describe('rebaseArticleLinks', () => {
  it('moves links to the knowledge base’s organisation docs under /kb, and no others', () => {
    const html =
      '<p><a href="/orgs/kb/docs/articles/a2#setup">Setup</a> <a href="/orgs/kb/docs?tag=vpn">VPN</a> <a href="/orgs/kb/docsx">Other</a> ' +
      '<a href="/orgs/o1/docs/articles/a3">Client</a> <a href="https://vendor.example/orgs/kb/docs">Vendor</a></p>';
    const doc = new DOMParser().parseFromString(rebaseArticleLinks(html, '/orgs/kb/docs', '/kb'), 'text/html');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/kb/articles/a2#setup',
      '/kb?tag=vpn',
      '/orgs/kb/docsx',
      '/orgs/o1/docs/articles/a3',
      'https://vendor.example/orgs/kb/docs',
    ]);
  });

  it('leaves a client’s HTML as it is', () => {
    const html = '<p><a href="/orgs/o1/docs/articles/a2">VPN</a></p>';
    expect(rebaseArticleLinks(html, '/orgs/o1/docs', '/orgs/o1/docs')).toBe(html);
  });
});
