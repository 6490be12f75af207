// The document model: paragraphs and sentences are offsets into the untouched text.
import { describe, expect, it } from 'vitest';
import { createDoc, segment } from '../src/document/document.js';
import { splitParagraphs } from '../src/document/segment.js';
import { dateInPath, dateInText, isIsoDate } from '../src/document/reference-date.js';

const sentences = (text: string) => {
  const doc = createDoc(text, null);
  segment(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segment', () => {
  it('splits sentences but not at abbreviations, initials or dotted acronyms', () => {
    expect(sentences('U.S. envoy Gen. John F. Smith met Mr. Ivanov. They agreed on a swap. "Good," he said.')).toEqual([
      'U.S. envoy Gen. John F. Smith met Mr. Ivanov.',
      'They agreed on a swap.',
      '"Good," he said.',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split lower-case continuations', () => {
    expect(sentences('“We are home.” The men wept. It was 3 p.m. on the dot.')).toEqual(['“We are home.”', 'The men wept.', 'It was 3 p.m. on the dot.']);
  });

  it('treats each line as a paragraph, and CRLF or lone CR as line breaks', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = ['First line.', 'Second line.', '', 'Third.'].join(nl);
      const paras = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
      expect(paras).toEqual(['First line.', 'Second line.', 'Third.']);
    }
  });

  it('joins hard-wrapped lines into paragraphs, breaking at blank or indented lines', () => {
    const text = [
      '    The government said on Tuesday it would release the prisoners held',
      'since the clashes began, a spokesman for the ministry told reporters here.',
      '    A second paragraph starts indented and continues on the next line of',
      'the wire, as old systems wrapped it at about seventy characters wide.',
    ].join('\n');
    const paras = splitParagraphs(text);
    expect(paras).toHaveLength(2);
    expect(text.slice(paras[0].start, paras[0].end)).toMatch(/^The government.*here\.$/s);
  });

  it('does not join short one-line paragraphs that each end a sentence', () => {
    const text = [
      '"We waited for this day for two long years," said the mother of one man.',
      'She held a photograph of her son as the buses arrived at the checkpoint.',
      '"He is thin, but he is alive and he is home with us again," she said.',
      'Officials said more exchanges would follow in the coming weeks, they said.',
    ].join('\n');
    expect(splitParagraphs(text)).toHaveLength(4);
  });

  it('sentences never leave the body range', () => {
    const text = 'HEADLINE\nBody one. Body two.\n(Reporting by A)';
    const doc = createDoc(text, null);
    doc.body = { start: 9, end: 28 };
    segment(doc);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Body one.', 'Body two.']);
  });
});

describe('reference date sources', () => {
  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-2')).toBe(false);
  });
  it('finds a full date in the first lines, in several forms', () => {
    expect(dateInText('Headline\n04 Jan 2025\nBody')).toBe('2025-01-04');
    expect(dateInText('WASHINGTON, March 8, 2023 (AP) —')).toBe('2023-03-08');
    expect(dateInText('Posted 2021-12-04 10:00')).toBe('2021-12-04');
    expect(dateInText('KYIV (Reuters) - On Friday')).toBeNull();
  });
  it('reads YYYY-MM-DD from the file name, not the folders', () => {
    expect(dateInPath('wires/2024-01-01/story-2025-05-23.txt')).toBe('2025-05-23');
    expect(dateInPath('2024-01-01/story.txt')).toBeNull();
    expect(dateInPath('-')).toBeNull();
  });
});
