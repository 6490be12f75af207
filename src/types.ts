// The output contract, schemaVersion 1. Fields may be added; none renamed or
// dropped without a new schemaVersion. Every Span satisfies
// input.slice(start, end) === text, where input is the string given to extract()
// and offsets count UTF-16 code units (JavaScript string indices).

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Approx = 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to' | 'fewer-than';
export type Category =
  | 'prisoners'
  | 'pows'
  | 'soldiers'
  | 'civilians'
  | 'bodies'
  | 'hostages'
  | 'detainees'
  | 'other';

export type Count = Span & {
  value: number;
  approx: Approx;
  category: Category;
  /** the head noun as written: "POWs", "prisoners", "Ukrainians" */
  noun: string;
  /** "each released 390", "1,000 prisoners each", "146 from each side" */
  perSide: boolean;
  /** the side these people belong to / are returned to: "Ukraine" for "116 Ukrainians" */
  side: string | null;
};

export type ExchangeStatus = 'completed' | 'agreed' | 'planned' | 'proposed';

export interface Exchange {
  status: ExchangeStatus;
  date: { iso: string; text: string } | null;
  parties: string[];
  mediators: string[];
  location: string | null;
  counts: Count[];
  /** the sentences the event was read from */
  evidence: Span[];
}

export type Grain = 'day' | 'week' | 'month' | 'year';
export type DateMention = Span & { iso: string | null; grain: Grain };

export type PlaceType = 'country' | 'region' | 'city' | 'continent' | 'other';
export interface Place {
  name: string;
  type: PlaceType;
  countryCode: string | null;
  mentions: Span[];
}

export interface Person {
  name: string;
  title: string | null;
  affiliation: string | null;
  mentions: Span[];
}

export type Quote = Span & { speaker: string | null; speakerDescription: string | null };

export interface Dateline {
  text: string;
  place: string | null;
  agency: string | null;
}

export interface Credit {
  role: string;
  names: string[];
}

export interface Article {
  headline: string | null;
  bylines: string[];
  dateline: Dateline | null;
  credits: Credit[];
}

export interface Warning {
  code: string;
  message: string;
}

export interface Result {
  schemaVersion: 1;
  source: { path: string | null; sha256: string; bytes: number };
  referenceDate: { date: string | null; from: 'option' | 'text' | 'filename' | null };
  article: Article;
  exchanges: Exchange[];
  counts: Count[];
  dates: DateMention[];
  locations: Place[];
  people: Person[];
  quotes: Quote[];
  warnings: Warning[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD: the article's publication date; relative dates resolve against it */
  referenceDate?: string | null;
  /** the file the text came from ("-" for stdin); used for source.path and a date in the name */
  path?: string | null;
  /** byte length of the original input, when the caller decoded it (defaults to UTF-8 length) */
  bytes?: number;
  /** sha256 of the original bytes, when the caller has them (defaults to sha256 of UTF-8 text) */
  sha256?: string;
  /** warnings the caller collected while reading (decoding, BOM, line endings) */
  warnings?: Warning[];
}
