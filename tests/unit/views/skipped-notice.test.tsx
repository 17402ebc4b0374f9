import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { SkippedItem } from '../../../src/shared/model';
import { SkippedNotice } from '../../../src/routes/home/skipped-notice';
import { model } from '../feed/helpers';

describe('the home note on skipped and repaired items', () => {
  test.each<[string, SkippedItem[], string, string[]]>([
    [
      'ids made up from links, and one item with nothing to show',
      model([
        { url: 'https://blog.example/a', content_html: '<p>a</p>' },
        { url: 'https://blog.example/b', content_html: '<p>b</p>' },
        { url: 'https://blog.example/c', content_html: '<p>c</p>' },
        { id: 'x', title: 'Nothing here' },
      ]).skipped,
      '1 item in the feed could not be shown. 3 items had no id and were given one.',
      ['3 items had no id; their links were used instead.', '1 item had nothing to show.'],
    ],
    [
      'only repairs, of every kind',
      model([{ url: 'https://blog.example/a', content_text: 'a' }, { external_url: 'https://o.example/b', content_text: 'b' }, { content_text: 'c' }]).skipped,
      '3 items in the feed had no id and were given one.',
      [
        '1 item had no id; its link was used instead.',
        '1 item had no id; its external link was used instead.',
        '1 item had no id or link; one was made up from its title, date and content.',
      ],
    ],
    [
      'only skipped items',
      model([42, { id: 'a', content_text: 'x' }, { id: 'a', content_text: 'y' }]).skipped,
      '2 items in the feed could not be shown.',
      ['1 item was not an item at all (not an object).', '1 item repeated an earlier one.'],
    ],
    [
      'a copy stored by an older version (no codes), and a code this version does not know',
      [
        { index: 1, reason: 'item 1 has no id' },
        { index: 2, reason: 'item 2 has no id' },
        { index: 3, reason: 'x', code: 'from-the-future' as SkippedItem['code'] },
      ],
      '3 items in the feed could not be shown.',
      ['3 items could not be shown.'],
    ],
  ])('%s', (_name, skipped, summary, lines) => {
    render(<SkippedNotice skipped={skipped} />);
    const note = screen.getByRole('group');
    expect(within(note).getByText(summary)).toBeInTheDocument();
    expect(within(note).getAllByRole('listitem').map((li) => li.textContent)).toEqual(lines);
  });

  test('says nothing when every item was taken as written', () => {
    const { container } = render(<SkippedNotice skipped={model([{ id: 'a', content_text: 'x' }]).skipped} />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });
});
